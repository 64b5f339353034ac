package org.casewatch.ingest.sitemap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewatch.ingest.fetch.FetchException;
import org.casewatch.ingest.fetch.FetchRequest;
import org.casewatch.ingest.fetch.FetchResult;
import org.casewatch.ingest.fetch.HttpFetcher;

/**
 * Walks a sitemap or sitemap index through the {@link HttpFetcher} and collects its entries.
 *
 * <p>How: breadth first from the root; an index's children are queued one level deeper, each URL at
 * most once (so an index that lists itself, or two indexes that list each other, end); a child
 * deeper than {@link SitemapConfig#maxDepth()} or beyond {@link SitemapConfig#maxSitemaps()} files
 * is skipped and counted; entries are deduplicated by id across files and capped at {@link
 * SitemapConfig#maxEntries()}. A file that cannot be fetched or read becomes a {@link
 * SitemapFailure} and the walk goes on. Every fetch goes through the gateway (address policy,
 * redirects, deadline, byte cap), as a feed request.
 *
 * <pre>{@code
 * SitemapCrawler crawler = new SitemapCrawler(fetcher, SitemapConfig.defaults());
 * SitemapWalk walk = crawler.walk("https://news.example/sitemap-news.xml");
 * walk.entries().forEach(e -> emit(e.toFeedItem()));
 * }</pre>
 *
 * <p>Thread-safe when the fetcher is (it is); build one per task.
 */
public final class SitemapCrawler {

  /** A sitemap file waiting to be read, at its depth below the root. */
  private record Pending(String url, int depth) {}

  private final HttpFetcher fetcher;
  private final SitemapConfig config;
  private final SitemapParser parser;

  /** A crawler fetching through a gateway with caps. */
  public SitemapCrawler(HttpFetcher fetcher, SitemapConfig config) {
    this.fetcher = fetcher;
    this.config = config;
    this.parser = new SitemapParser(config);
  }

  /** Walks the sitemap (or index) at a URL. Never throws for a failing file; see the result. */
  public SitemapWalk walk(String rootUrl) {
    Deque<Pending> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    queue.add(new Pending(rootUrl, 0));
    seen.add(rootUrl);
    Map<String, SitemapEntry> entries = new LinkedHashMap<>();
    List<SitemapFailure> failures = new ArrayList<>();
    int read = 0;
    int attempted = 0;
    int byDepth = 0;
    int byCount = 0;
    int dropped = 0;
    while (!queue.isEmpty()) {
      Pending next = queue.poll();
      String url = next.url();
      int depth = next.depth();
      if (attempted >= config.maxSitemaps()) {
        byCount++;
        continue;
      }
      attempted++;
      SitemapDocument doc;
      try {
        FetchResult result = fetcher.fetch(FetchRequest.feed(url, null, null));
        doc = parser.parse(rootUrl, result.finalUrl(), result.body());
      } catch (FetchException e) {
        failures.add(new SitemapFailure(url, e.error().name(), e.getMessage()));
        continue;
      } catch (SitemapException e) {
        failures.add(new SitemapFailure(url, e.kind().name(), e.getMessage()));
        continue;
      }
      read++;
      dropped += doc.dropped();
      for (String child : doc.sitemaps()) {
        if (!seen.add(child)) {
          continue;
        }
        if (depth + 1 > config.maxDepth()) {
          byDepth++;
        } else {
          queue.add(new Pending(child, depth + 1));
        }
      }
      for (SitemapEntry entry : doc.entries()) {
        if (entries.size() >= config.maxEntries()
            || entries.putIfAbsent(entry.id(), entry) != null) {
          dropped++;
        }
      }
    }
    return new SitemapWalk(
        rootUrl, List.copyOf(entries.values()), failures, read, byDepth, byCount, dropped);
  }
}
