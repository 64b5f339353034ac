package org.casewatch.ingest.social.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkHeaderTest {

  @Test
  void parsesMastodonPaging() {
    String header =
        "<https://fosstodon.org/api/v1/timelines/tag/rstats?limit=5&local=FALSE"
            + "&max_id=114869144097749491&only_media=FALSE>; rel=\"next\", "
            + "<https://fosstodon.org/api/v1/timelines/tag/rstats?limit=5&min_id=1>; rel=\"prev\"";
    var links = LinkHeader.parse(header);
    assertThat(links.get("next")).endsWith("max_id=114869144097749491&only_media=FALSE");
    assertThat(links.get("prev")).endsWith("min_id=1");
  }

  @Test
  void toleratesUnquotedAndMultipleRelationsAndGarbage() {
    var links =
        LinkHeader.parse("<https://a/x>; title=\"t\"; rel=next, <https://a/y>; rel=\"prev first\"");
    assertThat(links).containsEntry("next", "https://a/x").containsEntry("first", "https://a/y");
    assertThat(LinkHeader.parse("garbage")).isEmpty();
    assertThat(LinkHeader.parse(null)).isEmpty();
  }
}
