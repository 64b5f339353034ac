package org.casewatch.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;
import org.junit.jupiter.api.Test;

class CanonicalNamesTest {

  private static List<String> canonical(EntityMention... mentions) {
    List<String> names = new ArrayList<>();
    for (EntityMention m : CanonicalNames.assign(List.of(mentions))) {
      names.add(m.canonicalName());
    }
    return names;
  }

  private static EntityMention person(String text) {
    return new EntityMention(text, EntityType.PERSON, null, 0, text.length());
  }

  private static EntityMention org(String text) {
    return new EntityMention(text, EntityType.ORGANIZATION, null, 0, text.length());
  }

  private static EntityMention place(String text) {
    return new EntityMention(text, EntityType.LOCATION, null, 0, text.length());
  }

  @Test
  void surnameAfterFullNameTakesTheFullName() {
    assertThat(canonical(person("Zhou Xiaoxuan"), person("Zhou"), person("Ms Zhou")))
        .containsExactly("Zhou Xiaoxuan", "Zhou Xiaoxuan", "Zhou Xiaoxuan");
  }

  @Test
  void westernOrderSurnameResolves() {
    assertThat(canonical(person("Maria Keller"), person("Keller"), person("Dr. Keller")))
        .containsExactly("Maria Keller", "Maria Keller", "Maria Keller");
  }

  @Test
  void honorificsAreStrippedFromFullNames() {
    assertThat(canonical(person("Mr John Smith"), person("Prof. Ada Lovelace")))
        .containsExactly("John Smith", "Ada Lovelace");
  }

  @Test
  void honorificAloneWithSurnameStaysTheSurnameWhenNoFullName() {
    assertThat(canonical(person("Mrs Dalloway"))).containsExactly("Dalloway");
  }

  @Test
  void nearestPrecedingFullNameWinsWhenSurnamesAreShared() {
    assertThat(
            canonical(person("John Smith"), person("Smith"), person("Jane Smith"), person("Smith")))
        .containsExactly("John Smith", "John Smith", "Jane Smith", "Jane Smith");
  }

  @Test
  void laterFullNameExplainsEarlierShortForm() {
    assertThat(canonical(person("Keller"), person("Maria Keller")))
        .containsExactly("Maria Keller", "Maria Keller");
  }

  @Test
  void chainsEndAtTheLongestName() {
    assertThat(canonical(person("Maria Anna Keller"), person("Anna Keller"), person("Keller")))
        .containsExactly("Maria Anna Keller", "Maria Anna Keller", "Maria Anna Keller");
  }

  @Test
  void firstNameAloneFallsBackToTheFullName() {
    assertThat(canonical(person("Maria Keller"), person("Maria")))
        .containsExactly("Maria Keller", "Maria Keller");
  }

  @Test
  void surnameMatchWinsOverFirstNameMatch() {
    assertThat(canonical(person("Anna Thomas"), person("Thomas Meyer"), person("Thomas")))
        .containsExactly("Anna Thomas", "Thomas Meyer", "Anna Thomas");
  }

  @Test
  void unrelatedSingleNameStaysItself() {
    assertThat(canonical(person("Maria Keller"), person("Weinstein")))
        .containsExactly("Maria Keller", "Weinstein");
  }

  @Test
  void organizationPrefixSuffixAndInitialismResolve() {
    assertThat(
            canonical(
                org("Northwind Holdings"),
                org("Northwind"),
                org("British Broadcasting Corporation"),
                org("BBC"),
                org("Bank of England"),
                org("BoE")))
        .containsExactly(
            "Northwind Holdings",
            "Northwind Holdings",
            "British Broadcasting Corporation",
            "British Broadcasting Corporation",
            "Bank of England",
            "BoE");
  }

  @Test
  void typesDoNotMix() {
    assertThat(canonical(person("Paris Hilton"), place("Paris"), org("Hilton")))
        .containsExactly("Paris Hilton", "Paris", "Hilton");
  }

  @Test
  void possessiveIsDropped() {
    assertThat(canonical(org("Acme Corp's"), place("London's")))
        .containsExactly("Acme Corp", "London");
  }

  @Test
  void textAndOffsetsAreKept() {
    EntityMention m = new EntityMention("Ms Zhou", EntityType.PERSON, null, 40, 47);
    EntityMention out = CanonicalNames.assign(List.of(m)).get(0);
    assertThat(out.text()).isEqualTo("Ms Zhou");
    assertThat(out.begin()).isEqualTo(40);
    assertThat(out.end()).isEqualTo(47);
    assertThat(out.canonicalName()).isEqualTo("Zhou");
  }

  @Test
  void emptyListGivesEmptyList() {
    assertThat(CanonicalNames.assign(List.of())).isEmpty();
  }
}
