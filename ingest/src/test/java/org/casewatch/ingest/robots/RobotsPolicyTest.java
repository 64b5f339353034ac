package org.casewatch.ingest.robots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.casewatch.ingest.fetch.FetchError;
import org.casewatch.ingest.testutil.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RobotsPolicyTest {

  private static final String PAGE = "https://news.example/2024/story";
  private final RobotsPolicy policy = RobotsPolicy.defaults();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void parsesAnOkAnswerWithTheCasewatchGroup() {
    RobotsRules rules = policy.fromResponse(200, Fixtures.bytes("robots/news-site.txt"));

    assertThat(rules.kind()).isEqualTo(RobotsRules.Kind.PARSED);
    assertThat(rules.isAllowed("https://news.example/private/x")).isFalse();
    assertThat(rules.isAllowed("https://news.example/private/press/release")).isTrue();
    assertThat(rules.isAllowed("https://news.example/report.pdf")).isFalse();
    assertThat(rules.isAllowed("https://news.example/report.pdf?v=2")).isTrue();
    // The * group does not apply once a group names casewatch.
    assertThat(rules.isAllowed("https://news.example/search?q=x")).isTrue();
    assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(5));
    assertThat(rules.crawlDelayCapped()).isFalse();
    assertThat(rules.sitemaps()).containsExactly("https://news.example/sitemap.xml");
  }

  @Test
  void anotherProductTokenFallsBackToTheStarGroup() {
    RobotsRules rules =
        RobotsPolicy.builder()
            .productToken("newsbot")
            .build()
            .fromResponse(200, Fixtures.bytes("robots/news-site.txt"));

    assertThat(rules.isAllowed("https://news.example/search?q=x")).isFalse();
    assertThat(rules.isAllowed("https://news.example/search/about")).isTrue();
    assertThat(rules.isAllowed("https://news.example/a?session=1")).isFalse();
    assertThat(rules.isAllowed("https://news.example/private/x")).isTrue();
    assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(2));
  }

  @Test
  void productTokenMatchesCaseInsensitivelyButOnlyAsAWholeToken() {
    byte[] body = utf8("User-agent: casewatch-labs\nDisallow: /\n\nUser-agent: *\nDisallow: /x\n");
    RobotsRules rules = policy.fromResponse(200, body);
    assertThat(rules.isAllowed("https://a.example/")).isTrue();
    assertThat(rules.isAllowed("https://a.example/x")).isFalse();

    RobotsRules upper = policy.fromResponse(200, utf8("User-agent: CASEWATCH/1.0\nDisallow: /\n"));
    assertThat(upper.isAllowed("https://a.example/")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 410, 451})
  void a4xxMeansUnavailableAndEverythingAllowed(int status) {
    RobotsRules rules = policy.fromResponse(status, utf8("User-agent: *\nDisallow: /\n"));

    assertThat(rules.kind()).isEqualTo(RobotsRules.Kind.UNAVAILABLE);
    assertThat(rules.isAllowed(PAGE)).isTrue();
    assertThat(rules.retryLater()).isFalse();
    assertThat(rules.status()).isEqualTo(status);
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 502, 503, 504, 599, 600, 199})
  void serverErrorsAnd429MeanUnreachableAndNothingAllowed(int status) {
    RobotsRules rules = policy.fromResponse(status, new byte[0]);

    assertThat(rules.kind()).isEqualTo(RobotsRules.Kind.UNREACHABLE);
    assertThat(rules.isAllowed(PAGE)).isFalse();
    assertThat(rules.isAllowed("https://news.example/robots.txt")).isFalse();
    assertThat(rules.retryLater()).isTrue();
  }

  @Test
  void aRedirectTheFetcherDidNotFollowMeansUnavailable() {
    assertThat(policy.fromResponse(301, new byte[0]).isAllowed(PAGE)).isTrue();
    RobotsRules tooMany = policy.fromFetchError(FetchError.TOO_MANY_REDIRECTS, 302);
    assertThat(tooMany.kind()).isEqualTo(RobotsRules.Kind.UNAVAILABLE);
    assertThat(tooMany.isAllowed(PAGE)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = FetchError.class,
      names = {"TIMEOUT", "NETWORK", "DNS_ERROR", "BLOCKED_ADDRESS", "TOO_LARGE", "BAD_ENCODING"})
  void networkFailuresMeanUnreachable(FetchError error) {
    RobotsRules rules = policy.fromFetchError(error, 0);

    assertThat(rules.kind()).isEqualTo(RobotsRules.Kind.UNREACHABLE);
    assertThat(rules.isAllowed(PAGE)).isFalse();
    assertThat(rules.reason()).contains(error.name());
  }

  @Test
  void httpStatusErrorsFollowTheStatusPolicyAndAnEmptyBodyAllowsAll() {
    assertThat(policy.fromFetchError(FetchError.HTTP_STATUS, 404).isAllowed(PAGE)).isTrue();
    assertThat(policy.fromFetchError(FetchError.HTTP_STATUS, 503).isAllowed(PAGE)).isFalse();
    RobotsRules empty = policy.fromFetchError(FetchError.EMPTY, 200);
    assertThat(empty.kind()).isEqualTo(RobotsRules.Kind.PARSED);
    assertThat(empty.isAllowed(PAGE)).isTrue();
  }

  @Test
  void parsesTheFirst512KibOfA600KibFileAndIgnoresTheRest() {
    StringBuilder b = new StringBuilder("User-agent: *\nDisallow: /early\n");
    while (b.length() < 400 * 1024) {
      b.append("Disallow: /filler-").append(b.length()).append('\n');
    }
    b.append("Disallow: /at-400k\n");
    while (b.length() < 600 * 1024) {
      b.append("Disallow: /filler-").append(b.length()).append('\n');
    }
    b.append("Disallow: /late\n");
    byte[] body = utf8(b.toString());
    assertThat(body.length).isGreaterThan(600 * 1024);

    RobotsRules rules = policy.fromResponse(200, body);

    assertThat(rules.truncated()).isTrue();
    assertThat(rules.isAllowed("https://a.example/early")).isFalse();
    assertThat(rules.isAllowed("https://a.example/at-400k")).isFalse();
    assertThat(rules.isAllowed("https://a.example/late")).isTrue();
    assertThat(rules.reason()).contains("first").contains(String.valueOf(body.length));
  }

  @Test
  void aLineCutByTheCapIsDropped() {
    // "Disallow: /" + "private" would be cut to "Disallow: /" if the cut line were kept.
    String head = "User-agent: *\n#" + "x".repeat(RobotsPolicy.DEFAULT_MAX_BYTES - 17) + "\n";
    byte[] body = utf8(head + "Disallow: /private\n");
    assertThat(head.length()).isLessThan(RobotsPolicy.DEFAULT_MAX_BYTES);
    assertThat(head.length() + 12).isGreaterThan(RobotsPolicy.DEFAULT_MAX_BYTES);

    RobotsRules rules = policy.fromResponse(200, body);

    assertThat(rules.truncated()).isTrue();
    assertThat(rules.isAllowed("https://a.example/")).isTrue();
    assertThat(rules.ruleCount()).isZero();
  }

  @Test
  void crawlDelayAboveTheCapIsCappedAt30SecondsAndFlagged() {
    RobotsRules rules = policy.fromResponse(200, utf8("User-agent: *\nCrawl-delay: 120\n"));

    assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(30));
    assertThat(rules.requestedCrawlDelay()).contains(Duration.ofSeconds(120));
    assertThat(rules.crawlDelayCapped()).isTrue();
    assertThat(rules.isAllowed(PAGE)).isTrue();
    assertThat(rules.delayBetweenRequests(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void crawlDelayAboveTheCapSkipsTheHostWhenSoConfigured() {
    RobotsPolicy skip = RobotsPolicy.builder().overCap(RobotsPolicy.OverCap.SKIP_HOST).build();
    RobotsRules rules = skip.fromResponse(200, utf8("User-agent: *\nCrawl-delay: 120\n"));

    assertThat(rules.kind()).isEqualTo(RobotsRules.Kind.CRAWL_DELAY_ABOVE_CAP);
    assertThat(rules.isAllowed(PAGE)).isFalse();
    assertThat(rules.reason()).contains("120");
  }

  @Test
  void crawlDelayBelowTheDefaultDelayNeverShortensIt() {
    RobotsRules half = policy.fromResponse(200, utf8("User-agent: *\nCrawl-delay: 0.5\n"));
    assertThat(half.crawlDelay()).contains(Duration.ofMillis(500));
    assertThat(half.delayBetweenRequests(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));

    RobotsRules junk = policy.fromResponse(200, utf8("User-agent: *\nCrawl-delay: soon\n"));
    assertThat(junk.crawlDelay()).isEmpty();
    assertThat(junk.delayBetweenRequests(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void uriFormIsPercentEncodedBeforeMatching() {
    byte[] body = utf8("User-agent: *\nDisallow: /\nAllow: /foo/ツ\n");
    RobotsRules rules = policy.fromResponse(200, body);

    assertThat(rules.isAllowed(URI.create("http://a.example/foo/ツ"))).isTrue();
    assertThat(rules.isAllowed("http://a.example/foo/%E3%83%84")).isTrue();
    assertThat(rules.isAllowed("http://a.example/bar")).isFalse();
  }

  @Test
  void rulesSurviveJavaSerialization() throws IOException, ClassNotFoundException {
    RobotsRules rules = policy.fromResponse(200, Fixtures.bytes("robots/news-site.txt"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(rules);
      out.writeObject(policy);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      RobotsRules copy = (RobotsRules) in.readObject();
      assertThat(copy.isAllowed("https://news.example/private/x")).isFalse();
      assertThat(copy.crawlDelay()).isEqualTo(rules.crawlDelay());
      assertThat(copy.sitemaps()).isEqualTo(rules.sitemaps());
      assertThat(in.readObject()).isEqualTo(policy);
    }
  }

  @Test
  void builderRefusesACapBelow500KibAndANonPositiveDelayCap() {
    assertThatThrownBy(() -> RobotsPolicy.builder().maxBytes(100 * 1024).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("500 KiB");
    assertThatThrownBy(() -> RobotsPolicy.builder().crawlDelayCap(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
