package org.casewatch.ingest.feed.internal;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewatch.ingest.feed.FeedParseException;
import org.casewatch.ingest.internal.Charsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.xml.sax.SAXParseException;

/**
 * The second chance for a feed that is not well-formed XML (undeclared HTML entities, stray
 * ampersands, unclosed elements, a wrong encoding declaration): the text is decoded, parsed with
 * jsoup's forgiving XML parser, converted to a DOM and handed to ROME's usual format parsers.
 *
 * <p>How and why: most broken feeds in the wild are broken in ways a browser forgives, and the
 * items they carry are what a newsroom wants. jsoup never reads a DTD, never expands a declared
 * entity and never opens a URL; it only knows the fixed set of HTML named entities. A DOCTYPE is
 * never processed: one without an internal subset is cut out unread (it can only name an external
 * DTD, which is never fetched), and a document with an internal subset or any {@code <!ENTITY}
 * declaration, where entity bombs and external entities live, is refused.
 */
public final class LenientFeedReader {

  private static final Pattern XML_DECL_ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern DECLARATION =
      Pattern.compile("<!\\s*(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);

  private static final String ATOM_10 = "http://www.w3.org/2005/Atom";
  private static final Set<String> RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");

  private LenientFeedReader() {}

  /**
   * Reads a document the strict parser rejected.
   *
   * <p>First a DOCTYPE without an internal subset (such as Netscape's RSS 0.91 DTD reference) is
   * cut out unread and the strict parser tries again; then jsoup's forgiving parser is used.
   *
   * @param strictFailure why the strict parser rejected it, kept as the cause when this fails too
   * @throws FeedParseException {@code DOCTYPE_NOT_ALLOWED} for an internal subset or any entity
   *     declaration, else {@code MALFORMED} when no feed can be recovered
   */
  public static SyndFeed recover(
      String feedUrl, byte[] xml, String contentType, Exception strictFailure)
      throws FeedParseException {
    String text = withoutExternalDoctype(feedUrl, decode(xml, contentType));
    SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
    input.setAllowDoctypes(false);
    Exception textFailure;
    try {
      return input.build(new StringReader(text));
    } catch (FeedException | RuntimeException e) {
      // not readable even decoded and without a DOCTYPE: let jsoup try
      textFailure = e;
    }
    try {
      Document document = Jsoup.parse(text, feedUrl, Parser.xmlParser());
      org.jdom2.Document jdom = JsoupToJdom.convert(document);
      if (jdom == null) {
        throw new FeedParseException(
            FeedParseException.Kind.MALFORMED, feedUrl, "no root element", strictFailure);
      }
      SyndFeed feed = input.build(jdom);
      if (feed.getEntries().isEmpty()
          && (feed.getTitle() == null || feed.getTitle().isBlank())
          && (feed.getLink() == null || feed.getLink().isBlank())
          && !wellFormed(textFailure)) {
        // broken XML of which nothing could be recovered: report the breakage, not an empty feed
        throw new FeedParseException(
            FeedParseException.Kind.MALFORMED, feedUrl, "not well-formed XML", strictFailure);
      }
      return feed;
    } catch (IllegalArgumentException e) {
      // ROME's "Invalid document": the forgiving parse found XML, but no feed in it
      FeedParseException failure =
          new FeedParseException(
              FeedParseException.Kind.NOT_A_FEED, feedUrl, "not a known feed type", strictFailure);
      failure.addSuppressed(e);
      throw failure;
    } catch (FeedException | RuntimeException e) {
      FeedParseException failure =
          new FeedParseException(
              FeedParseException.Kind.MALFORMED, feedUrl, "not well-formed XML", strictFailure);
      failure.addSuppressed(e);
      throw failure;
    }
  }

  /**
   * Reads a well-formed document whose root ROME does not recognise as a feed: a {@code <feed>}
   * root in an unknown or missing namespace is read as Atom (0.3 when {@code version="0.3"}, else
   * 1.0), an {@code <rss>} root without a version, or with one ROME does not know (0.90, 2.1), as
   * RSS 2.0.
   *
   * @throws FeedParseException {@code NOT_A_FEED} when that does not help either
   */
  public static SyndFeed recoverUnknown(
      String feedUrl, byte[] xml, String contentType, Exception strictFailure)
      throws FeedParseException {
    String text = withoutExternalDoctype(feedUrl, decode(xml, contentType));
    Document document = Jsoup.parse(text, feedUrl, Parser.xmlParser());
    org.jsoup.nodes.Element root = document.children().first();
    String name = root == null ? "" : root.tagName().toLowerCase(Locale.ROOT);
    if (name.equals("feed")) {
      root.attr("xmlns", "0.3".equals(root.attr("version")) ? "http://purl.org/atom/ns#" : ATOM_10);
    } else if (name.equals("rss") && !RSS_VERSIONS.contains(root.attr("version").strip())) {
      root.attr("version", "2.0");
    }
    try {
      org.jdom2.Document jdom = root == null ? null : JsoupToJdom.convert(document);
      if (jdom != null) {
        SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
        input.setAllowDoctypes(false);
        return input.build(jdom);
      }
    } catch (FeedException | RuntimeException e) {
      strictFailure.addSuppressed(e);
    }
    throw new FeedParseException(
        FeedParseException.Kind.NOT_A_FEED, feedUrl, "not a known feed type", strictFailure);
  }

  /** False when the strict parser failed on the XML itself rather than on mapping it to a feed. */
  private static boolean wellFormed(Exception strictFailure) {
    for (Throwable t = strictFailure; t != null; t = t.getCause()) {
      if (t instanceof SAXParseException) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text with its one DOCTYPE declaration removed when that declaration has no internal subset;
   * nothing else is touched.
   *
   * @throws FeedParseException {@code DOCTYPE_NOT_ALLOWED} when a declaration has an internal
   *     subset, there is more than one, or an {@code <!ENTITY} appears anywhere
   */
  static String withoutExternalDoctype(String feedUrl, String text) throws FeedParseException {
    Matcher m = DECLARATION.matcher(text);
    if (!m.find()) {
      return text;
    }
    int end = text.indexOf('>', m.end());
    boolean safe =
        m.group(1).equalsIgnoreCase("DOCTYPE")
            && end > 0
            && text.substring(m.end(), end).indexOf('[') < 0
            && !DECLARATION.matcher(text).region(end, text.length()).find();
    if (!safe) {
      throw new FeedParseException(
          FeedParseException.Kind.DOCTYPE_NOT_ALLOWED, feedUrl, "DOCTYPE not allowed", null);
    }
    return text.substring(0, m.start()) + text.substring(end + 1);
  }

  /**
   * Decodes by byte-order mark, then the byte pattern of a UTF-16 or UTF-32 {@code <?xml} (XML 1.0
   * appendix F), then the HTTP charset, then the XML declaration, then UTF-8. Undecodable bytes
   * become U+FFFD.
   */
  static String decode(byte[] xml, String contentType) {
    Charset charset = utf32Bom(xml);
    if (charset == null) {
      charset = Charsets.fromBom(xml);
    }
    if (charset == null) {
      charset = fromPattern(xml);
    }
    if (charset == null) {
      charset = Charsets.fromContentType(contentType);
    }
    if (charset == null) {
      charset = fromDeclaration(xml);
    }
    String text = new String(xml, charset);
    return text.isEmpty() || text.charAt(0) != '\uFEFF' ? text : text.substring(1);
  }

  private static Charset utf32Bom(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
      return Charset.forName("UTF-32BE");
    }
    if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    return null;
  }

  private static Charset fromPattern(byte[] b) {
    if (b.length < 4) {
      return null;
    }
    if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == '<') {
      return Charset.forName("UTF-32BE");
    }
    if (b[0] == '<' && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] != 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (b[0] == '<' && b[1] == 0 && b[2] != 0 && b[3] == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static Charset fromDeclaration(byte[] xml) {
    String head =
        new String(xml, 0, Math.min(xml.length, 256), StandardCharsets.ISO_8859_1).stripLeading();
    Matcher m = XML_DECL_ENCODING.matcher(head);
    if (m.find()) {
      try {
        return Charset.forName(m.group(1));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }
}
