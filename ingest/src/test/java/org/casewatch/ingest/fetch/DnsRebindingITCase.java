package org.casewatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reliability case 53, DNS rebinding, on loopback: a test resolver answers {@code news.test} with
 * the allow-listed fixture (127.0.0.1) on its first lookup and with a canary (127.0.0.2, same port)
 * on every later one. The connection must go to the address that was validated, never to a second
 * answer: the canary records 0 hits. The fake resolver stands in for a DNS server that changes its
 * answer between two lookups, a failure shape no real loopback part produces on demand.
 */
@SuppressForbidden(reason = "routes use the JDK HTTP server exchange")
class DnsRebindingITCase {

  private LocalServer fixture;
  private LocalServer canary;
  private final AtomicInteger lookups = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    // The canary listens on 127.0.0.2 at the fixture's port, as a rebinding target would.
    for (int attempt = 0; ; attempt++) {
      fixture = LocalServer.start("127.0.0.1");
      try {
        canary = LocalServer.start("127.0.0.2", fixture.port());
        break;
      } catch (BindException taken) {
        fixture.close();
        if (attempt == 5) {
          throw taken;
        }
      }
    }
    fixture.route("/page", ex -> LocalServer.respond(ex, 200, "text/html", "<p>fixture</p>"));
    fixture.route(
        "/hop",
        ex -> {
          ex.getResponseHeaders().set("Location", "/page");
          LocalServer.respond(ex, 302, null, new byte[0]);
        });
    canary.route("/", ex -> LocalServer.respond(ex, 200, "text/html", "<p>canary</p>"));
  }

  @AfterEach
  void stop() {
    fixture.close();
    canary.close();
  }

  /** First lookup: the fixture; every later one: the canary. */
  private InetAddress[] rebinding(String host) throws UnknownHostException {
    if (!host.equals("news.test")) {
      throw new UnknownHostException(host);
    }
    String address = lookups.incrementAndGet() == 1 ? "127.0.0.1" : "127.0.0.2";
    return new InetAddress[] {InetAddress.getByName(address)};
  }

  private HttpFetcher fetcher() {
    FetchConfig config = FetchConfig.builder().allowAddress("127.0.0.1:" + fixture.port()).build();
    return new HttpFetcher(config, new AddressPolicy(config, this::rebinding));
  }

  @Test
  void theConnectionUsesTheAddressThatWasCheckedNotASecondLookup() throws Exception {
    try (HttpFetcher fetcher = fetcher()) {
      FetchResult page = fetcher.fetchPage("http://news.test:" + fixture.port() + "/page");

      assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("fixture");
    }
    assertThat(lookups).as("one lookup, shared by the check and the connection").hasValue(1);
    assertThat(fixture.hits()).isEqualTo(1);
    assertThat(canary.hits()).isZero();
  }

  @Test
  void aRedirectHopIsLookedUpAndCheckedAgainAndTheRebindIsRefused() throws Exception {
    try (HttpFetcher fetcher = fetcher()) {
      assertThatThrownBy(() -> fetcher.fetchPage("http://news.test:" + fixture.port() + "/hop"))
          .isInstanceOfSatisfying(
              FetchException.class,
              e -> {
                assertThat(e.error()).isEqualTo(FetchError.BLOCKED_ADDRESS);
                assertThat(e.url()).endsWith("/page");
                assertThat(e.getMessage()).contains("127.0.0.2");
              });
    }
    assertThat(lookups).hasValue(2);
    assertThat(fixture.hits()).isEqualTo(1);
    assertThat(canary.hits()).isZero();
  }

  @Test
  void aNameThatRebindsOnEveryFetchIsCheckedOnEveryFetch() throws Exception {
    try (HttpFetcher fetcher = fetcher()) {
      fetcher.fetchPage("http://news.test:" + fixture.port() + "/page");
      assertThatThrownBy(() -> fetcher.fetchPage("http://news.test:" + fixture.port() + "/page"))
          .isInstanceOfSatisfying(
              FetchException.class,
              e -> assertThat(e.error()).isEqualTo(FetchError.BLOCKED_ADDRESS));
    }
    assertThat(fixture.hits()).isEqualTo(1);
    assertThat(canary.hits()).isZero();
  }
}
