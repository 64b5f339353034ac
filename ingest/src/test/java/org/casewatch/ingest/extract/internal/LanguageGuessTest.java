package org.casewatch.ingest.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

  @Test
  void guessesLatinScriptLanguagesFromFunctionWords() {
    assertThat(
            LanguageGuess.of(
                "The union said on Monday that it had asked the board for an independent review"
                    + " of the claims, and that it was waiting for an answer from the company."))
        .isEqualTo("en");
    assertThat(
            LanguageGuess.of(
                "Die Gewerkschaft hat am Montag gesagt, dass sie den Vorstand um eine unabhängige"
                    + " Prüfung der Vorwürfe gebeten hat und auf eine Antwort des Unternehmens"
                    + " wartet, die noch nicht gekommen ist."))
        .isEqualTo("de");
    assertThat(
            LanguageGuess.of(
                "Le syndicat a déclaré lundi qu'il avait demandé au conseil une enquête"
                    + " indépendante sur les accusations et qu'il attendait une réponse de la"
                    + " direction, qui ne l'a pas encore donnée."))
        .isEqualTo("fr");
  }

  @Test
  void guessesByScriptAndAbstainsOnTooLittleText() {
    assertThat(LanguageGuess.of("そんな用途を考慮してか、デスクトップアプリが用意されています。")).isEqualTo("ja");
    assertThat(LanguageGuess.of("Профсоюз заявил в понедельник о проверке.")).isEqualTo("ru");
    assertThat(LanguageGuess.of("Short text only.")).isNull();
    assertThat(LanguageGuess.of("12345 67890")).isNull();
  }
}
