package org.casewatch.ingest.testutil;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small news site on loopback: an RSS feed at {@code /feed.xml} with five article pages and one
 * broken link (404), a feed that always fails ({@code /broken-feed.xml}, 500), and a feed that is
 * not XML ({@code /garbage-feed.xml}).
 */
@SuppressForbidden(reason = "routes use the JDK HTTP server exchange")
public final class NewsSite implements AutoCloseable {

  /** How many articles the feed links to that exist. */
  public static final int ARTICLES = 5;

  private final LocalServer server;
  private final AtomicInteger feedRequests = new AtomicInteger();

  private NewsSite(LocalServer server) {
    this.server = server;
  }

  /** Starts the site on 127.0.0.1. */
  public static NewsSite start() throws IOException {
    NewsSite site = new NewsSite(LocalServer.start());
    site.server
        .route(
            "/feed.xml",
            ex -> {
              site.feedRequests.incrementAndGet();
              LocalServer.respond(ex, 200, "application/rss+xml", site.feed());
            })
        .route("/broken-feed.xml", ex -> LocalServer.respond(ex, 500, "text/plain", "oops"))
        .route(
            "/garbage-feed.xml",
            ex -> LocalServer.respond(ex, 200, "application/rss+xml", "<rss><channel><ti"))
        .route(
            "/articles/",
            ex -> {
              String name = ex.getRequestURI().getPath().substring("/articles/".length());
              if (!name.matches("[1-9]")) {
                LocalServer.respond(ex, 404, "text/html", "<html><body>Not found</body></html>");
                return;
              }
              LocalServer.respond(
                  ex, 200, "text/html; charset=utf-8", page(Integer.parseInt(name)));
            });
    return site;
  }

  /** The feed URL. */
  public String feedUrl() {
    return server.base() + "/feed.xml";
  }

  /** The URL of a feed answering 500. */
  public String brokenFeedUrl() {
    return server.base() + "/broken-feed.xml";
  }

  /** The URL of a feed that is not well-formed. */
  public String garbageFeedUrl() {
    return server.base() + "/garbage-feed.xml";
  }

  /** The URL of the link that answers 404. */
  public String missingArticleUrl() {
    return server.base() + "/articles/missing";
  }

  /** How many times the feed was requested. */
  public int feedRequests() {
    return feedRequests.get();
  }

  /** The title of article {@code n}. */
  public static String title(int n) {
    return "Story number " + n + " about the inquiry";
  }

  private String feed() {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
        .append("<title>Local news</title><link>")
        .append(server.base())
        .append("/</link><description>d</description>");
    for (int n = 1; n <= ARTICLES; n++) {
      xml.append("<item><title>Feed title ")
          .append(n)
          .append("</title><link>/articles/")
          .append(n)
          .append("</link><guid isPermaLink=\"false\">story-")
          .append(n)
          .append("</guid><pubDate>Tue, 0")
          .append(n)
          .append(" Mar 2024 09:00:00 GMT</pubDate></item>");
    }
    xml.append("<item><title>Gone</title><link>/articles/missing</link></item>");
    return xml.append("</channel></rss>").toString();
  }

  private static String page(int n) {
    return "<!DOCTYPE html><html><head><meta charset=utf-8><title>"
        + title(n)
        + " | Local news</title></head><body><nav><a href=/>Home</a></nav><article><h1>"
        + title(n)
        + "</h1><p>Paragraph one of story "
        + n
        + ".</p><p>Paragraph two of story "
        + n
        + ".</p></article><footer>Footer</footer></body></html>";
  }

  @Override
  public void close() {
    server.close();
  }
}
