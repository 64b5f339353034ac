package org.casewatch.ingest.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageDatesTest {

  @Test
  void readsDatesFromUrlPathsOnly() {
    assertThat(PageDates.fromUrl("https://x.example/a/2020/02/29/b"))
        .isEqualTo(Instant.parse("2020-02-29T00:00:00Z"));
    assertThat(PageDates.fromUrl("https://x.example/story-20191118.html"))
        .isEqualTo(Instant.parse("2019-11-18T00:00:00Z"));
    assertThat(PageDates.fromUrl("https://x.example/a/2019/02/30/b")).isNull();
    assertThat(PageDates.fromUrl("https://2020-01-01.example/a")).isNull();
    assertThat(PageDates.fromUrl("https://x.example/item/1234567890123")).isNull();
    assertThat(PageDates.fromUrl("https://x.example/1889/01/01/old")).isNull();
  }

  @Test
  void normalisesLanguageTags() {
    assertThat(Languages.normalise("en_US")).isEqualTo("en-US");
    assertThat(Languages.normalise(" de, en")).isEqualTo("de");
    assertThat(Languages.normalise("")).isNull();
    assertThat(Languages.normalise("12345 x")).isNull();
  }
}
