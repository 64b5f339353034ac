package org.casewatch.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads text fixtures from {@code src/test/resources/fixtures}. */
public final class Fixtures {

  private Fixtures() {}

  /** The fixture {@code name} as UTF-8 text. */
  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One sentence of {@code tokens} three-letter words (4 characters each) and no punctuation. */
  public static String unpunctuatedSentence(int tokens) {
    String[] words = {"the", "man", "saw", "big", "red", "dog", "run", "far"};
    StringBuilder sb = new StringBuilder(tokens * 7);
    for (int i = 0; i < tokens; i++) {
      sb.append(words[i % words.length]).append(' ');
    }
    return sb.toString();
  }
}
