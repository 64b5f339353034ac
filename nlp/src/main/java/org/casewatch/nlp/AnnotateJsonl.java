package org.casewatch.nlp;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EventParty;
import org.casewatch.model.Evidence;
import org.casewatch.model.PartySentiment;
import org.casewatch.model.SentenceSentiment;
import org.casewatch.nlp.internal.Json;

/**
 * The runner of {@code casewatch annotate --input in.jsonl --output out.jsonl}: annotates one JSON
 * document per line and writes one result per line, in input order.
 *
 * <p>Input lines are {@code {"id", "text", "published"}} ({@code published} an ISO date or
 * date-time, or null). Output lines are {@code {"id", "language", "entities", "claims", "events",
 * "sentiment", "partial"}}; a line that cannot be read (bad JSON, no text) becomes {@code {"id",
 * "line", "error"}} and the run goes on. Progress goes to {@code progress} every {@link
 * #PROGRESS_EVERY} documents and at the end.
 *
 * <pre>{@code
 * AnnotateJsonl.Summary s = AnnotateJsonl.run(in, out, NlpConfig.defaults(), new PrintWriter(System.err, true));
 * }</pre>
 */
public final class AnnotateJsonl {

  /** How often progress is reported: every <b>50 documents</b>. */
  public static final int PROGRESS_EVERY = 50;

  /** What a run did: documents annotated and lines that became error lines. */
  public record Summary(int annotated, int errors) {}

  private AnnotateJsonl() {}

  /**
   * Annotates every line of {@code in} into {@code out} (created or replaced).
   *
   * @throws IOException when {@code in} cannot be read or {@code out} written
   */
  public static Summary run(Path in, Path out, NlpConfig config, PrintWriter progress)
      throws IOException {
    try (NlpAnnotator nlp = NlpAnnotators.create(config)) {
      return run(in, out, nlp, progress);
    }
  }

  /** Like {@link #run(Path, Path, NlpConfig, PrintWriter)} with an annotator the caller owns. */
  public static Summary run(Path in, Path out, NlpAnnotator nlp, PrintWriter progress)
      throws IOException {
    int annotated = 0;
    int errors = 0;
    int lineNo = 0;
    long start = System.nanoTime();
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        ObjectNode result;
        try {
          result = annotate(Json.mapper().readTree(line), nlp);
          annotated++;
        } catch (JacksonException | IllegalArgumentException e) {
          result = Json.mapper().createObjectNode();
          result.putNull("id");
          result.put("line", lineNo);
          result.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
          errors++;
        }
        writer.write(Json.mapper().writeValueAsString(result));
        writer.newLine();
        if ((annotated + errors) % PROGRESS_EVERY == 0) {
          report(progress, annotated, errors, start);
        }
      }
    }
    report(progress, annotated, errors, start);
    return new Summary(annotated, errors);
  }

  private static void report(PrintWriter progress, int annotated, int errors, long start) {
    progress.printf(
        java.util.Locale.ROOT,
        "annotated %d documents, %d error lines, %.1f s%n",
        annotated,
        errors,
        (System.nanoTime() - start) / 1e9);
    progress.flush();
  }

  static ObjectNode annotate(JsonNode doc, NlpAnnotator nlp) {
    if (doc == null || !doc.isObject()) {
      throw new IllegalArgumentException("a line must be a JSON object");
    }
    String text = Json.text(doc, "text");
    if (text == null) {
      throw new IllegalArgumentException("no text");
    }
    NlpResult r = nlp.annotateDetailed("", text, published(Json.text(doc, "published")));
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("id", Json.text(doc, "id"));
    o.put("language", r.annotations().language());
    ArrayNode entities = o.putArray("entities");
    for (EntityMention m : r.annotations().entities()) {
      entities
          .addObject()
          .put("text", m.text())
          .put("type", m.type().name())
          .put("canonical_name", m.canonicalName())
          .put("begin", m.begin())
          .put("end", m.end());
    }
    ArrayNode claims = o.putArray("claims");
    for (Claim c : r.claims()) {
      ObjectNode j = claims.addObject();
      party(j, "accused", c.accused());
      party(j, "accuser", c.accuser());
      j.put("act", c.act()).put("modality", c.modality()).put("asserted_by", c.assertedBy());
      j.put("incident_date", c.incidentDate()).put("reported_date", c.reportedDate());
      j.put("setting", c.setting());
      ArrayNode ev = j.putArray("evidence");
      c.evidence().forEach(e -> evidence(ev.addObject(), e));
      j.put("confidence", c.confidence());
    }
    ArrayNode events = o.putArray("events");
    for (CaseEvent e : r.events()) {
      ObjectNode j = events.addObject();
      j.put("type", e.type()).put("date", e.date()).put("date_kind", e.dateKind());
      ArrayNode parties = j.putArray("parties");
      for (EventParty p : e.parties()) {
        parties.addObject().put("name", p.name()).put("role", p.role());
      }
      evidence(j.putObject("evidence"), e.evidence());
      j.put("confidence", e.confidence());
    }
    ObjectNode sentiment = o.putObject("sentiment");
    if (r.annotations().sentiment() == null) {
      sentiment.putNull("document");
    } else {
      sentiment
          .putObject("document")
          .put("label", r.annotations().sentiment().label())
          .put("score", r.annotations().sentiment().score());
    }
    ArrayNode sentences = sentiment.putArray("sentences");
    for (SentenceSentiment s : r.annotations().sentences()) {
      sentences
          .addObject()
          .put("begin", s.begin())
          .put("end", s.end())
          .put("score", s.sentiment().score());
    }
    ArrayNode toward = sentiment.putArray("parties");
    for (PartySentiment p : r.partySentiments()) {
      toward
          .addObject()
          .put("party", p.party())
          .put("role", p.role())
          .put("score", p.score())
          .put("sentences", p.sentences());
    }
    o.put("partial", r.annotations().partial());
    return o;
  }

  private static void party(ObjectNode j, String field, ClaimParty p) {
    if (p == null) {
      j.putNull(field);
    } else {
      j.putObject(field).put("name", p.name()).put("mention", p.mention());
    }
  }

  private static void evidence(ObjectNode j, Evidence e) {
    j.put("text", e.text()).put("begin", e.begin()).put("end", e.end());
  }

  /** The date of an ISO date or date-time, or null when absent or unreadable. */
  static LocalDate published(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
