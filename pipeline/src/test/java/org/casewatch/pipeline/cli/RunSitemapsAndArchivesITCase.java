package org.casewatch.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.pipeline.ExternalCluster;
import org.casewatch.pipeline.internal.SuppressForbidden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;

/**
 * {@code casewatch run --sources FILE} over the two source kinds besides feeds and social queries:
 * a Google News sitemap on a loopback site, and archives read once for backfill (a WARC.gz written
 * here with jwarc, and a JSONL export of posts with one broken line). Real Elasticsearch, the real
 * job on its MiniCluster, real CoreNLP; a handful of documents, since annotation is slow.
 *
 * <p>Asserts that every page and post lands in {@code casewatch-documents} with its platform and
 * publisher, that the broken line lands in {@code casewatch-dead-letters} naming its file and byte
 * offset, that the sitemap's polls show in {@code casewatch-sources} (what {@code sources status}
 * reads), and that the startup line counts sitemaps and archives.
 */
@ExtendWith(ElasticsearchExtension.class)
@SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
class RunSitemapsAndArchivesITCase {

  private static final String BAD_LINE = "{\"url\": \"https://social.example/p/2\", \"text\": \n";

  @TempDir Path dir;

  @Test
  void sitemapPagesAndArchiveRecordsLandInTheIndexWithTheirProvenance() throws Exception {
    ElasticsearchClient client = ElasticsearchExtension.client();
    ExternalCluster.resetIndices(client);
    Path home = dir.resolve("home");

    try (NewsSitemapSite site = NewsSitemapSite.start()) {
      Path warc = dir.resolve("backfill.warc.gz");
      writeWarc(warc);
      Path jsonl = dir.resolve("posts.jsonl");
      String good =
          "{\"url\": \"https://social.example/p/1\", \"text\": \""
              + "A former employee said the director harassed her for two years and that the"
              + " company ignored her complaints.\", \"published\": \"2024-02-03T10:00:00Z\"}\n";
      Files.writeString(jsonl, good + BAD_LINE, StandardCharsets.UTF_8);
      long badOffset = good.getBytes(StandardCharsets.UTF_8).length;
      Path sources = dir.resolve("sources.yaml");
      Files.writeString(
          sources,
          "sitemaps:\n"
              + "  - url: "
              + site.url("/sitemap-news.xml")
              + "\n"
              + "    poll_interval: 1h\n"
              + "archives:\n"
              + "  - path: backfill.warc.gz\n"
              + "  - path: posts.jsonl\n"
              + "    fields: {url: /url, text: /text, published: /published}\n",
          StandardCharsets.UTF_8);

      RunCommand command = new RunCommand();
      CommandLine cli = new CommandLine(command);
      StringWriter out = new StringWriter();
      cli.setOut(new PrintWriter(out, true));
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--sources", sources.toString(),
                  "--home", home.toString(),
                  "--allow-address", "127.0.0.1:" + site.port()));
      args.addAll(ExternalCluster.cliArguments(dir));
      CompletableFuture<Integer> exit =
          CompletableFuture.supplyAsync(() -> cli.execute(args.toArray(String[]::new)));

      // 2 sitemap pages + 2 WARC pages + 1 post
      await(Duration.ofMinutes(8), "all five documents", () -> count(client, DOCS) >= 5);
      await(Duration.ofMinutes(1), "the broken line's dead letter", () -> count(client, DL) >= 1);
      await(
          Duration.ofMinutes(1),
          "the sitemap's status",
          () -> count(client, CasewatchIndex.SOURCES) >= 1);
      command.stopRequest.complete(null);
      assertThat(exit.get()).as(out.toString()).isZero();

      assertThat(out.toString())
          .contains(
              "Following 0 feeds and 0 social queries, 1 sitemap, and backfilling from 2 archive"
                  + " files");
      assertThat(count(client, DOCS)).isEqualTo(5);

      Map<String, JsonNode> docs = byField(client, DOCS, "url");
      String page1 = site.url("/news/2024/06/inquiry-finds-pattern-of-harassment.html");
      String page2 = site.url("/news/2024/06/union-calls-for-independent-review.html");
      assertThat(docs)
          .containsOnlyKeys(
              page1,
              page2,
              "https://news.example/2024/archived-1.html",
              "https://news.example/2024/archived-2.html",
              "https://social.example/p/1");
      for (String page : List.of(page1, page2)) {
        assertThat(docs.get(page).path("platform").asText()).as(page).isEqualTo("web");
        assertThat(docs.get(page).path("publisher").asText()).as(page).isEqualTo("127.0.0.1");
      }
      assertThat(docs.get(page1).path("title").asText())
          .isEqualTo("Inquiry finds pattern of harassment");
      for (int n = 1; n <= 2; n++) {
        JsonNode archived = docs.get("https://news.example/2024/archived-" + n + ".html");
        assertThat(archived.path("platform").asText()).isEqualTo("archive");
        assertThat(archived.path("publisher").asText()).isEqualTo("news.example");
        assertThat(archived.path("title").asText()).isEqualTo("Archived report " + n);
      }
      JsonNode post = docs.get("https://social.example/p/1");
      assertThat(post.path("platform").asText()).isEqualTo("archive");
      assertThat(post.path("publisher").asText()).isEqualTo("archive");

      assertThat(count(client, DL)).isEqualTo(1);
      JsonNode dead = byField(client, DL, "id").values().iterator().next();
      assertThat(dead.path("stage").asText()).isEqualTo("archive");
      assertThat(dead.path("error_type").asText()).isEqualTo("MALFORMED_RECORD");
      assertThat(dead.path("source_url").asText())
          .endsWith(jsonl.getFileName() + "#offset=" + badOffset);

      JsonNode status =
          byField(client, CasewatchIndex.SOURCES, "source_id").get(site.url("/sitemap-news.xml"));
      assertThat(status).as("the sitemap's status document").isNotNull();
      assertThat(status.path("kind").asText()).isEqualTo("sitemap");
      assertThat(status.path("items_seen").asLong()).isEqualTo(2);
      assertThat(status.path("failed_polls").asLong()).isZero();
      assertThat(status.path("poll_interval_seconds").asLong()).isEqualTo(3600);
      assertThat(site.requests("/sitemap-news.xml")).isEqualTo(1);
    }
  }

  private static final CasewatchIndex DOCS = CasewatchIndex.DOCUMENTS;
  private static final CasewatchIndex DL = CasewatchIndex.DEAD_LETTERS;

  private static long count(ElasticsearchClient client, CasewatchIndex index) {
    try {
      client.indices().refresh(r -> r.index(index.alias()));
      return client.count(c -> c.index(index.alias())).count();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static Map<String, JsonNode> byField(
      ElasticsearchClient client, CasewatchIndex index, String field) throws IOException {
    client.indices().refresh(r -> r.index(index.alias()));
    SearchResponse<JsonNode> response =
        client.search(s -> s.index(index.alias()).size(100), JsonNode.class);
    Map<String, JsonNode> out = new HashMap<>();
    for (Hit<JsonNode> hit : response.hits().hits()) {
      out.put(hit.source().path(field).asText(), hit.source());
    }
    return out;
  }

  private static void await(Duration limit, String what, BooleanSupplier condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
      Thread.sleep(500);
    }
  }

  /** Two captured article pages of another site, in a gzipped WARC. */
  private static void writeWarc(Path file) throws IOException {
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      for (int n = 1; n <= 2; n++) {
        URI uri = URI.create("https://news.example/2024/archived-" + n + ".html");
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(
                    MediaType.HTML_UTF8,
                    article("Archived report " + n, "2023-05-0" + n)
                        .getBytes(StandardCharsets.UTF_8))
                .build();
        writer.write(
            new WarcResponse.Builder(uri)
                .date(Instant.parse("2024-03-0" + n + "T12:00:00Z"))
                .body(http)
                .build());
      }
    }
  }

  /** An article page of three paragraphs with its publication date in its metadata. */
  static String article(String title, String date) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>")
            .append(title)
            .append("</title><meta property=\"article:published_time\" content=\"")
            .append(date)
            .append("T08:00:00Z\"></head><body><nav><a href=/>Home</a></nav><article><h1>")
            .append(title)
            .append("</h1>");
    for (int p = 1; p <= 3; p++) {
      html.append("<p>Paragraph ")
          .append(p)
          .append(": several former employees told the inquiry that a senior manager had")
          .append(" harassed them, that they complained to human resources, and that the")
          .append(" company did nothing for years until the board commissioned the review.</p>");
    }
    return html.append("</article><footer>Footer</footer></body></html>").toString();
  }

  /** A loopback news site with a Google News sitemap of two articles; no robots.txt (404). */
  @SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
  private static final class NewsSitemapSite implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    private NewsSitemapSite(HttpServer server) {
      this.server = server;
    }

    static NewsSitemapSite start() throws IOException {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      NewsSitemapSite site = new NewsSitemapSite(server);
      server.createContext("/", site::handle);
      server.start();
      String[][] articles = {
        {
          "/news/2024/06/inquiry-finds-pattern-of-harassment.html",
          "Inquiry finds pattern of harassment",
          "2024-06-10"
        },
        {
          "/news/2024/06/union-calls-for-independent-review.html",
          "Union calls for independent review",
          "2024-06-11"
        }
      };
      StringBuilder sitemap =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                  + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
      for (String[] a : articles) {
        site.pages.put(a[0], article(a[1], a[2]).getBytes(StandardCharsets.UTF_8));
        sitemap
            .append("<url><loc>")
            .append(site.url(a[0]))
            .append("</loc><news:news><news:publication><news:name>Loopback News</news:name>")
            .append("<news:language>en</news:language></news:publication>")
            .append("<news:publication_date>")
            .append(a[2])
            .append("T09:00:00Z</news:publication_date><news:title>")
            .append(a[1])
            .append("</news:title></news:news></url>\n");
      }
      site.pages.put(
          "/sitemap-news.xml",
          sitemap.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8));
      return site;
    }

    String url(String path) {
      return "http://127.0.0.1:" + port() + path;
    }

    int port() {
      return server.getAddress().getPort();
    }

    int requests(String path) {
      AtomicInteger n = requests.get(path);
      return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        byte[] body = pages.get(path);
        if (body == null) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        exchange
            .getResponseHeaders()
            .set(
                "Content-Type",
                path.endsWith(".xml")
                    ? "application/xml; charset=utf-8"
                    : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
