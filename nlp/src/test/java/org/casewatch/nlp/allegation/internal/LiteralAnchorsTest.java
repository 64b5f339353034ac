package org.casewatch.nlp.allegation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiteralAnchorsTest {

  @Test
  void everyRequiredLiteralNodeGivesOneSet() {
    assertThat(
            LiteralAnchors.of(
                "[{lemma:/touch|touching/}] []{0,3} [{lemma:without}] []{0,1} [{lemma:consent}]"))
        .containsExactly(Set.of("touch", "touching"), Set.of("without"), Set.of("consent"));
    assertThat(LiteralAnchors.of("[{lemma:/deny|dispute/;tag:/VB.*/}]"))
        .containsExactly(Set.of("deny", "dispute"));
    assertThat(LiteralAnchors.of("[{tag:/VB.*/;lemma:Touch}]{1,2}"))
        .containsExactly(Set.of("touch"));
  }

  @Test
  void optionalNegatedAndNonLiteralNodesGiveNothing() {
    assertThat(LiteralAnchors.of("[{lemma:/sexual|sex/}]? [{lemma:abuse}]"))
        .containsExactly(Set.of("abuse"));
    assertThat(LiteralAnchors.of("[{lemma:find}] [!{lemma:/not|innocent/}]{0,2} [{lemma:guilty}]"))
        .containsExactly(Set.of("find"), Set.of("guilty"));
    assertThat(LiteralAnchors.of("[{word:/#?metoo/}] [{lemma:accuse}]*")).isEmpty();
    assertThat(LiteralAnchors.of("[{tag:/PRP.?|NNS?/}] [{lemma:/ab[c]d/}]")).isEmpty();
    assertThat(LiteralAnchors.of("[{lemma:\"a;lemma:b\"}]")).isEmpty();
    assertThat(LiteralAnchors.of("[{lemma:a} | {lemma:b}]")).isEmpty();
  }

  @Test
  void patternsItCannotReadAlwaysRun() {
    assertThat(LiteralAnchors.of("([{lemma:a}] | [{lemma:b}])")).isEmpty();
    assertThat(LiteralAnchors.of("[{lemma:a}] [{lemma:b}")).isEmpty();
    assertThat(LiteralAnchors.of("[{lemma:a}]{x,2}")).isEmpty();
    assertThat(LiteralAnchors.of("[{lemma:a}] (?$x [{lemma:b}])")).isEmpty();
  }

  @Test
  void foldingAgreesWithEqualsIgnoreCase() {
    assertThat(LiteralAnchors.fold("RaPe")).isEqualTo("rape");
    assertThat(LiteralAnchors.fold("#MeToo")).isEqualTo("#metoo");
    String dotless = "tr\u0131al";
    assertThat(dotless.equalsIgnoreCase("trial")).isTrue();
    assertThat(LiteralAnchors.fold(dotless)).isEqualTo("trial");
    assertThat(LiteralAnchors.fold("\u212Aeep")).isEqualTo("keep");
    String plain = "consent";
    assertThat(LiteralAnchors.fold(plain)).isSameAs(plain);
    assertThat(LiteralAnchors.of("[{lemma:/a|b/}]")).isEqualTo(List.of(Set.of("a", "b")));
  }
}
