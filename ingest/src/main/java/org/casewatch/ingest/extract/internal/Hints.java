package org.casewatch.ingest.extract.internal;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Class and id hints: the words publishers use for content containers and for boilerplate. These
 * are the general conventions of web templates (after Readability.js and trafilatura), not the
 * names of particular sites. Matching is by lower-case substring, which is what makes it fast.
 */
final class Hints {

  /** Boilerplate containers, removed before scoring unless {@link #MAYBE} also matches. */
  static final String[] UNLIKELY = {
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "newsletter",
    "subscri",
    "promo",
    "cookie",
    "consent",
    "outbrain",
    "taboola",
    "recommend",
    "trending",
    "mostpopular",
    "most-popular",
    "mostread",
    "most-read",
    "signup",
    "sign-up",
    "share"
  };

  /** Words that keep an otherwise unlikely container. */
  static final String[] MAYBE = {
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow", "story", "entry",
    "post", "text"
  };

  /** Boilerplate even inside content (sharing, captions, bylines, teasers), removed when small. */
  static final String[] STRONG_NEGATIVE = {
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscri",
    "signup",
    "sign-up",
    "caption",
    "credit",
    "byline",
    "dateline",
    "related",
    "recirc",
    "comment",
    "promo",
    "advert",
    "sponsor",
    "breadcrumb",
    "tags",
    "topics",
    "toolbar",
    "more-stories",
    "more-from",
    "more-news",
    "readmore",
    "read-more",
    "alsoread",
    "also-read",
    "authorbio",
    "author-bio",
    "author-info",
    "authorinfo",
    "visually-hidden",
    "sr-only",
    "screen-reader",
    "print-only",
    "paywall",
    "inline-ad",
    "inlinead"
  };

  private static final String[] POSITIVE = {
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
    "prose",
    "richtext",
    "rich-text"
  };

  private static final String[] NEGATIVE = {
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "footnote",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
    "byline",
    "dateline",
    "caption",
    "credit",
    "newsletter",
    "subscri",
    "social",
    "signup",
    "recirc",
    "taboola"
  };

  private Hints() {}

  /** The class and id of an element, space-separated and in lower case. */
  static String classAndId(Element e) {
    String cls = e.className();
    String id = e.id();
    String both = id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id;
    return both.toLowerCase(Locale.ROOT);
  }

  /** Whether a lower-case hint contains one of the words. */
  static boolean any(String hint, String[] words) {
    for (String word : words) {
      if (hint.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Readability's class weight: +25 per positive and -25 per negative class or id. */
  static int classWeight(Element e) {
    return weight(e.className()) + weight(e.id());
  }

  private static int weight(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    String hint = value.toLowerCase(Locale.ROOT);
    int weight = 0;
    if (any(hint, NEGATIVE)) {
      weight -= 25;
    }
    if (any(hint, POSITIVE)) {
      weight += 25;
    }
    return weight;
  }
}
