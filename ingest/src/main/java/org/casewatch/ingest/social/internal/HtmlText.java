package org.casewatch.ingest.social.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces the HTML of a post (Mastodon {@code content}, Reddit {@code body_html}) to plain text.
 *
 * <p>How: Jsoup parses the fragment as inert data (nothing is fetched or run) and a visitor keeps
 * only text nodes: link text is kept, markup, scripts, styles and attributes are dropped; {@code
 * <br>} becomes a line break and block elements a blank line; runs of spaces collapse. The result
 * is never HTML again: callers must escape it if they render it. Thread-safe.
 */
public final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "li",
          "ul",
          "ol",
          "blockquote",
          "pre",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "table",
          "tr");
  private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript");

  private HtmlText() {}

  /** The text of an HTML fragment; an empty string for null or blank input. */
  public static String toText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder out = new StringBuilder(html.length());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text && !insideSkipped(text)) {
              out.append(text.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " "));
            } else if (node instanceof Element element && element.nameIs("br")) {
              out.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
              out.append("\n\n");
            }
          }
        },
        body);
    return tidy(out.toString());
  }

  private static boolean insideSkipped(TextNode text) {
    for (Element parent = text.parent(); parent != null; parent = parent.parent()) {
      if (SKIPPED.contains(parent.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static String tidy(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    int blank = 0;
    for (String line : lines) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        blank++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      out.append(stripped);
      blank = 0;
    }
    return out.toString();
  }
}
