package org.casewatch.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the main text of a page.
 *
 * <p>How: boilerplate containers (navigation, header, footer, aside, forms, scripts, styles,
 * captions, ARIA navigation/banner/complementary/contentinfo regions) are removed. The root is the
 * {@code [itemprop=articleBody]} element, else the {@code <article>}, with the most paragraph text;
 * when neither holds any, the element whose direct {@code <p>} children hold the most text. The
 * text is the outermost blocks (paragraphs, headings h2-h6, lists items, quotes, preformatted text)
 * under the root, skipping link-dense blocks (more than half of the text inside links, such as
 * related-article lists), joined by blank lines. Only text, never markup.
 */
final class MainText {

  private static final String BOILERPLATE =
      "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg,"
          + " figcaption, [hidden], [role=navigation], [role=banner], [role=complementary],"
          + " [role=contentinfo]";
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
  private static final double MAX_LINK_DENSITY = 0.5;

  private MainText() {}

  /** The root element of the main content of a document (after {@link #clean}), or null. */
  static Element root(Document doc) {
    Element best = bestByParagraphText(doc.select("[itemprop=articleBody]"));
    if (best == null) {
      best = bestByParagraphText(doc.select("article"));
    }
    return best != null ? best : densestParagraphParent(doc);
  }

  /** Removes boilerplate containers from the document, in place. */
  static void clean(Document doc) {
    doc.select(BOILERPLATE).remove();
  }

  /** The text of the outermost content blocks under a root, joined by blank lines. */
  static String text(Element root) {
    List<String> paragraphs = new ArrayList<>();
    for (Element block : root.select(BLOCKS)) {
      if (hasBlockAncestor(block, root)) {
        continue;
      }
      String text = block.text().strip();
      if (text.isEmpty() || linkDensity(block, text) > MAX_LINK_DENSITY) {
        continue;
      }
      paragraphs.add(text);
    }
    if (paragraphs.isEmpty()) {
      String all = root.text().strip();
      return all;
    }
    return String.join("\n\n", paragraphs);
  }

  private static Element bestByParagraphText(Elements candidates) {
    Element best = null;
    int bestLength = 0;
    for (Element candidate : candidates) {
      int length = 0;
      for (Element p : candidate.select("p")) {
        length += p.text().length();
      }
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    return best;
  }

  private static Element densestParagraphParent(Document doc) {
    Map<Element, Integer> scores = new HashMap<>();
    Element best = null;
    int bestScore = 0;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int score = scores.merge(parent, p.text().length(), Integer::sum);
      if (score > bestScore) {
        best = parent;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean hasBlockAncestor(Element block, Element root) {
    for (Element e = block.parent(); e != null && e != root; e = e.parent()) {
      if (e.is(BLOCKS)) {
        return true;
      }
    }
    return false;
  }

  private static double linkDensity(Element block, String text) {
    int linked = 0;
    for (Element a : block.select("a")) {
      linked += a.text().length();
    }
    return (double) linked / text.length();
  }
}
