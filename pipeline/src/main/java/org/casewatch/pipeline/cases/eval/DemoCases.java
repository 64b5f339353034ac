package org.casewatch.pipeline.cases.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intended cases of the demo sample, read from its {@code cases.json}: each case's articles and
 * timeline, and the unrelated articles.
 *
 * @param articles article path to its case label ({@code A}, {@code B}, {@code C}) or {@code U}
 * @param cases the intended cases, in file order
 */
public record DemoCases(Map<String, String> articles, List<GoldCase> cases) {

  /** The classpath resource of the ground truth. */
  public static final String RESOURCE = "org/casewatch/pipeline/demo/cases.json";

  /**
   * One intended case.
   *
   * @param label {@code A}, {@code B} or {@code C}
   * @param accused the accused's name
   * @param events the intended timeline, in order
   */
  public record GoldCase(String label, String accused, List<GoldEvent> events) {}

  /**
   * One intended event.
   *
   * @param type the event type
   * @param date the date, as precise as the text allows
   * @param article the article that first reports it
   * @param note the ground truth's note, or empty
   * @param alsoIn later articles that report the event again
   */
  public record GoldEvent(
      String type, String date, String article, String note, List<String> alsoIn) {}

  private static List<String> alsoIn(JsonNode event) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : event.path("also_in")) {
      out.add(a.asText());
    }
    return out;
  }

  /** Reads the ground truth from the classpath. */
  public static DemoCases load() {
    try (InputStream in = DemoCases.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      JsonNode root = JsonMapper.builder().build().readTree(in);
      Map<String, String> articles = new LinkedHashMap<>();
      List<GoldCase> cases = new ArrayList<>();
      for (JsonNode c : root.get("cases")) {
        String label = c.get("label").asText();
        for (JsonNode a : c.get("articles")) {
          articles.put(a.asText(), label);
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : c.get("events")) {
          events.add(
              new GoldEvent(
                  e.get("type").asText(),
                  e.get("date").asText(),
                  e.get("article").asText(),
                  e.path("note").asText(""),
                  alsoIn(e)));
        }
        cases.add(new GoldCase(label, c.get("accused").asText(), events));
      }
      for (JsonNode u : root.get("unrelated")) {
        articles.put(u.get("article").asText(), "U");
      }
      return new DemoCases(articles, cases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
