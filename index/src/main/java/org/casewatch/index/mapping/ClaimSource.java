package org.casewatch.index.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.DocumentRef;
import org.casewatch.model.Evidence;
import org.casewatch.model.Ids;
import org.casewatch.model.PartialDates;

/**
 * The JSON shape of a {@link ClaimRecord} in the {@link CasewatchIndex#CLAIMS} index.
 *
 * <p>Field names match {@code claims-v1.json} ({@code dynamic: strict}). Partial dates are kept as
 * written ({@code reported_date}, {@code incident_date}) plus their first instant ({@code
 * reported_from}, {@code incident_from}) for sorting and ranges; absent values are left out rather
 * than written as null. {@code quote} is the first evidence sentence, for display: an allegation is
 * always shown with its source, date and quote.
 */
public final class ClaimSource {

  /** The claim id field; equals the Elasticsearch {@code _id}. */
  public static final String ID = "id";

  /** The id of the source document in {@code casewatch-documents}. */
  public static final String DOCUMENT_ID = "document_id";

  /** The alleged act. */
  public static final String ACT = "act";

  /** alleged, denied, confirmed_by_authority or retracted. */
  public static final String MODALITY = "modality";

  /** The accused object: name, mention, canonical. */
  public static final String ACCUSED = "accused";

  /** The accuser object: name, mention, canonical, public_figure; absent when unknown. */
  public static final String ACCUSER = "accuser";

  /** Nested evidence spans: text, begin, end. */
  public static final String EVIDENCE = "evidence";

  /** The first evidence sentence. */
  public static final String QUOTE = "quote";

  /** The case id, absent before case assignment. */
  public static final String CASE_ID = "case_id";

  private ClaimSource() {}

  /** The index-ready JSON object of a claim record. */
  public static Map<String, Object> of(ClaimRecord record) {
    Claim claim = record.claim();
    Map<String, Object> source = new LinkedHashMap<>();
    source.put(ID, record.id());
    putDocument(source, record.document(), true);
    putDate(source, "reported_date", "reported_from", claim.reportedDate());
    putDate(source, "incident_date", "incident_from", claim.incidentDate());
    source.put(ACT, claim.act());
    source.put(MODALITY, claim.modality());
    source.put("asserted_by", claim.assertedBy());
    source.put(ACCUSED, party(claim.accused(), null));
    if (claim.accuser() != null) {
      source.put(ACCUSER, party(claim.accuser(), record.accuserPublicFigure()));
    }
    putIfPresent(source, "setting", claim.setting());
    List<Map<String, Object>> evidence = new ArrayList<>(claim.evidence().size());
    for (Evidence span : claim.evidence()) {
      evidence.add(evidence(span));
    }
    source.put(EVIDENCE, evidence);
    source.put(QUOTE, claim.evidence().get(0).text());
    source.put("confidence", claim.confidence());
    putIfPresent(source, CASE_ID, record.caseId());
    putIfPresent(source, "sentiment_accused", record.sentimentAccused());
    putIfPresent(source, "sentiment_accuser", record.sentimentAccuser());
    return source;
  }

  /** Writes the document metadata every claim and event carries. */
  static void putDocument(Map<String, Object> source, DocumentRef document, boolean canonical) {
    source.put(DOCUMENT_ID, document.id());
    source.put("url", document.url());
    if (canonical) {
      source.put("canonical_url", document.canonicalUrl());
    }
    source.put("source", document.source());
    putIfPresent(source, "publisher", document.publisher());
    putIfPresent(source, "platform", document.platform());
    putIfPresent(source, "syndication_group", document.syndicationGroup());
    source.put("language", document.language());
    Instant published = document.publishedAt();
    if (published != null) {
      source.put("published_at", published.toString());
    }
  }

  /** Writes a partial date as its keyword and, when it has one, its first instant. */
  static void putDate(Map<String, Object> source, String field, String fromField, String date) {
    if (date == null || date.isBlank()) {
      return;
    }
    source.put(field, date);
    Instant from = PartialDates.firstInstant(date);
    if (from != null) {
      source.put(fromField, from.toString());
    }
  }

  static Map<String, Object> evidence(Evidence span) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("text", span.text());
    map.put("begin", span.begin());
    map.put("end", span.end());
    return map;
  }

  static void putIfPresent(Map<String, Object> source, String field, Object value) {
    if (value != null) {
      source.put(field, value);
    }
  }

  private static Map<String, Object> party(ClaimParty party, Boolean publicFigure) {
    Map<String, Object> map = new LinkedHashMap<>();
    putIfPresent(map, "name", party.name());
    map.put("mention", party.mention());
    map.put("canonical", Ids.partyKey(party.key()));
    putIfPresent(map, "public_figure", publicFigure);
    return map;
  }
}
