package org.casewatch.ingest.extract.internal;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the text of content elements as paragraphs separated by blank lines: block elements start
 * a new paragraph, {@code <br>} a new line, whitespace runs collapse to one space. {@code <h1>} is
 * left out (it repeats the headline, which is a field of its own), and so is any block inside the
 * content whose text is mostly link text (more than {@value #MAX_LINK_DENSITY}): lists of related
 * stories, tag clouds, "more from" rails.
 */
final class TextWriter implements NodeFilter {

  /** Link text share above which a block inside the content is a link list: **0.5**. */
  static final double MAX_LINK_DENSITY = 0.5;

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "dl",
          "dt",
          "dd",
          "header",
          "footer",
          "address",
          "center",
          "form",
          "fieldset",
          "hr",
          "caption",
          "details",
          "summary");

  private final StringBuilder out = new StringBuilder();
  private Stats stats;
  private Element root;
  private boolean pendingBreak;
  private boolean pendingSpace;

  /** The text of the given elements, in order. */
  static String text(Iterable<Element> elements) {
    TextWriter w = new TextWriter();
    for (Element e : elements) {
      w.pendingBreak = true;
      w.root = e;
      w.stats = Stats.of(e);
      NodeTraversor.filter(w, e);
    }
    return w.out.toString().strip();
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      if (!insideH1(t)) {
        append(t.getWholeText());
      }
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCKS.contains(tag)) {
        Stats.Stat s = stats.get(e);
        if (e != root && s.text > 0 && s.linkDensity() > MAX_LINK_DENSITY) {
          return FilterResult.SKIP_ENTIRELY;
        }
        pendingBreak = true;
      } else if (tag.equals("br")) {
        newline();
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
      pendingBreak = true;
    }
    return FilterResult.CONTINUE;
  }

  private static boolean insideH1(TextNode t) {
    for (Node p = t.parentNode(); p instanceof Element e; p = p.parentNode()) {
      if (e.normalName().equals("h1")) {
        return true;
      }
    }
    return false;
  }

  private void newline() {
    if (!pendingBreak && out.length() > 0) {
      out.append('\n');
      pendingSpace = false;
    }
  }

  private void append(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        pendingSpace = true;
        continue;
      }
      if (pendingBreak) {
        if (out.length() > 0) {
          trimTrailingSpace();
          out.append("\n\n");
        }
        pendingBreak = false;
        pendingSpace = false;
      } else if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append(' ');
      }
      pendingSpace = false;
      out.append(c);
    }
  }

  private void trimTrailingSpace() {
    while (out.length() > 0
        && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\n')) {
      out.setLength(out.length() - 1);
    }
  }
}
