package org.casewatch.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;

/**
 * Links a pseudonym or alias to the person's name when the text equates the two, so that all their
 * mentions share one canonical name.
 *
 * <p>How and why: reports of sexual misconduct often name a person both ways ("Zhou Xiaoxuan, known
 * as Xianzi", "the writer, who used the pseudonym ...", "Xianzi, whose real name is Zhou
 * Xiaoxuan"); a case is one person, so counts and claims must not split over two names. Only two
 * PERSON mentions joined by one of these phrases, nothing in between, are linked:
 *
 * <ul>
 *   <li>"NAME, (also|better|widely|professionally) known as ALIAS", "NAME, who (used|uses|wrote
 *       under|goes by) the (pseudonym|pen name|stage name|name) ALIAS", "NAME (aka|a.k.a.) ALIAS":
 *       the alias takes NAME's canonical name;
 *   <li>"ALIAS, whose real name is NAME", "ALIAS, the (pseudonym|pen name|stage name) of NAME",
 *       "ALIAS (real name NAME)": the alias takes NAME's canonical name.
 * </ul>
 *
 * <p>An alias with "(not her real name)" and no name beside it stays as it is: the text gives
 * nothing to link it to. Stateless.
 */
final class Aliases {

  private static final String NAME_WORD = "(?:pseudonym|pen[ -]name|stage name|nickname|name)";
  private static final Pattern ALIAS_AFTER =
      Pattern.compile(
          "(?i)\\s*,?\\s*(?:\\(\\s*)?(?:who\\s+(?:is|was)\\s+)?(?:(?:also|better|widely|professionally)\\s+)?"
              + "(?:known\\s+as|aka|a\\.k\\.a\\.?|who\\s+(?:used|uses|wrote\\s+under|writes\\s+under|goes\\s+by|went\\s+by)\\s+the\\s+"
              + NAME_WORD
              + "|under\\s+the\\s+"
              + NAME_WORD
              + ")\\s*[\"“'‘]?\\s*");
  private static final Pattern NAME_AFTER =
      Pattern.compile(
          "(?i)\\s*,?\\s*(?:\\(\\s*)?(?:whose\\s+real\\s+name\\s+is|real\\s+name:?|the\\s+"
              + NAME_WORD
              + "\\s+(?:of|for|used\\s+by))\\s*");

  private Aliases() {}

  /** The mentions with aliases linked (same order, same offsets). */
  static List<EntityMention> link(List<EntityMention> mentions, String text) {
    if (text == null) {
      return mentions;
    }
    Map<String, String> alias = new HashMap<>();
    EntityMention previous = null;
    for (EntityMention m : mentions) {
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      if (previous != null && previous.end() <= m.begin() && m.begin() - previous.end() <= 60) {
        String between = text.substring(previous.end(), m.begin());
        if (ALIAS_AFTER.matcher(between).matches()) {
          alias.put(m.canonicalName(), previous.canonicalName());
        } else if (NAME_AFTER.matcher(between).matches()) {
          alias.put(previous.canonicalName(), m.canonicalName());
        }
      }
      previous = m;
    }
    if (alias.isEmpty()) {
      return mentions;
    }
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      String to = m.type() == EntityType.PERSON ? alias.get(m.canonicalName()) : null;
      out.add(
          to == null || to.equals(m.canonicalName())
              ? m
              : new EntityMention(m.text(), m.type(), to, m.begin(), m.end()));
    }
    return out;
  }
}
