package org.casewatch.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.bbc.co.uk/news/uk-1 | bbc.co.uk",
        "https://news.bbc.co.uk/2/hi/1.stm | bbc.co.uk",
        "https://m.bbc.co.uk/news | bbc.co.uk",
        "HTTPS://WWW.TheGuardian.COM./world | theguardian.com",
        "https://www.guardian.co.uk/world | guardian.co.uk",
        "https://apnews.com/article/x | apnews.com",
        "https://alice.blogspot.com/2019/01/p.html | alice.blogspot.com",
        "http://127.0.0.1:8080/news/a | 127.0.0.1",
        "http://[::1]:8080/news/a | [::1]",
        "http://localhost/a | localhost",
      })
  void isTheRegistrableDomain(String url, String publisher) {
    assertThat(Publishers.of(url)).isEqualTo(publisher);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.harbour-ledger.example/news/a | harbour-ledger.example",
        "https://news.example/a | news.example",
        "https://a.b.wire.example/a | wire.example"
      })
  void hostsUnderAnUnlistedSuffixKeepTheirLastTwoLabels(String url, String publisher) {
    assertThat(Publishers.of(url)).isEqualTo(publisher);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {"NULL", "not a url at all", "mailto:someone@example.com", "/relative/path"})
  void noHostIsNoPublisher(String url) {
    assertThat(Publishers.of(url)).isEmpty();
  }
}
