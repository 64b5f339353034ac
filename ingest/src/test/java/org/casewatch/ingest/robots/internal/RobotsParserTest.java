package org.casewatch.ingest.robots.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RobotsParserTest {

  private static RobotsParser.Parsed parse(String body, String agent) {
    return RobotsParser.parse(body.getBytes(StandardCharsets.ISO_8859_1), agent);
  }

  @Test
  void mergesAllGroupsOfTheAgentAndIgnoresTheStarGroup() {
    RobotsParser.Parsed p =
        parse(
            "User-agent: casewatch\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n\n"
                + "User-agent: CaseWatch\nDisallow: /c\n",
            "casewatch");
    assertThat(p.specificGroup()).isTrue();
    assertThat(p.rules()).extracting(Rule::pattern).containsExactly("/a", "/c");
  }

  @Test
  void consecutiveUserAgentLinesShareAGroupUntilARuleEndsIt() {
    RobotsParser.Parsed p =
        parse(
            "User-agent: other\nUser-agent: casewatch\nDisallow: /x\nUser-agent: y\nDisallow: /y\n",
            "casewatch");
    assertThat(p.rules()).extracting(Rule::pattern).containsExactly("/x");
  }

  @Test
  void unknownLinesAndSitemapsDoNotEndAGroup() {
    RobotsParser.Parsed p =
        parse(
            "User-agent: a\n<br />\nSitemap: https://s.example/map.xml\nUser-agent: casewatch\nDisallow: /x\n",
            "casewatch");
    assertThat(p.rules()).extracting(Rule::pattern).containsExactly("/x");
    assertThat(p.sitemaps()).containsExactly("https://s.example/map.xml");
  }

  @Test
  void productTokenStopsAtTheFirstCharacterOutsideLettersUnderscoreAndHyphen() {
    RobotsParser.Parsed p =
        parse("User-agent: casewatch/2.1 (+https://x)\nDisallow: /\n", "casewatch");
    assertThat(p.specificGroup()).isTrue();
    // "casewatch2" has the token "casewatch"; "casewatchbot" is another token.
    assertThat(parse("User-agent: casewatch2\nDisallow: /\n", "casewatch").specificGroup())
        .isTrue();
    assertThat(parse("User-agent: casewatchbot\nDisallow: /\n", "casewatch").specificGroup())
        .isFalse();
  }

  @Test
  void acceptsABomOrPartOfOneAndTheCommonMistakes() {
    assertThat(parse("\u00ef\u00bbUser-agent: *\nDisallow: /x\n", "a").rules()).hasSize(1);
    assertThat(parse("User-agent *\ndisallow /x\n", "a").rules()).hasSize(1);
    assertThat(parse("user agent: *\nDissallow: /x\n", "a").rules()).hasSize(1);
    assertThat(parse("User-agent: *\nDisallow /x y\n", "a").rules()).isEmpty();
  }

  @Test
  void handlesCrCrLfAndCommentsAndDropsRulesBeforeAnyUserAgent() {
    RobotsParser.Parsed p =
        parse(
            "Disallow: /orphan\rUser-agent: * # all\r\nDisallow: /x # not /y\rAllow: /x/y\n", "a");
    assertThat(p.rules()).extracting(Rule::pattern).containsExactly("/x", "/x/y");
  }

  @Test
  void allowingAnIndexPageAllowsItsDirectory() {
    RobotsParser.Parsed p = parse("User-agent: *\nAllow: /news/index.html\n", "a");
    assertThat(p.rules()).extracting(Rule::pattern).containsExactly("/news/index.html", "/news/$");
  }

  @Test
  void crawlDelaysComeFromTheApplicableGroupsOnly() {
    RobotsParser.Parsed p =
        parse(
            "User-agent: *\nCrawl-delay: 9\n\nUser-agent: casewatch\nCrawl-delay: 3\nDisallow:\n",
            "casewatch");
    assertThat(p.crawlDelays()).containsExactly("3");
  }
}
