package org.casewatch.ingest.feed.internal;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Titles as plain text, whatever construct the feed used.
 *
 * <p>How: an HTML or XHTML title ({@code type="html"}, {@code "xhtml"}, {@code "text/html"}, {@code
 * "application/xhtml+xml"}) is parsed as an HTML fragment and reduced to its text (tags dropped,
 * entities decoded, whitespace collapsed; nothing is executed or fetched); a {@code text/plain}
 * title (Atom 0.3, whose default mode serialises XML) has its XML entities decoded; a title of
 * another media type (Atom {@code application/octet-stream}) is base64-decoded when it is valid
 * base64 of UTF-8 text. An empty title falls back to Dublin Core {@code dc:title}. Why: the title
 * is a headline for search and NLP, so markup and escapes are noise.
 */
public final class FeedText {

  private FeedText() {}

  /** The value stripped of surrounding whitespace, or an empty string for null. */
  public static String clean(String value) {
    return value == null ? "" : value.strip();
  }

  /** The entry title as text. */
  public static String title(SyndEntry entry) {
    String title = text(entry.getTitleEx(), entry.getTitle());
    if (title.isEmpty() && entry.getModule(DCModule.URI) instanceof DCModule dc) {
      title = clean(dc.getTitle());
    }
    return title;
  }

  /** The feed title as text. */
  public static String title(SyndFeed feed) {
    String title = text(feed.getTitleEx(), feed.getTitle());
    if (title.isEmpty() && feed.getModule(DCModule.URI) instanceof DCModule dc) {
      title = clean(dc.getTitle());
    }
    return title;
  }

  static String text(SyndContent content, String fallback) {
    String value = content == null || content.getValue() == null ? fallback : content.getValue();
    if (value == null) {
      return "";
    }
    String type = content == null || content.getType() == null ? "" : content.getType();
    type = type.toLowerCase(Locale.ROOT).strip();
    if (type.equals("text") || type.equals("text/plain")) {
      return value.strip();
    }
    if (type.isEmpty() || type.contains("html")) {
      return Jsoup.parseBodyFragment(value).text().strip();
    }
    String decoded = base64Text(value.strip());
    return decoded == null ? value.strip() : decoded.strip();
  }

  private static String base64Text(String value) {
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(value);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return null;
    }
  }
}
