package org.casewatch.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewatch.ingest.feed.internal.FeedText;
import org.casewatch.ingest.feed.internal.LenientFeedReader;
import org.casewatch.model.FeedItem;
import org.casewatch.model.Ids;

/**
 * Parses RSS (0.9x, 1.0/RDF, 2.0) and Atom (0.3, 1.0) documents into {@link FeedItem}s with ROME.
 *
 * <p>Hardened: ROME runs with DOCTYPEs disallowed ({@code allowDoctypes=false}, which sets Xerces'
 * {@code disallow-doctype-decl}), so no internal or external entity, external DTD or
 * entity-expansion bomb is ever processed. A DOCTYPE without an internal subset (Netscape's RSS
 * 0.91 DTD reference, common in old feeds) is cut out unread and the document parsed without it; a
 * document with an internal subset or any {@code <!ENTITY} declaration fails with {@link
 * FeedParseException.Kind#DOCTYPE_NOT_ALLOWED}.
 *
 * <p>Forgiving: a document the strict parser rejects is decoded (byte-order mark, UTF-16/32 byte
 * pattern, HTTP charset, XML declaration, UTF-8) and read again, then, if still broken, read with
 * jsoup's XML parser (HTML named entities, stray ampersands, unclosed or truncated elements) and
 * mapped by ROME as usual; {@link FeedDocument#recovered()} says so. A {@code <feed>} root in an
 * unknown namespace is read as Atom. Broken XML of which nothing (no title, link or entry) can be
 * recovered is {@link FeedParseException.Kind#MALFORMED}. Titles are text: HTML titles are reduced
 * to their text (see {@code FeedText}).
 *
 * <p>Per item: the link is the entry link (else its first link, else a GUID that is a URL),
 * resolved against the feed URL; items whose link is not http(s) are dropped and counted in {@link
 * FeedParseResult#unsafeLinks()}. The id is {@link Ids#feedItemId(String, String)} of the feed URL
 * and the GUID (Atom id, RSS guid, RDF about), else the resolved link; later items with an id
 * already seen in the same document are dropped and counted. The date is ROME's published date (RSS
 * {@code pubDate}, Atom {@code published}, {@code dc:date}), else the updated date; when neither is
 * present or parseable it is null and the item counted as undated. Thread-safe.
 */
public final class FeedParser {

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final Set<String> HTTP_SCHEMES = Set.of("http", "https");

  /**
   * Parses a feed document into deduplicated {@link FeedItem}s with safe http(s) links.
   *
   * @param feedUrl the absolute URL the feed was fetched from (the base for relative links)
   * @param xml the document bytes
   * @param contentType the HTTP {@code Content-Type}, or null (helps encoding detection)
   * @throws FeedParseException when the document is refused or cannot be parsed
   */
  public FeedParseResult parse(String feedUrl, byte[] xml, String contentType)
      throws FeedParseException {
    URI base = baseOf(feedUrl);
    FeedDocument document = read(feedUrl, xml, contentType);
    Map<String, FeedItem> items = new LinkedHashMap<>();
    int duplicates = 0;
    int unsafe = 0;
    int invalid = 0;
    int undated = 0;
    for (FeedEntry entry : document.entries()) {
      String rawLink = entry.link();
      if (rawLink == null) {
        invalid++;
        continue;
      }
      Matcher scheme = SCHEME.matcher(rawLink);
      if (scheme.find() && !HTTP_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
        unsafe++;
        continue;
      }
      URI link = resolve(base, rawLink);
      if (link == null) {
        invalid++;
        continue;
      }
      if (!isHttp(link)) {
        unsafe++;
        continue;
      }
      String guid = entry.guid();
      String key = guid == null || guid.isBlank() ? link.toString() : guid;
      String id = Ids.feedItemId(feedUrl, key);
      if (items.containsKey(id)) {
        duplicates++;
        continue;
      }
      if (entry.published() == null) {
        undated++;
      }
      items.put(id, new FeedItem(feedUrl, id, link.toString(), entry.title(), entry.published()));
    }
    return new FeedParseResult(
        feedUrl,
        document.title(),
        items.values().stream().toList(),
        duplicates,
        unsafe,
        invalid,
        undated);
  }

  /**
   * Reads a feed document without filtering anything: the feed title and link and every entry.
   *
   * @param feedUrl the absolute URL the feed was fetched from (the base for relative links)
   * @param xml the document bytes
   * @param contentType the HTTP {@code Content-Type}, or null (helps encoding detection)
   * @throws FeedParseException when the document is refused or cannot be parsed
   */
  public FeedDocument read(String feedUrl, byte[] xml, String contentType)
      throws FeedParseException {
    URI base = baseOf(feedUrl);
    if (xml.length == 0) {
      throw new FeedParseException(FeedParseException.Kind.EMPTY, feedUrl, "no content", null);
    }
    boolean[] recovered = new boolean[1];
    SyndFeed feed = build(feedUrl, xml, contentType, recovered);
    List<FeedEntry> entries = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      String rawLink = rawLink(entry);
      String link = rawLink;
      if (rawLink != null) {
        URI resolved = resolve(base, rawLink);
        link = resolved == null ? rawLink : resolved.toString();
      }
      String guid = notBlank(entry.getUri()) ? entry.getUri().strip() : null;
      entries.add(
          new FeedEntry(
              guid,
              FeedText.title(entry),
              link,
              toInstant(entry.getPublishedDate(), entry.getUpdatedDate())));
    }
    return new FeedDocument(
        feedUrl, FeedText.title(feed), feedLink(base, feed), entries, recovered[0]);
  }

  private static String feedLink(URI base, SyndFeed feed) {
    String raw = feed.getLink();
    if (!notBlank(raw)) {
      raw = null;
      for (SyndLink link : feed.getLinks()) {
        String rel = link.getRel();
        if (notBlank(link.getHref()) && (rel == null || rel.equals("alternate"))) {
          raw = link.getHref();
          break;
        }
      }
    }
    if (raw == null) {
      return null;
    }
    URI resolved = resolve(base, raw.trim());
    return resolved == null ? raw.trim() : resolved.toString();
  }

  private static SyndFeed build(String feedUrl, byte[] xml, String contentType, boolean[] recovered)
      throws FeedParseException {
    SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
    input.setAllowDoctypes(false);
    try (Reader reader = new XmlReader(new ByteArrayInputStream(xml), contentType, true)) {
      return input.build(reader);
    } catch (FeedException e) {
      recovered[0] = true;
      // Deliberately no cause for a DOCTYPE: the parser's message may quote the declaration.
      return LenientFeedReader.recover(feedUrl, xml, contentType, mentionsDoctype(e) ? null : e);
    } catch (IllegalArgumentException e) {
      recovered[0] = true;
      return LenientFeedReader.recoverUnknown(feedUrl, xml, contentType, e);
    } catch (IOException e) {
      recovered[0] = true;
      return LenientFeedReader.recover(feedUrl, xml, contentType, e);
    } catch (RuntimeException e) {
      // ROME's format parsers throw unchecked exceptions on some malformed documents; one bad
      // feed must become a typed failure, not a crashed poller.
      throw new FeedParseException(
          FeedParseException.Kind.MALFORMED, feedUrl, "malformed feed: " + e, e);
    }
  }

  private static boolean mentionsDoctype(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
        return true;
      }
    }
    return false;
  }

  private static String rawLink(SyndEntry entry) {
    if (notBlank(entry.getLink())) {
      return entry.getLink().trim();
    }
    for (SyndLink link : entry.getLinks()) {
      String rel = link.getRel();
      if (notBlank(link.getHref()) && (rel == null || rel.equals("alternate"))) {
        return link.getHref().trim();
      }
    }
    String uri = entry.getUri();
    if (notBlank(uri)) {
      String lower = uri.trim().toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        return uri.trim();
      }
    }
    return null;
  }

  static URI resolve(URI base, String raw) {
    try {
      URI resolved = base.resolve(new URI(raw.replace(" ", "%20")));
      return resolved.isOpaque() || resolved.getHost() != null || !isHttp(resolved)
          ? resolved
          : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isHttp(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }

  private static URI baseOf(String feedUrl) {
    try {
      URI base = new URI(feedUrl);
      if (!base.isAbsolute()) {
        throw new IllegalArgumentException("feed URL must be absolute: " + feedUrl);
      }
      return base;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad feed URL: " + feedUrl, e);
    }
  }

  private static Instant toInstant(Date published, Date updated) {
    Date date = published != null ? published : updated;
    return date == null ? null : date.toInstant();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
