package org.casewatch.nlp.allegation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the rule resources under {@code org/casewatch/nlp/rules/}, skipping comments. */
public final class Resources {

  /** The classpath folder of the rule files. */
  public static final String RULES = "/org/casewatch/nlp/rules/";

  private Resources() {}

  /** The non-blank, non-comment lines of the rule file {@code name}. */
  public static List<String> lines(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(RULES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing rule resource " + RULES + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
