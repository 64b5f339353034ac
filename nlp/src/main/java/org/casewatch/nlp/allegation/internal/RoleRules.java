package org.casewatch.nlp.allegation.internal;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Semgrex role patterns of {@code rules/roles.semgrex}, applied to one dependency graph.
 *
 * <p>Each match reports the rule name, the trigger token and the party tokens it names (0-based
 * token indices within the sentence). Immutable and thread-safe (a matcher per call).
 */
public final class RoleRules {

  /**
   * One match of one rule; {@code nodes} iterates in the rule's role order (not {@code Map.copyOf},
   * whose iteration order changes from JVM to JVM and made event party order vary between runs).
   */
  public record RoleMatch(String rule, int trigger, Map<String, Integer> nodes) {

    /** The token index of party {@code role}, or -1. */
    public int node(String role) {
      Integer i = nodes.get(role);
      return i == null ? -1 : i;
    }
  }

  private record Rule(String name, SemgrexPattern pattern, List<String> roles) {}

  private static final List<String> ROLES =
      List.of("accused", "accuser", "claimant", "defendant", "authority", "source", "sourceverb");

  private static volatile RoleRules standard;

  private final List<Rule> rules;

  private RoleRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules of {@code rules/roles.semgrex}, compiled on first use. */
  public static RoleRules standard() {
    RoleRules result = standard;
    if (result == null) {
      synchronized (RoleRules.class) {
        result = standard;
        if (result == null) {
          result = parse(Resources.lines("roles.semgrex"));
          standard = result;
        }
      }
    }
    return result;
  }

  /**
   * Rules from lines {@code NAME<TAB>PATTERN}.
   *
   * @throws IllegalArgumentException when a line is malformed, a pattern does not compile or has no
   *     {@code trigger} node
   */
  public static RoleRules parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException("role rule needs NAME<TAB>PATTERN: " + line);
      }
      String text = line.substring(tab + 1).strip();
      if (!text.contains("=trigger")) {
        throw new IllegalArgumentException("role rule has no trigger node: " + line);
      }
      SemgrexPattern pattern;
      try {
        pattern = SemgrexPattern.compile(text);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("bad Semgrex in line: " + line, e);
      }
      List<String> roles = ROLES.stream().filter(r -> text.contains("=" + r)).toList();
      rules.add(new Rule(line.substring(0, tab).strip(), pattern, roles));
    }
    return new RoleRules(rules);
  }

  /**
   * Every match of every rule in {@code graph}, except matches whose accused and accuser are the
   * same node.
   */
  public List<RoleMatch> apply(SemanticGraph graph) {
    List<RoleMatch> out = new ArrayList<>();
    if (graph == null || graph.isEmpty()) {
      return out;
    }
    for (Rule rule : rules) {
      SemgrexMatcher m = rule.pattern().matcher(graph);
      while (m.find()) {
        IndexedWord trigger = m.getNode("trigger");
        if (trigger == null) {
          continue;
        }
        Map<String, Integer> nodes = new LinkedHashMap<>();
        for (String role : rule.roles()) {
          IndexedWord w = m.getNode(role);
          if (w != null) {
            nodes.put(role, w.index() - 1);
          }
        }
        if (nodes.containsKey("accused") && nodes.get("accused").equals(nodes.get("accuser"))) {
          continue; // one node cannot be both sides ("the woman who accused him": two objects)
        }
        RoleMatch match =
            new RoleMatch(rule.name(), trigger.index() - 1, Collections.unmodifiableMap(nodes));
        if (!out.contains(match)) {
          out.add(match);
        }
      }
    }
    return out;
  }
}
