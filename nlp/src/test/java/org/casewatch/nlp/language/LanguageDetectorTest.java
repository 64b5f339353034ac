package org.casewatch.nlp.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  @Test
  void englishNewsIsEnglish() {
    assertThat(
            LanguageDetector.detect(
                "The chief executive of the company was accused of misconduct by three former"
                    + " employees, who said that he had ignored their complaints for years."))
        .isEqualTo("en");
  }

  @Test
  void germanFrenchSpanishItalianDutchPortuguese() {
    assertThat(
            LanguageDetector.detect(
                "Der Vorstand des Unternehmens wurde von drei ehemaligen Mitarbeiterinnen"
                    + " beschuldigt, und die Staatsanwaltschaft hat nun ein Verfahren eröffnet."))
        .isEqualTo("de");
    assertThat(
            LanguageDetector.detect(
                "Le directeur de la société a été accusé par trois anciennes employées, et le"
                    + " parquet a ouvert une enquête sur les faits qui se sont produits."))
        .isEqualTo("fr");
    assertThat(
            LanguageDetector.detect(
                "El director de la empresa fue acusado por tres antiguas empleadas, y la"
                    + " fiscalía ha abierto una investigación sobre los hechos."))
        .isEqualTo("es");
    assertThat(
            LanguageDetector.detect(
                "Il direttore della società è stato accusato da tre ex dipendenti, e la procura"
                    + " ha aperto un'indagine sui fatti che sono avvenuti nel 2019."))
        .isEqualTo("it");
    assertThat(
            LanguageDetector.detect(
                "De directeur van het bedrijf werd door drie voormalige medewerkers"
                    + " beschuldigd, en het openbaar ministerie is een onderzoek begonnen."))
        .isEqualTo("nl");
    assertThat(
            LanguageDetector.detect(
                "O diretor da empresa foi acusado por três antigas funcionárias, e o ministério"
                    + " público abriu uma investigação sobre os fatos."))
        .isEqualTo("pt");
  }

  @Test
  void nonLatinScriptsAreDetectedByScript() {
    assertThat(LanguageDetector.detect("公司首席执行官被三名前员工指控行为不端。")).isEqualTo("zh");
    assertThat(LanguageDetector.detect("会社の最高経営責任者は、元従業員に告発された。")).isEqualTo("ja");
    assertThat(LanguageDetector.detect("회사의 최고 경영자가 전 직원들에게 고발당했다.")).isEqualTo("ko");
    assertThat(
            LanguageDetector.detect("Генерального директора компании обвинили бывшие сотрудницы."))
        .isEqualTo("und");
  }

  @Test
  void emptyAndLetterlessTextIsUndetermined() {
    assertThat(LanguageDetector.detect(null)).isEqualTo("und");
    assertThat(LanguageDetector.detect("")).isEqualTo("und");
    assertThat(LanguageDetector.detect("12345 !!! 😀😀 --- 3.14")).isEqualTo("und");
  }

  @Test
  void binaryGarbageIsUndetermined() {
    byte[] bytes = new byte[4000];
    new Random(42).nextBytes(bytes);
    assertThat(LanguageDetector.detect(new String(bytes, StandardCharsets.ISO_8859_1)))
        .isEqualTo("und");
    assertThat(LanguageDetector.detect(new String(bytes, StandardCharsets.UTF_8))).isEqualTo("und");
  }

  @Test
  void shortLatinTextWithoutEvidenceGetsTheBenefitOfTheDoubt() {
    assertThat(LanguageDetector.detect("Maria Keller resigned.")).isEqualTo("en");
  }

  @Test
  void headlineTweetsWithLinksAndHashtagsAreEnglish() {
    assertThat(
            LanguageDetector.detect(
                "Former Rockland pastor accused of child sex abuse https://t.co/bRhyttpm4z #metoo"))
        .isEqualTo("en");
    assertThat(
            LanguageDetector.detect(
                "#MeToo accused Sajid Khan to Sue #Housefull4; Miffed over Direction Credits"
                    + " https://t.co/WzWCKbZsDd @SimplySajidK"))
        .isEqualTo("en");
  }

  @Test
  void longLatinTextWithoutFunctionWordsIsUndetermined() {
    assertThat(
            LanguageDetector.detect(
                "Lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor"
                    + " incididunt labore dolore magna aliqua"))
        .isEqualTo("und");
  }

  @Test
  void englishWithEmojiAndMojibakeIsStillEnglish() {
    assertThat(
            LanguageDetector.detect(
                "The minister said it was a â€œdifficult dayâ€\u009d for the party 😢 and"
                    + " that he would not resign."))
        .isEqualTo("en");
  }
}
