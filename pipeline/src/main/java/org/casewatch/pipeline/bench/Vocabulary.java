package org.casewatch.pipeline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * Words with Zipf-distributed frequencies, to write bodies whose term statistics look like news.
 *
 * <p>Built either from the word counts of a news corpus read at run time ({@link #fromBbc(Path)},
 * the BBC News full-text CSVs under {@code ../shared/data}), whose frequencies are Zipfian by
 * nature, or from a built-in list of common English and news words extended with pronounceable
 * pseudo-words, weighted {@code 1/rank} ({@link #builtIn()}). Sampling uses Vose's alias method, a
 * constant-time draw. Immutable and serializable, so a sink converter can carry it.
 */
public final class Vocabulary implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many distinct words the built-in vocabulary has: **20,000**. */
  public static final int BUILT_IN_SIZE = 20_000;

  private static final String COMMON =
      "the of to and a in that is for on said was with he it as his by at be from have has an"
          + " are her she they not but had were been this who which their more after also would"
          + " its one will about two first over year new years when there police other last"
          + " people into up out than could time claims court case told against allegations"
          + " former company statement women lawyer accused alleged investigation complaint"
          + " report reported charges trial judge lawsuit harassment misconduct victims said"
          + " workers manager director chief executive industry film university school church"
          + " government minister officials spokesperson denied denies evidence witness jury"
          + " prosecutors prosecutor testified hearing settlement appeal conviction sentence"
          + " months week day month later before during while since under between through"
          + " public media social news office board members staff employees team national"
          + " local city state country world group party community support action response";

  private static final String[] SYLLABLES = {
    "ba", "ren", "to", "mi", "la", "sor", "ve", "kan", "di", "po", "ter", "lu", "nes", "ga", "ri",
    "mon", "de", "sa", "fel", "co", "tri", "van", "el", "os", "un", "ham", "bre", "ly", "gis", "ta"
  };

  private final String[] words;
  private final double[] probability;
  private final int[] alias;
  private final String source;

  private Vocabulary(String[] words, double[] weights, String source) {
    this.words = words;
    this.source = source;
    // Vose's alias method: column i keeps word i with probability[i], else gives alias[i]; one
    // uniform column and one coin per draw, whatever the vocabulary size.
    int n = weights.length;
    this.probability = new double[n];
    this.alias = new int[n];
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int smallCount = 0;
    int largeCount = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = weights[i] * n / sum;
      if (scaled[i] < 1.0) {
        small[smallCount++] = i;
      } else {
        large[largeCount++] = i;
      }
    }
    while (smallCount > 0 && largeCount > 0) {
      int less = small[--smallCount];
      int more = large[--largeCount];
      probability[less] = scaled[less];
      alias[less] = more;
      scaled[more] = scaled[more] + scaled[less] - 1.0;
      if (scaled[more] < 1.0) {
        small[smallCount++] = more;
      } else {
        large[largeCount++] = more;
      }
    }
    while (largeCount > 0) {
      probability[large[--largeCount]] = 1.0;
    }
    while (smallCount > 0) {
      probability[small[--smallCount]] = 1.0;
    }
  }

  /** The built-in vocabulary of {@link #BUILT_IN_SIZE} words weighted {@code 1/rank}. */
  public static Vocabulary builtIn() {
    List<String> list = new ArrayList<>(Arrays.asList(COMMON.split(" ")));
    SplittableRandom random = new SplittableRandom(7);
    java.util.Set<String> seen = new java.util.HashSet<>(list);
    while (list.size() < BUILT_IN_SIZE) {
      StringBuilder word = new StringBuilder();
      int syllables = 2 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      if (seen.add(word.toString())) {
        list.add(word.toString());
      }
    }
    double[] weights = new double[list.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1.0 / (i + 1);
    }
    return new Vocabulary(list.toArray(String[]::new), weights, "built-in Zipf list");
  }

  /**
   * The vocabulary of the BBC News full-text corpus in {@code dir} ({@code *.csv.gz}): every word
   * seen at least twice, in its most frequent spelling, weighted by its count.
   *
   * @throws IOException when the directory has no readable {@code .csv.gz} file
   */
  public static Vocabulary fromBbc(Path dir) throws IOException {
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    List<Path> files = new ArrayList<>();
    try (var list = Files.list(dir)) {
      list.filter(p -> p.getFileName().toString().endsWith(".csv.gz")).sorted().forEach(files::add);
    }
    if (files.isEmpty()) {
      throw new IOException("no .csv.gz files in " + dir);
    }
    for (Path file : files) {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        String line = in.readLine(); // the header: text,category
        while ((line = in.readLine()) != null) {
          count(line, spellings);
        }
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>();
    for (Map<String, Integer> forms : spellings.values()) {
      int total = 0;
      Map.Entry<String, Integer> best = null;
      for (Map.Entry<String, Integer> form : forms.entrySet()) {
        total += form.getValue();
        if (best == null
            || form.getValue() > best.getValue()
            || (form.getValue().equals(best.getValue())
                && form.getKey().compareTo(best.getKey()) < 0)) {
          best = form;
        }
      }
      if (total >= 2) {
        ranked.add(Map.entry(best.getKey(), total));
      }
    }
    ranked.sort(
        (a, b) ->
            a.getValue().equals(b.getValue())
                ? a.getKey().compareTo(b.getKey())
                : Integer.compare(b.getValue(), a.getValue()));
    String[] words = new String[ranked.size()];
    double[] weights = new double[ranked.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = ranked.get(i).getKey();
      weights[i] = ranked.get(i).getValue();
    }
    return new Vocabulary(words, weights, "word counts of " + dir.getFileName());
  }

  /**
   * The BBC vocabulary when {@code dir} holds it, else the built-in one.
   *
   * @param dir the BBC full-text directory, possibly missing
   */
  public static Vocabulary fromBbcOrBuiltIn(Path dir) {
    if (dir != null && Files.isDirectory(dir)) {
      try {
        return fromBbc(dir);
      } catch (IOException e) {
        return builtIn();
      }
    }
    return builtIn();
  }

  private static void count(String line, Map<String, Map<String, Integer>> spellings) {
    int i = 0;
    int n = line.length();
    while (i < n) {
      while (i < n && !isAsciiLetter(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isAsciiLetter(line.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 24) {
        String word = line.substring(start, i);
        spellings
            .computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new HashMap<>())
            .merge(word, 1, Integer::sum);
      }
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A word drawn with its Zipf weight. */
  public String sample(SplittableRandom random) {
    int column = random.nextInt(words.length);
    return random.nextDouble() < probability[column] ? words[column] : words[alias[column]];
  }

  /** The word of a rank, 0 the most frequent. */
  public String word(int rank) {
    return words[rank];
  }

  /** The number of distinct words. */
  public int size() {
    return words.length;
  }

  /** Where the words came from, for the report. */
  public String source() {
    return source;
  }
}
