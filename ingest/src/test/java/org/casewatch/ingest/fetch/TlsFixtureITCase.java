package org.casewatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.casewatch.ingest.ArticleLoader;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.casewatch.ingest.testutil.ThrowawayCertificate;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.FeedItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability case 44, self-signed TLS, against an HTTPS fixture on loopback with a certificate
 * made for this run: the gateway's default trust refuses it with a typed {@link
 * FetchError#CERT_INVALID} (a dead letter of that type when a page is loaded); a client that a test
 * explicitly configures to trust that one certificate fetches over the pinned address with SNI and
 * host-name verification intact, and still refuses a host the certificate does not name.
 */
@SuppressForbidden(reason = "routes use the JDK HTTP server exchange")
class TlsFixtureITCase {

  @TempDir static Path dir;

  private static ThrowawayCertificate certificate;
  private static LocalServer server;
  private static FetchConfig config;

  @BeforeAll
  static void start() throws Exception {
    certificate = ThrowawayCertificate.generate(dir, "news.test");
    server = LocalServer.startHttps("127.0.0.1", certificate.serverContext());
    server.route(
        "/page",
        ex ->
            LocalServer.respond(
                ex,
                200,
                "text/html; charset=utf-8",
                "<html><head><title>Over TLS</title></head><body><article><p>"
                    + "A page served over TLS with a certificate made for this test run, long"
                    + " enough to count as an article body for the extractor to keep it."
                    + "</p></article></body></html>"));
    config = FetchConfig.builder().allowAddress("127.0.0.1:" + server.port()).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** news.test and other.test both live on the fixture, 127.0.0.1. */
  private static InetAddress[] resolve(String host) throws UnknownHostException {
    if (host.equals("news.test") || host.equals("other.test") || host.equals("127.0.0.1")) {
      return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
    }
    throw new UnknownHostException(host);
  }

  private static String url(String host) {
    return "https://" + host + ":" + server.port() + "/page";
  }

  @Test
  void aSelfSignedCertificateIsRefusedWithATypedError() throws IOException {
    try (HttpFetcher fetcher =
        new HttpFetcher(config, new AddressPolicy(config, TlsFixtureITCase::resolve))) {
      assertThatThrownBy(() -> fetcher.fetchPage(url("news.test")))
          .isInstanceOfSatisfying(
              FetchException.class,
              e -> {
                assertThat(e.error()).isEqualTo(FetchError.CERT_INVALID);
                assertThat(e.url()).isEqualTo(url("news.test"));
              });
      assertThatThrownBy(() -> fetcher.fetchPage(server.base() + "/page"))
          .isInstanceOfSatisfying(
              FetchException.class, e -> assertThat(e.error()).isEqualTo(FetchError.CERT_INVALID));
    }
  }

  @Test
  void aRefusedCertificateBecomesADeadLetterOfItsKind() throws IOException {
    try (HttpFetcher fetcher =
        new HttpFetcher(config, new AddressPolicy(config, TlsFixtureITCase::resolve))) {
      ArticleLoader loader = new ArticleLoader(fetcher, new ArticleExtractor(), Clock.systemUTC());
      ArticleLoader.Outcome outcome =
          loader.load(new FeedItem("https://news.test/feed", "1", url("news.test"), "t", null));
      DeadLetter letter = outcome.deadLetter();
      assertThat(outcome.article()).isNull();
      assertThat(letter.errorType()).isEqualTo("CERT_INVALID");
      assertThat(letter.stage()).isEqualTo(ArticleLoader.STAGE_FETCH);
    }
  }

  @Test
  void aCertificateTrustedForTheTestAloneWorksAndHostNamesAreStillVerified() throws Exception {
    try (HttpFetcher fetcher =
        new HttpFetcher(
            config,
            new AddressPolicy(config, TlsFixtureITCase::resolve),
            certificate.trustingContext())) {
      FetchResult page = fetcher.fetchPage(url("news.test"));
      assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Over TLS");

      assertThatThrownBy(() -> fetcher.fetchPage(url("other.test")))
          .isInstanceOfSatisfying(
              FetchException.class, e -> assertThat(e.error()).isEqualTo(FetchError.CERT_INVALID));
    }
  }

  @Test
  void noTrustAllPathExistsInTheMainSources() throws IOException {
    List<String> forbidden =
        List.of(
            "TrustAllStrategy",
            "TrustSelfSignedStrategy",
            "NoopHostnameVerifier",
            "implements X509TrustManager",
            "X509ExtendedTrustManager",
            "setHostnameVerifier");
    Path main = Path.of("src", "main", "java");
    assertThat(main).isDirectory();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        for (String token : forbidden) {
          assertThat(source).as(file + " must not contain " + token).doesNotContain(token);
        }
      }
    }
  }
}
