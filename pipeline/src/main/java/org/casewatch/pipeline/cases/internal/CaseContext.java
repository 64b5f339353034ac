package org.casewatch.pipeline.cases.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventParty;
import org.casewatch.model.EventRecord;
import org.casewatch.model.Evidence;

/**
 * A case's countries and sector, from what its claims and events say.
 *
 * <p>How: <b>countries</b> are the places of a small gazetteer ({@code cases/countries.tsv}:
 * countries, unambiguous large cities, institutions of one jurisdiction such as the Crown
 * Prosecution Service) named, as whole words with the longest name first, in the claims' settings
 * and evidence and the events' evidence and party names. A country counts the documents naming it;
 * the case keeps every country named in at least <b>2</b> documents, or, when none is, the one
 * country named at all (two countries each named once say nothing). The <b>sector</b> comes from a
 * keyword table ({@code cases/sectors.tsv}) over each claim's setting (the accused's organisation)
 * and accused mention ("the theatre's artistic director"): per claim the keyword of highest weight
 * decides (a tie between sectors decides nothing), and the case takes the sector most claims have,
 * none on a tie.
 *
 * <p>Why this way: the case operator and {@code casewatch cases rebuild} see only the claim and
 * event records (the documents' own entities are not in them), and both must compute the same case,
 * so only the records' text is used. Both lists are deliberately small and conservative: a case
 * without a country or sector is better than one with a wrong one.
 */
public final class CaseContext {

  private static final String COUNTRIES = "org/casewatch/pipeline/cases/countries.tsv";
  private static final String SECTORS = "org/casewatch/pipeline/cases/sectors.tsv";

  /** How many documents must name a country when the case names more than one: **2**. */
  public static final int MIN_COUNTRY_DOCUMENTS = 2;

  private static final Pattern PLACES;
  private static final Map<String, String> COUNTRY_OF_NAME = new HashMap<>();
  private static final Pattern KEYWORDS;
  private static final Map<String, String> SECTOR_OF_KEYWORD = new HashMap<>();
  private static final Map<String, Integer> WEIGHT_OF_KEYWORD = new HashMap<>();

  static {
    for (String[] row : rows(COUNTRIES, 2)) {
      for (String name : row[1].split("\\|")) {
        COUNTRY_OF_NAME.put(name.strip(), row[0].strip());
      }
    }
    PLACES = alternation(COUNTRY_OF_NAME.keySet(), "", 0);
    for (String[] row : rows(SECTORS, 3)) {
      String keyword = row[2].strip().toLowerCase(Locale.ROOT);
      SECTOR_OF_KEYWORD.put(keyword, row[0].strip());
      WEIGHT_OF_KEYWORD.put(keyword, Integer.parseInt(row[1].strip()));
    }
    // Keywords also match their plural ("professors", "priests").
    KEYWORDS = alternation(SECTOR_OF_KEYWORD.keySet(), "(?:s|es)?", Pattern.CASE_INSENSITIVE);
  }

  private CaseContext() {}

  /** The case's ISO 3166-1 alpha-2 country codes, most named first (ties by code); may be empty. */
  public static List<String> countries(List<ClaimRecord> claims, List<EventRecord> events) {
    Map<String, Set<String>> documentsOf = new TreeMap<>();
    for (ClaimRecord c : claims) {
      List<String> texts = new ArrayList<>();
      texts.add(c.claim().setting());
      for (Evidence e : c.claim().evidence()) {
        texts.add(e.text());
      }
      for (String code : countriesIn(texts)) {
        documentsOf.computeIfAbsent(code, k -> new TreeSet<>()).add(c.document().id());
      }
    }
    for (EventRecord e : events) {
      List<String> texts = new ArrayList<>();
      texts.add(e.event().evidence().text());
      for (EventParty p : e.event().parties()) {
        texts.add(p.name());
      }
      for (String code : countriesIn(texts)) {
        documentsOf.computeIfAbsent(code, k -> new TreeSet<>()).add(e.document().id());
      }
    }
    List<String> kept = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : documentsOf.entrySet()) {
      if (e.getValue().size() >= MIN_COUNTRY_DOCUMENTS) {
        kept.add(e.getKey());
      }
    }
    if (kept.isEmpty() && documentsOf.size() == 1) {
      kept.addAll(documentsOf.keySet());
    }
    kept.sort(
        Comparator.comparing((String code) -> -documentsOf.get(code).size())
            .thenComparing(Comparator.naturalOrder()));
    return kept;
  }

  /** The country codes the gazetteer finds in {@code texts} (null texts skipped). */
  static Set<String> countriesIn(List<String> texts) {
    Set<String> codes = new TreeSet<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      Matcher m = PLACES.matcher(text);
      while (m.find()) {
        codes.add(COUNTRY_OF_NAME.get(m.group(1)));
      }
    }
    return codes;
  }

  /** The case's sector, or null when its claims do not say or disagree. */
  public static String sector(List<ClaimRecord> claims) {
    Map<String, Integer> votes = new TreeMap<>();
    for (ClaimRecord c : claims) {
      String s = sectorOf(c.claim().setting(), c.claim().accused().mention());
      if (s != null) {
        votes.merge(s, 1, Integer::sum);
      }
    }
    String best = null;
    int bestVotes = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> v : votes.entrySet()) {
      if (v.getValue() > bestVotes) {
        best = v.getKey();
        bestVotes = v.getValue();
        tie = false;
      } else if (v.getValue() == bestVotes) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** The sector one claim's setting and accused mention point to, or null. */
  static String sectorOf(String setting, String mention) {
    Map<String, Integer> weight = new TreeMap<>();
    for (String text : new String[] {setting, mention}) {
      if (text == null) {
        continue;
      }
      Matcher m = KEYWORDS.matcher(text);
      while (m.find()) {
        String keyword = m.group(1).toLowerCase(Locale.ROOT);
        weight.merge(SECTOR_OF_KEYWORD.get(keyword), WEIGHT_OF_KEYWORD.get(keyword), Math::max);
      }
    }
    String best = null;
    int bestWeight = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> w : weight.entrySet()) {
      if (w.getValue() > bestWeight) {
        best = w.getKey();
        bestWeight = w.getValue();
        tie = false;
      } else if (w.getValue() == bestWeight) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /**
   * One pattern matching any of {@code words} as a whole word, the longest first, optionally
   * followed by {@code suffix}; group 1 is the word.
   */
  private static Pattern alternation(Set<String> words, String suffix, int flags) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparing(String::length).reversed().thenComparing(s -> s));
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(");
    for (int i = 0; i < sorted.size(); i++) {
      regex.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
    }
    regex.append(")").append(suffix).append("(?![\\p{L}\\p{N}])");
    return Pattern.compile(regex.toString(), flags | Pattern.UNICODE_CASE);
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CaseContext.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t");
        if (row.length != columns) {
          throw new IllegalStateException(resource + ": not " + columns + " columns: " + line);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
