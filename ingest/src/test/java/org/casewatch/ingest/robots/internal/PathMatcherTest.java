package org.casewatch.ingest.robots.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathMatcherTest {

  @Test
  void wildcardsAndEndAnchor() {
    assertThat(PathMatcher.matches("/fish.php?id=1", "/*.php")).isTrue();
    assertThat(PathMatcher.matches("/folder/filename.php", "/*.php$")).isTrue();
    assertThat(PathMatcher.matches("/filename.php?parameters", "/*.php$")).isFalse();
    assertThat(PathMatcher.matches("/fish/salmon.PHP", "/fish*.php")).isFalse();
    assertThat(PathMatcher.matches("/Fish.asp", "/fish")).isFalse();
    assertThat(PathMatcher.matches("/anything", "")).isTrue();
    assertThat(PathMatcher.matches("/a", "/a$")).isTrue();
    assertThat(PathMatcher.matches("/ab", "/a$")).isFalse();
    assertThat(PathMatcher.matches("/a$b", "/a$b")).isTrue();
    assertThat(PathMatcher.matches("/x/y/z", "/**z")).isTrue();
  }

  @Test
  void longestMatchWinsAndAllowWinsATie() {
    List<Rule> rules =
        List.of(new Rule("/page", false), new Rule("/page$", true), new Rule("/p", true));
    assertThat(PathMatcher.isAllowed(rules, "/page")).isTrue();
    assertThat(PathMatcher.isAllowed(rules, "/pages")).isFalse();
    assertThat(PathMatcher.isAllowed(List.of(new Rule("/a", false), new Rule("/a", true)), "/a"))
        .isTrue();
  }

  @Test
  void anEmptyDisallowDecidesNothing() {
    assertThat(PathMatcher.isAllowed(List.of(new Rule("", false)), "/x")).isTrue();
    assertThat(PathMatcher.isAllowed(List.of(new Rule("", true), new Rule("/x", false)), "/x"))
        .isFalse();
  }

  @Test
  void patternsArePercentEncodedButNeverDecoded() {
    assertThat(PathMatcher.normalisePattern("/foo/\u00e3\u0083\u0084")).isEqualTo("/foo/%E3%83%84");
    assertThat(PathMatcher.normalisePattern("/a%7ebar")).isEqualTo("/a%7Ebar");
    assertThat(PathMatcher.normalisePattern("/%62%61%7A")).isEqualTo("/%62%61%7A");
    assertThat(PathMatcher.normalisePattern("/100%")).isEqualTo("/100%");
  }

  @Test
  void pathOfKeepsPathParamsAndQueryButNotTheFragment() {
    assertThat(PathMatcher.pathOf("http://a.example")).isEqualTo("/");
    assertThat(PathMatcher.pathOf("http://a.example/x/y?q=1#frag")).isEqualTo("/x/y?q=1");
    assertThat(PathMatcher.pathOf("http://a.example?q")).isEqualTo("/?q");
    assertThat(PathMatcher.pathOf("http://a.example;p")).isEqualTo("/;p");
    assertThat(PathMatcher.pathOf("http://a.example#/x")).isEqualTo("/");
    assertThat(PathMatcher.pathOf("//a.example/x")).isEqualTo("/x");
    assertThat(PathMatcher.pathOf("")).isEqualTo("/");
  }
}
