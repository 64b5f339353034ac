package org.casewatch.ingest.extract.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of every element of a subtree, computed in one bottom-up pass so that scoring and
 * cleaning stay linear in the size of the page: text length (whitespace runs counted once), text
 * inside links, commas, and counts of paragraphs, images, list items, inputs, embeds and heading
 * text. Not updated by later changes to the tree.
 */
final class Stats {

  /** The statistics of one element's subtree. */
  static final class Stat {
    int text;
    int link;
    int commas;
    int paragraphs;
    int images;
    int items;
    int inputs;
    int embeds;
    int heading;

    void add(Stat o) {
      text += o.text;
      link += o.link;
      commas += o.commas;
      paragraphs += o.paragraphs;
      images += o.images;
      items += o.items;
      inputs += o.inputs;
      embeds += o.embeds;
      heading += o.heading;
    }

    double linkDensity() {
      return text == 0 ? 0 : Math.min(1.0, (double) link / text);
    }
  }

  private static final Stat EMPTY = new Stat();
  private final Map<Element, Stat> stats = new IdentityHashMap<>();

  private Stats() {}

  /** The statistics of every element under (and including) {@code root}. */
  static Stats of(Element root) {
    Stats s = new Stats();
    NodeTraversor.traverse(s.new Visitor(), root);
    return s;
  }

  /** The statistics of an element, empty when it was not under the root. */
  Stat get(Element e) {
    Stat s = stats.get(e);
    return s == null ? EMPTY : s;
  }

  /** The collapsed length of a text, whitespace runs counted as one character. */
  static int collapsedLength(String text) {
    int length = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) {
          length++;
          space = true;
        }
      } else {
        length++;
        space = false;
      }
    }
    return length;
  }

  static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uff0c' || c == '\u060c' || c == '\u3001') {
        n++;
      }
    }
    return n;
  }

  private final class Visitor implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      // all work happens on the way up
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof TextNode t) {
        Node parent = t.parentNode();
        if (parent instanceof Element p) {
          String text = t.getWholeText();
          Stat s = stats.computeIfAbsent(p, k -> new Stat());
          s.text += collapsedLength(text);
          s.commas += commas(text);
        }
      } else if (node instanceof Element e) {
        Stat s = stats.computeIfAbsent(e, k -> new Stat());
        switch (e.normalName()) {
          case "a" -> s.link = s.text;
          case "p" -> s.paragraphs++;
          case "img" -> s.images++;
          case "li" -> s.items++;
          case "input" -> s.inputs++;
          case "embed", "object", "iframe", "video" -> s.embeds++;
          case "h1", "h2", "h3", "h4", "h5", "h6" -> s.heading = s.text;
          default -> {
            // no count
          }
        }
        if (e.parent() != null) {
          stats.computeIfAbsent(e.parent(), k -> new Stat()).add(s);
        }
      }
    }
  }
}
