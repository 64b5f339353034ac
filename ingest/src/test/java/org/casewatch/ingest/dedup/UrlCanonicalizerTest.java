package org.casewatch.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

  private final UrlCanonicalizer urls = UrlCanonicalizer.defaults();

  private String c(String url) {
    return urls.canonicalize(url);
  }

  @Test
  void lowerCasesSchemeAndHostButNotPath() {
    assertThat(c("HTTPS://News.Example.COM./World/Story-1"))
        .isEqualTo("https://news.example.com/World/Story-1");
  }

  @Test
  void dropsDefaultPortsFragmentsAndCredentials() {
    assertThat(c("https://news.example:443/a#comments")).isEqualTo("https://news.example/a");
    assertThat(c("http://news.example:80/a")).isEqualTo("http://news.example/a");
    assertThat(c("http://news.example:8080/a")).isEqualTo("http://news.example:8080/a");
    assertThat(c("https://user:pw@news.example/a")).isEqualTo("https://news.example/a");
  }

  @Test
  void removesTrackingParametersAndSortsTheRest() {
    assertThat(
            c(
                "https://news.example/a?utm_source=tw&id=7&fbclid=x&b=2&gclid=y&mc_cid=1&mc_eid=2"
                    + "&ocid=z&at_medium=RSS&at_campaign=KARANGA&cmpid=q&UTM_Medium=m&a=1"))
        .isEqualTo("https://news.example/a?a=1&b=2&id=7");
    assertThat(c("https://news.example/a?utm_source=x")).isEqualTo("https://news.example/a");
    assertThat(c("https://news.example/a?b=2&b=1")).isEqualTo("https://news.example/a?b=1&b=2");
  }

  @Test
  void siteSpecificParametersCanBeAdded() {
    UrlCanonicalizer custom = UrlCanonicalizer.withExtraTrackingParameters(Set.of("From"));

    assertThat(custom.canonicalize("https://news.example/a?from=home&p=2"))
        .isEqualTo("https://news.example/a?p=2");
    assertThat(c("https://news.example/a?from=home")).isEqualTo("https://news.example/a?from=home");
  }

  @Test
  void ampAndMobileVariantsMeetTheArticle() {
    String article = "https://example.com/news/2024/story";
    assertThat(c("https://www.example.com/news/2024/story")).isEqualTo(article);
    assertThat(c("https://m.example.com/news/2024/story")).isEqualTo(article);
    assertThat(c("https://mobile.example.com/news/2024/story/")).isEqualTo(article);
    assertThat(c("https://amp.example.com/news/2024/story")).isEqualTo(article);
    assertThat(c("https://www.example.com/amp/news/2024/story")).isEqualTo(article);
    assertThat(c("https://www.example.com/news/2024/story/amp/")).isEqualTo(article);
    assertThat(c("https://www.example.com/news/2024/story?amp=1")).isEqualTo(article);
    assertThat(c("https://www.example.com/news/2024/story?amp")).isEqualTo(article);
    assertThat(c("https://www.example.com/news/2024/story?outputType=amp")).isEqualTo(article);
    assertThat(c("https://www.example.com/news/2024/story.amp.html"))
        .isEqualTo("https://example.com/news/2024/story.html");
    assertThat(c("https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/2024/story"))
        .isEqualTo(article);
  }

  @Test
  void normalisesPathsAndEscapes() {
    assertThat(c("https://news.example")).isEqualTo("https://news.example/");
    assertThat(c("https://news.example/")).isEqualTo("https://news.example/");
    assertThat(c("https://news.example/a/./b/../c/")).isEqualTo("https://news.example/a/c");
    assertThat(c("https://news.example/%7euser/caf%c3%a9"))
        .isEqualTo("https://news.example/~user/caf%C3%A9");
  }

  @Test
  void keepsWhatDistinguishesArticles() {
    assertThat(c("https://news.example/a?id=1")).isNotEqualTo(c("https://news.example/a?id=2"));
    assertThat(c("https://news.example/Story")).isNotEqualTo(c("https://news.example/story"));
    assertThat(c("https://m.co/a")).isEqualTo("https://m.co/a");
    assertThat(c("https://news.example/campaign/amplifier"))
        .isEqualTo("https://news.example/campaign/amplifier");
  }

  @Test
  void publisherIsTheCanonicalHost() {
    assertThat(urls.publisher("https://m.bbc.co.uk/news/x")).isEqualTo("bbc.co.uk");
    assertThat(urls.publisher("https://www.bbc.co.uk/news/y")).isEqualTo("bbc.co.uk");
  }

  @Test
  void refusesWhatIsNotAnHttpUrl() {
    for (String bad :
        new String[] {"", "/relative", "ftp://x.example/a", "javascript:alert(1)", "http://"}) {
      assertThatThrownBy(() -> c(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
