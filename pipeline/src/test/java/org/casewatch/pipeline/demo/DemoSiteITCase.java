package org.casewatch.pipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoSiteITCase {

  private static DemoSite site;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    site = DemoSite.start();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnLoopbackOnly() {
    assertThat(site.baseUrl()).startsWith("http://127.0.0.1:");
  }

  @Test
  void feedLinksPointBackAtTheServerAndResolve() throws Exception {
    HttpResponse<String> feed = get(site.feedUrl());
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("xml"));
    assertThat(feed.body()).doesNotContain(DemoSite.BASE_URL_PLACEHOLDER);
    Matcher links = Pattern.compile("<link>([^<]+)</link>").matcher(feed.body());
    int ok = 0;
    int missing = 0;
    while (links.find()) {
      String link = links.group(1).trim();
      if (link.equals(site.baseUrl()) || link.equals(site.baseUrl() + "/")) {
        continue;
      }
      assertThat(link).startsWith(site.baseUrl() + "/");
      int status = get(link).statusCode();
      if (status == 200) {
        ok++;
      } else {
        assertThat(status).isEqualTo(404);
        missing++;
      }
    }
    assertThat(ok).isBetween(20, 30);
    assertThat(missing).as("the sample keeps exactly one broken link, for the dead letter").isOne();
  }

  @Test
  void pathTraversalAndOtherMethodsAreRefused() throws Exception {
    assertThat(DemoSite.normalise(URI.create("/../../etc/passwd"))).isNull();
    assertThat(get(site.baseUrl() + "/%2e%2e/%2e%2e/pom.xml").statusCode()).isEqualTo(404);
    HttpResponse<String> post =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(site.feedUrl()))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }
}
