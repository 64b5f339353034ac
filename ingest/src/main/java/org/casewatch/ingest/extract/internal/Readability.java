package org.casewatch.ingest.extract.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks the content containers of a page by Readability-style scoring (after Mozilla's
 * Readability.js).
 *
 * <p>How: every paragraph-like element (p, pre, td, section, h2-h6, and divs without block
 * children) of at least {@value #MIN_PARAGRAPH} characters scores 1 + its commas + one point per
 * 100 characters (at most 3); the score goes to its parent in full, its grandparent halved, and up
 * to three further ancestors divided by three times their level. Each candidate starts from a tag
 * score plus its class weight ({@link Hints#classWeight}) and ends scaled by one minus its link
 * density. The best candidate may give way to an ancestor shared by several near-best candidates or
 * to a better-scoring parent; then its siblings join when they score at least a fifth of it or are
 * long, link-poor paragraphs. Not thread-safe; one instance per page.
 */
final class Readability {

  static final int MIN_PARAGRAPH = 25;
  private static final Set<String> SCORED =
      Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> BLOCK_CHILDREN =
      Set.of(
          "blockquote",
          "dl",
          "div",
          "img",
          "ol",
          "p",
          "pre",
          "table",
          "ul",
          "section",
          "article",
          "header",
          "footer",
          "aside",
          "figure",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "form",
          "main",
          "nav");

  private final boolean weightClasses;
  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private Stats stats;

  Readability(boolean weightClasses) {
    this.weightClasses = weightClasses;
  }

  /** The score of a candidate after {@link #select}, or 0. */
  double score(Element e) {
    Double s = scores.get(e);
    return s == null ? 0 : s;
  }

  /** The content elements of a cleaned document, in document order; empty when none. */
  List<Element> select(Document doc, Stats stats) {
    this.stats = stats;
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      boolean leaf = SCORED.contains(tag) || tag.equals("div") && !hasBlockChild(e);
      if (leaf) {
        addScore(e.parent(), stats.get(e));
      } else if (tag.equals("div")) {
        String own = e.ownText();
        int length = Stats.collapsedLength(own);
        if (length >= MIN_PARAGRAPH) {
          addParagraph(e, length, Stats.commas(own));
        }
      }
    }
    if (scores.isEmpty()) {
      return List.of(body);
    }
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      entry.setValue(entry.getValue() * (1 - stats.get(entry.getKey()).linkDensity()));
    }
    Element top = top();
    return siblings(top);
  }

  private void addScore(Element parent, Stats.Stat paragraph) {
    if (parent == null || paragraph.text < MIN_PARAGRAPH) {
      return;
    }
    addParagraph(parent, paragraph.text, paragraph.commas);
  }

  private void addParagraph(Element first, int length, int commas) {
    double score = 1 + commas + Math.min(length / 100, 3);
    Element ancestor = first;
    for (int level = 0; level < 5 && ancestor != null; level++) {
      if (ancestor.parent() == null || ancestor.normalName().equals("html")) {
        return;
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      double base = scores.containsKey(ancestor) ? 0 : initial(ancestor);
      scores.merge(ancestor, base + score / divider, Double::sum);
      ancestor = ancestor.parent();
    }
  }

  private double initial(Element e) {
    double score =
        switch (e.normalName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return weightClasses ? score + Hints.classWeight(e) : score;
  }

  private Element top() {
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    Element top = ranked.get(0).getKey();
    double topScore = ranked.get(0).getValue();
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
      if (ranked.get(i).getValue() / topScore >= 0.75) {
        alternatives.add(ranked.get(i).getKey());
      }
    }
    if (alternatives.size() >= 3) {
      for (Element parent = top.parent();
          parent != null && !parent.normalName().equals("body");
          parent = parent.parent()) {
        int containing = 0;
        for (Element alternative : alternatives) {
          if (isAncestor(parent, alternative)) {
            containing++;
          }
        }
        if (containing >= 3) {
          top = parent;
          break;
        }
      }
    }
    double last = score(top);
    double threshold = last / 3;
    for (Element parent = top.parent();
        parent != null && !parent.normalName().equals("body");
        parent = parent.parent()) {
      if (!scores.containsKey(parent)) {
        continue;
      }
      double parentScore = scores.get(parent);
      if (parentScore < threshold) {
        break;
      }
      if (parentScore > last) {
        top = parent;
        break;
      }
      last = parentScore;
    }
    while (top.parent() != null
        && !top.parent().normalName().equals("body")
        && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private List<Element> siblings(Element top) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    double topScore = score(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> content = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        content.add(sibling);
        continue;
      }
      double bonus =
          !top.className().isEmpty() && top.className().equals(sibling.className())
              ? topScore * 0.2
              : 0;
      if (scores.containsKey(sibling) && score(sibling) + bonus >= threshold) {
        content.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        Stats.Stat s = stats.get(sibling);
        double density = s.linkDensity();
        if (s.text > 80 && density < 0.25) {
          content.add(sibling);
        } else if (s.text < 80 && s.text > 0 && density == 0 && endsSentence(sibling.text())) {
          content.add(sibling);
        }
      }
    }
    return content;
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    return !t.isEmpty() && ".!?\u3002\u201d\"".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (BLOCK_CHILDREN.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
