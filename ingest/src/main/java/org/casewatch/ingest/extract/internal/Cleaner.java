package org.casewatch.ingest.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text before scoring, and what scoring let through afterwards.
 *
 * <p>Before scoring ({@link #prepare}): scripts, styles, embedded objects, form controls, figures
 * and captions, navigation, page headers and footers, asides, hidden elements and ARIA navigation,
 * dialog and complementary regions; with {@code stripUnlikely}, containers whose class or id reads
 * as boilerplate ({@link Hints#UNLIKELY} without {@link Hints#MAYBE}); and small sharing, caption,
 * byline or teaser blocks ({@link Hints#STRONG_NEGATIVE}: under {@value #STRONG_MAX_TEXT}
 * characters, or more than {@value #STRONG_MIN_LINK_DENSITY} link text); date lines (a {@code
 * <time>} and the elements around it holding at most {@value #DATE_LINE_EXTRA} more characters). A
 * container holding at least half of the page's text is never removed by a class hint. After
 * scoring ({@link #clean}): Readability's conditional cleaning of tables, lists, divs and sections
 * that read as link lists, image galleries or forms.
 */
final class Cleaner {

  private static final Set<String> ALWAYS_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "canvas",
          "object",
          "embed",
          "video",
          "audio",
          "picture",
          "figure",
          "figcaption",
          "img",
          "source",
          "input",
          "select",
          "textarea",
          "button",
          "label",
          "nav",
          "aside",
          "dialog",
          "menu",
          "link",
          "meta");
  private static final Set<String> ALWAYS_ROLES =
      Set.of(
          "navigation",
          "complementary",
          "dialog",
          "alertdialog",
          "menu",
          "menubar",
          "contentinfo",
          "banner");
  private static final Set<String> PROTECTED = Set.of("html", "body", "article", "main", "a");
  private static final Set<String> CONDITIONAL = Set.of("table", "ul", "ol", "div", "section");

  private static final int MIN_TEXT = 25;
  private static final int STRONG_MAX_TEXT = 400;
  private static final double STRONG_MIN_LINK_DENSITY = 0.3;
  private static final int DATE_LINE_EXTRA = 20;

  private Cleaner() {}

  /** Removes boilerplate from a whole document before scoring. */
  static void prepare(Document doc, boolean stripUnlikely) {
    Element body = doc.body();
    if (body == null) {
      return;
    }
    List<Element> boilerplate = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (isBoilerplate(e)) {
        boilerplate.add(e);
      }
    }
    for (Element e : boilerplate) {
      e.remove();
    }
    Stats stats = Stats.of(body);
    int total = stats.get(body).text;
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (PROTECTED.contains(e.normalName())) {
        continue;
      }
      String hint = Hints.classAndId(e);
      if (hint.isEmpty()) {
        continue;
      }
      Stats.Stat s = stats.get(e);
      if (s.text * 2 >= total && total > 0) {
        continue;
      }
      boolean unlikely =
          stripUnlikely && Hints.any(hint, Hints.UNLIKELY) && !Hints.any(hint, Hints.MAYBE);
      boolean strong =
          Hints.any(hint, Hints.STRONG_NEGATIVE)
              && (s.text < STRONG_MAX_TEXT || s.linkDensity() > STRONG_MIN_LINK_DENSITY);
      if (unlikely || strong) {
        doomed.add(e);
      }
    }
    for (Element time : body.getElementsByTag("time")) {
      doomed.add(dateLine(time, stats));
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  /** The largest element around a {@code <time>} that holds little more than the date. */
  private static Element dateLine(Element time, Stats stats) {
    int length = stats.get(time).text;
    Element line = time;
    for (Element p = time.parent(); p != null; p = p.parent()) {
      if (PROTECTED.contains(p.normalName()) || stats.get(p).text > length + DATE_LINE_EXTRA) {
        break;
      }
      line = p;
    }
    return line;
  }

  /** Conditionally cleans the chosen content elements. */
  static void clean(List<Element> content, Readability scores, boolean weightClasses) {
    for (Element root : content) {
      Stats stats = Stats.of(root);
      List<Element> doomed = new ArrayList<>();
      for (Element e : root.getAllElements()) {
        String tag = e.normalName();
        if (e == root || !CONDITIONAL.contains(tag) && !tag.startsWith("h")) {
          continue;
        }
        int weight = weightClasses ? Hints.classWeight(e) : 0;
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
          if (weight < 0) {
            doomed.add(e);
          }
          continue;
        }
        if (CONDITIONAL.contains(tag) && shouldRemove(e, tag, stats.get(e), weight, scores)) {
          doomed.add(e);
        }
      }
      for (Element e : doomed) {
        e.remove();
      }
    }
  }

  private static boolean shouldRemove(
      Element e, String tag, Stats.Stat s, int weight, Readability scores) {
    if (weight + scores.score(e) < 0) {
      return true;
    }
    if (s.commas >= 10) {
      return false;
    }
    boolean list = tag.equals("ul") || tag.equals("ol");
    if (!list && s.text > 0) {
      int listText = 0;
      for (Element child : e.children()) {
        if (child.normalName().equals("ul") || child.normalName().equals("ol")) {
          listText += Stats.collapsedLength(child.text());
        }
      }
      list = listText > 0.9 * s.text;
    }
    if (tag.equals("table") && s.text > 200 && s.linkDensity() < 0.2) {
      return false;
    }
    int paragraphs = s.paragraphs;
    // As in Readability.js: list items only count against a container when they are very many.
    int items = s.items - 100;
    double linkDensity = s.linkDensity();
    double headingDensity = s.text == 0 ? 0 : (double) s.heading / s.text;
    if (!list && items > paragraphs) {
      return true;
    }
    if (s.inputs > paragraphs / 3) {
      return true;
    }
    if (!list && headingDensity < 0.9 && s.text < MIN_TEXT && linkDensity > 0) {
      return true;
    }
    if (!list && weight < 25 && linkDensity > 0.2) {
      return true;
    }
    if (weight >= 25 && linkDensity > 0.5) {
      return true;
    }
    return list && linkDensity > 0.5;
  }

  private static boolean isBoilerplate(Element e) {
    String tag = e.normalName();
    if (ALWAYS_TAGS.contains(tag)) {
      return true;
    }
    if ((tag.equals("header") || tag.equals("footer"))
        && (tag.equals("footer") || !hasArticleAncestor(e))) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden")
        || e.attr("aria-hidden").equals("true")
        || ALWAYS_ROLES.contains(e.attr("role"))) {
      return true;
    }
    String itemprop = e.attr("itemprop");
    if (itemprop.equals("author") || itemprop.equals("publisher")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }

  private static boolean hasArticleAncestor(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("article")) {
        return true;
      }
    }
    return false;
  }
}
