package org.casewatch.ingest.sitemap;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.casewatch.ingest.internal.BodyTooLargeException;
import org.casewatch.ingest.internal.ContentDecoding;

/**
 * Reads one sitemap file (XML URL set, sitemap index, Google News sitemap, plain-text list; gzip
 * compressed or not) with crawler-commons' {@code SiteMapParser}, hardened.
 *
 * <p>Hardening, in order: gzip is undone here with a cap on the decompressed size ({@link
 * SitemapConfig#maxBytes()}), never by the library (whose own gunzip has no cap); any {@code
 * <!DOCTYPE} or {@code <!ENTITY} refuses the file before it reaches an XML parser (reliability case
 * 59: a sitemap with an entity is never processed); crawler-commons is run with DOCTYPEs
 * disallowed, external entities and DTD loading off and XInclude off as a second line; the library
 * is only ever handed bytes, never a URL, so it opens no connection. Only http(s) URLs are kept, by
 * default only on the sitemap's host, at most {@link SitemapConfig#maxUrlsPerSitemap()} per file.
 * Thread-safe (a library parser is made per call).
 */
public final class SitemapParser {

  private static final Pattern DECLARATION =
      Pattern.compile("<!\\s*(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);

  private final SitemapConfig config;

  /** A parser enforcing the caps of a configuration. */
  public SitemapParser(SitemapConfig config) {
    this.config = config;
  }

  /**
   * Parses one sitemap file.
   *
   * @param source the URL the walk started from (the base of entry ids)
   * @param url the URL of this file (the base for host checks)
   * @param body the bytes as fetched (gzip or not)
   * @throws SitemapException when the file is refused or cannot be read
   */
  public SitemapDocument parse(String source, String url, byte[] body) throws SitemapException {
    if (body.length == 0) {
      throw new SitemapException(SitemapException.Kind.EMPTY, url, "no content", null);
    }
    byte[] data = gunzipIfNeeded(url, body);
    if (data.length > config.maxBytes()) {
      throw new SitemapException(
          SitemapException.Kind.TOO_LARGE,
          url,
          "larger than " + config.maxBytes() + " bytes",
          null);
    }
    String latin = new String(data, StandardCharsets.ISO_8859_1).replace("\0", "");
    if (DECLARATION.matcher(latin).find()) {
      throw new SitemapException(
          SitemapException.Kind.DOCTYPE_NOT_ALLOWED, url, "DOCTYPE or ENTITY not allowed", null);
    }
    String type =
        latin.stripLeading().replace("\u00ef\u00bb\u00bf", "").startsWith("<")
            ? "application/xml"
            : "text/plain";
    AbstractSiteMap map = read(url, data, type);
    URI base = URI.create(url);
    if (map instanceof SiteMapIndex index) {
      Set<String> children = new LinkedHashSet<>();
      int dropped = 0;
      for (AbstractSiteMap child : index.getSitemaps()) {
        String location = httpUrl(child.getUrl());
        if (location == null || !hostAllowed(base, location) || children.size() >= cap()) {
          dropped++;
        } else if (!children.add(location)) {
          dropped++;
        }
      }
      return new SitemapDocument(url, true, List.copyOf(children), List.of(), dropped);
    }
    Map<String, SitemapEntry> entries = new LinkedHashMap<>();
    int dropped = 0;
    for (SiteMapURL item : ((SiteMap) map).getSiteMapUrls()) {
      String location = httpUrl(item.getUrl());
      if (location == null || !hostAllowed(base, location) || entries.size() >= cap()) {
        dropped++;
        continue;
      }
      SitemapEntry entry = entry(source, location, item);
      if (entries.putIfAbsent(entry.id(), entry) != null) {
        dropped++;
      }
    }
    return new SitemapDocument(url, false, List.of(), List.copyOf(entries.values()), dropped);
  }

  private int cap() {
    return config.maxUrlsPerSitemap();
  }

  private byte[] gunzipIfNeeded(String url, byte[] body) throws SitemapException {
    if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
      return body;
    }
    try {
      return ContentDecoding.decode(body, "gzip", config.maxBytes());
    } catch (BodyTooLargeException e) {
      throw new SitemapException(SitemapException.Kind.TOO_LARGE, url, e.getMessage(), e);
    } catch (IOException e) {
      throw new SitemapException(SitemapException.Kind.MALFORMED, url, "corrupt gzip", e);
    }
  }

  private static AbstractSiteMap read(String url, byte[] data, String type)
      throws SitemapException {
    SiteMapParser parser = new SiteMapParser(false, false);
    parser.setAllowDocTypeDefinitions(false);
    parser.enableExtension(Extension.NEWS);
    try {
      return parser.parseSiteMap(type, data, toUrl(url));
    } catch (UnknownFormatException | IOException e) {
      throw new SitemapException(SitemapException.Kind.MALFORMED, url, "not a sitemap", e);
    } catch (RuntimeException e) {
      // the library reports some parser failures unchecked; one bad file is a typed failure
      throw new SitemapException(SitemapException.Kind.MALFORMED, url, "unreadable sitemap", e);
    }
  }

  private static SitemapEntry entry(String source, String location, SiteMapURL item) {
    Instant lastModified =
        item.getLastModified() == null ? null : item.getLastModified().toInstant();
    Instant published = null;
    String title = "";
    String language = null;
    ExtensionMetadata[] news = item.getAttributesForExtension(Extension.NEWS);
    if (news != null) {
      for (ExtensionMetadata metadata : news) {
        if (metadata instanceof NewsAttributes n) {
          published =
              n.getPublicationDateTime() == null ? null : n.getPublicationDateTime().toInstant();
          title = n.getTitle() == null ? "" : n.getTitle().strip();
          language = n.getLanguage();
          break;
        }
      }
    }
    return SitemapEntry.of(source, location, lastModified, published, title, language);
  }

  private static String httpUrl(URL url) {
    if (url == null) {
      return null;
    }
    String protocol = url.getProtocol().toLowerCase(Locale.ROOT);
    if (!protocol.equals("http") && !protocol.equals("https")) {
      return null;
    }
    try {
      URI uri = url.toURI();
      return uri.getHost() == null ? null : uri.toString();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private boolean hostAllowed(URI base, String location) {
    if (!config.sameHostOnly()) {
      return true;
    }
    String host = URI.create(location).getHost();
    return host != null && base.getHost() != null && host.equalsIgnoreCase(base.getHost());
  }

  private static URL toUrl(String url) throws SitemapException {
    try {
      return new URI(url).toURL();
    } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
      throw new SitemapException(SitemapException.Kind.MALFORMED, url, "bad sitemap URL", e);
    }
  }
}
