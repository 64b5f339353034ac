package org.casewatch.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;
import org.junit.jupiter.api.Test;

/** {@link CanonicalNames#assign(List, String)}: suffixed names repaired, aliases linked. */
class NameRepairAndAliasesTest {

  /** A mention of the first occurrence of {@code words} in {@code text}. */
  private static EntityMention at(String text, String words, EntityType type) {
    int begin = text.indexOf(words);
    return new EntityMention(words, type, null, begin, begin + words.length());
  }

  private static List<String> people(List<EntityMention> mentions) {
    List<String> out = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (m.type() == EntityType.PERSON) {
        out.add(m.text() + "=" + m.canonicalName());
      }
    }
    return out;
  }

  @Test
  void aNameWithJrMistypedAsAPlaceBecomesOnePersonAndItsSurnameLinksToIt() {
    String text = "Cuba Gooding Jr. was accused of groping a woman. Gooding denies it.";
    List<EntityMention> out =
        CanonicalNames.assign(
            List.of(
                at(text, "Cuba", EntityType.LOCATION),
                new EntityMention(
                    "Gooding",
                    EntityType.PERSON,
                    null,
                    text.lastIndexOf("Gooding"),
                    text.lastIndexOf("Gooding") + 7)),
            text);
    assertThat(out)
        .extracting(EntityMention::text, EntityMention::type, EntityMention::begin)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Cuba Gooding Jr.", EntityType.PERSON, 0),
            org.assertj.core.groups.Tuple.tuple(
                "Gooding", EntityType.PERSON, text.lastIndexOf("Gooding")));
    assertThat(out).extracting(EntityMention::canonicalName).containsOnly("Cuba Gooding Jr.");
  }

  @Test
  void aPersonNameGainsItsSuffixAndRomanNumeralsNeedAPerson() {
    String text =
        "Martin Luther King Jr. spoke. By World War II the city had grown. John Smith III said.";
    List<EntityMention> out =
        CanonicalNames.assign(
            List.of(
                at(text, "Martin Luther King", EntityType.PERSON),
                at(text, "John Smith", EntityType.PERSON)),
            text);
    assertThat(people(out))
        .containsExactly(
            "Martin Luther King Jr.=Martin Luther King Jr.", "John Smith III=John Smith III");
    assertThat(out).noneMatch(m -> m.text().contains("War"));
  }

  @Test
  void leadingFunctionWordsAreNotPartOfTheName() {
    String text = "The Sammy Davis Jr. estate said nothing.";
    List<EntityMention> out = CanonicalNames.assign(List.of(), text);
    assertThat(people(out)).containsExactly("Sammy Davis Jr.=Sammy Davis Jr.");
  }

  @Test
  void anAliasKnownAsTakesTheRealName() {
    String text =
        "Zhou Xiaoxuan, known as Xianzi online, sued the host. Xianzi said she would appeal.";
    List<EntityMention> out =
        CanonicalNames.assign(
            List.of(
                at(text, "Zhou Xiaoxuan", EntityType.PERSON),
                at(text, "Xianzi", EntityType.PERSON),
                new EntityMention(
                    "Xianzi",
                    EntityType.PERSON,
                    null,
                    text.lastIndexOf("Xianzi"),
                    text.lastIndexOf("Xianzi") + 6)),
            text);
    assertThat(out).extracting(EntityMention::canonicalName).containsOnly("Zhou Xiaoxuan");
  }

  @Test
  void aPseudonymWithItsRealNameAfterItTakesTheRealName() {
    String text = "Jane Roe, whose real name is Maria Lopez, testified on Monday.";
    List<EntityMention> out =
        CanonicalNames.assign(
            List.of(
                at(text, "Jane Roe", EntityType.PERSON),
                at(text, "Maria Lopez", EntityType.PERSON)),
            text);
    assertThat(out).extracting(EntityMention::canonicalName).containsOnly("Maria Lopez");
    String pen = "Ann Blake, who used the pseudonym Kitty Fox, wrote the post.";
    assertThat(
            CanonicalNames.assign(
                List.of(
                    at(pen, "Ann Blake", EntityType.PERSON),
                    at(pen, "Kitty Fox", EntityType.PERSON)),
                pen))
        .extracting(EntityMention::canonicalName)
        .containsOnly("Ann Blake");
  }

  @Test
  void twoPeopleSideBySideStayApart() {
    String text = "Ann Blake and Kitty Fox, the defendants, met Tom Hill, who denied it.";
    List<EntityMention> out =
        CanonicalNames.assign(
            List.of(
                at(text, "Ann Blake", EntityType.PERSON),
                at(text, "Kitty Fox", EntityType.PERSON),
                at(text, "Tom Hill", EntityType.PERSON)),
            text);
    assertThat(out)
        .extracting(EntityMention::canonicalName)
        .containsExactly("Ann Blake", "Kitty Fox", "Tom Hill");
  }
}
