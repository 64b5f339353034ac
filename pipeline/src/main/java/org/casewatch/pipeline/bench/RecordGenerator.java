package org.casewatch.pipeline.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.casewatch.model.Ids;

/**
 * Writes the claims, events and cases of the benchmark corpus, consistent with its documents: claim
 * {@code j} and event {@code j} come from the document that carries claim {@code j}, quote its
 * opening sentence, and belong to that document's case; a case lists exactly the claims and events
 * assigned to it, in timeline order, with its publisher count and monthly sentiment computed from
 * its documents. Shapes follow {@code claims-v1.json}, {@code events-v1.json} and {@code
 * cases-v1.json}. Thread-safe.
 */
final class RecordGenerator {

  private static final List<String> MODALITIES =
      List.of("alleged", "denied", "confirmed_by_authority", "retracted");
  private static final double[] MODALITY_WEIGHTS = {75, 15, 8, 2};
  private static final List<String> ASSERTED_BY =
      List.of("accuser", "reporter", "unnamed_source", "lawsuit", "police", "prosecutor", "court");
  private static final double[] ASSERTED_WEIGHTS = {40, 25, 10, 10, 7, 5, 3};

  private final DocumentGenerator documents;
  private final CasePlan plan;
  private final long seed;

  RecordGenerator(DocumentGenerator documents) {
    this.documents = documents;
    this.plan = documents.plan();
    this.seed = documents.scale().seed();
  }

  /** The id of claim {@code j}. */
  String claimId(int claim) {
    return Hashing.hex32(seed, 10, claim);
  }

  /** The id of event {@code j}. */
  String eventId(int claim) {
    return Hashing.hex32(seed, 11, claim);
  }

  /** Claim {@code j} as a {@code casewatch-claims} document. */
  Map<String, Object> claim(int j) {
    DocumentGenerator.Meta meta = documents.meta(documents.scale().documentOfClaim(j));
    int c = meta.caseIndex();
    SplittableRandom random = Hashing.random(seed, 12, j);
    String evidence = documents.claimSentence(meta);
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("id", claimId(j));
    putProvenance(claim, meta);
    claim.put("canonical_url", meta.url());
    LocalDate reported = meta.published().atZone(ZoneOffset.UTC).toLocalDate();
    claim.put("reported_date", reported.toString());
    claim.put("reported_from", reported.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
    if (random.nextInt(3) > 0) {
      int year = reported.getYear() - random.nextInt(4);
      String incident =
          random.nextBoolean() ? Integer.toString(year) : year + "-" + pad(1 + random.nextInt(12));
      claim.put("incident_date", incident);
      claim.put("incident_from", incidentFrom(incident));
    }
    claim.put(
        "act",
        random.nextInt(5) > 0
            ? plan.act(c)
            : CasePlan.ACTS.get(random.nextInt(CasePlan.ACTS.size())));
    claim.put("modality", MODALITIES.get(CasePlan.weighted(random, MODALITY_WEIGHTS)));
    claim.put("asserted_by", ASSERTED_BY.get(CasePlan.weighted(random, ASSERTED_WEIGHTS)));
    String accused = plan.accused(c);
    claim.put("accused", party(accused, random.nextBoolean() ? accused : surname(accused), null));
    int accuser = documents.namedAccuser(meta);
    if (accuser >= 0) {
      String name = plan.accuser(c, accuser);
      claim.put("accuser", party(name, name, true));
    } else if (random.nextBoolean()) {
      claim.put("accuser", party("former employee", "A former employee", false));
    }
    claim.put("setting", Names.SETTINGS.get(random.nextInt(Names.SETTINGS.size())));
    claim.put("evidence", List.of(Map.of("text", evidence, "begin", 0, "end", evidence.length())));
    claim.put("quote", evidence);
    claim.put("confidence", 0.5 + 0.5 * random.nextDouble());
    if (documents.claimAssigned(j)) {
      claim.put("case_id", documents.caseId(c));
    }
    claim.put(
        "sentiment_accused", Math.max(-1, Math.min(1, -0.4 + 0.3 * CasePlan.gaussian(random))));
    claim.put(
        "sentiment_accuser", Math.max(-1, Math.min(1, 0.1 + 0.3 * CasePlan.gaussian(random))));
    return claim;
  }

  /** Event {@code j}, the event that claim {@code j}'s document reports. */
  Map<String, Object> event(int j) {
    DocumentGenerator.Meta meta = documents.meta(documents.scale().documentOfClaim(j));
    int c = meta.caseIndex();
    int k = meta.claimInCase();
    SplittableRandom random = Hashing.random(seed, 13, j);
    String type = plan.eventType(c, k);
    String evidence = documents.claimSentence(meta);
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", eventId(j));
    putProvenance(event, meta);
    event.put("type", type);
    LocalDate day = eventDay(c, plan.realEvent(c, k));
    if ("accusation".equals(type)) {
      String month = day.minusMonths(6 + (Hashing.mix(c) & 31)).toString().substring(0, 7);
      event.put("date", month);
      event.put("date_from", incidentFrom(month));
      event.put("date_kind", "incident");
    } else {
      event.put("date", day.toString());
      event.put("date_from", day.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
      event.put("date_kind", "report");
    }
    List<Map<String, Object>> parties = new ArrayList<>();
    parties.add(Map.of("name", plan.accused(c), "role", "accused"));
    parties.add(Map.of("name", plan.organisation(c), "role", "organisation"));
    int accuser = documents.namedAccuser(meta);
    if (accuser >= 0) {
      parties.add(Map.of("name", plan.accuser(c, accuser), "role", "accuser"));
    }
    if (type.startsWith("police") || "arrest".equals(type) || "charge".equals(type)) {
      parties.add(Map.of("name", "Police of " + plan.country(c), "role", "authority"));
    }
    event.put("parties", parties);
    event.put("quote", evidence);
    event.put("evidence", Map.of("text", evidence, "begin", 0, "end", evidence.length()));
    event.put("confidence", 0.5 + 0.5 * random.nextDouble());
    if (documents.claimAssigned(j)) {
      event.put("case_id", documents.caseId(c));
    }
    return event;
  }

  /** Case {@code c} as a {@code casewatch-cases} document. */
  Map<String, Object> caseDocument(int c) {
    SplittableRandom random = Hashing.random(seed, 14, c);
    int first = plan.firstClaim(c);
    int n = plan.claimCount(c);
    List<String> claimIds = new ArrayList<>(n);
    List<String> eventIds = new ArrayList<>(n);
    Set<String> publishers = new LinkedHashSet<>();
    Map<String, double[]> months = new TreeMap<>();
    Instant firstSeen = null;
    Instant lastActivity = null;
    for (int k = 0; k < n; k++) {
      int j = first + k;
      if (!documents.claimAssigned(j)) {
        continue;
      }
      DocumentGenerator.Meta meta = documents.meta(documents.scale().documentOfClaim(j));
      claimIds.add(claimId(j));
      eventIds.add(eventId(j));
      if (!meta.copy()) {
        publishers.add(meta.publisher());
      }
      firstSeen =
          firstSeen == null || meta.published().isBefore(firstSeen) ? meta.published() : firstSeen;
      lastActivity =
          lastActivity == null || meta.published().isAfter(lastActivity)
              ? meta.published()
              : lastActivity;
      double[] month =
          months.computeIfAbsent(meta.published().toString().substring(0, 7), m -> new double[2]);
      month[0] += Math.max(-1, Math.min(1, -0.3 + 0.3 * CasePlan.gaussian(random)));
      month[1]++;
    }
    if (firstSeen == null) {
      DocumentGenerator.Meta meta = documents.meta(documents.scale().documentOfClaim(first));
      firstSeen = meta.published();
      lastActivity = meta.published();
    }
    String accused = plan.accused(c);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", documents.caseId(c));
    doc.put(
        "title",
        accused + ": alleged " + plan.act(c).replace('_', ' ') + " (" + plan.organisation(c) + ")");
    doc.put(
        "accused",
        Map.of("name", accused, "aliases", List.of(surname(accused), initialled(accused))));
    List<String> acts = new ArrayList<>(List.of(plan.act(c)));
    if (random.nextInt(4) == 0) {
      String other = CasePlan.ACTS.get(random.nextInt(CasePlan.ACTS.size()));
      if (!acts.contains(other)) {
        acts.add(other);
      }
    }
    doc.put("acts", acts);
    doc.put("organisations", List.of(plan.organisation(c)));
    String since = firstSeen.toString().substring(0, 10);
    List<Map<String, Object>> parties = new ArrayList<>();
    parties.add(partyEntry(accused, "accused", since, false));
    parties.add(partyEntry(plan.organisation(c), "organisation", since, true));
    for (int a = 0; a < 1 + random.nextInt(4); a++) {
      parties.add(partyEntry(plan.accuser(c, a), "accuser", since, plan.accuserPublic(c, a)));
    }
    doc.put("parties", parties);
    doc.put("status", status(plan.lastEventType(c), lastActivity));
    doc.put("first_seen", firstSeen.toString());
    doc.put("last_activity", lastActivity.toString());
    doc.put("claim_ids", claimIds);
    doc.put("event_ids", eventIds);
    doc.put("document_count", claimIds.size());
    doc.put("publisher_count", publishers.size());
    List<Map<String, Object>> sentiment = new ArrayList<>();
    for (Map.Entry<String, double[]> month : months.entrySet()) {
      double[] v = month.getValue();
      sentiment.add(Map.of("month", month.getKey(), "mean", v[0] / v[1], "n", (int) v[1]));
    }
    doc.put("sentiment", sentiment);
    if (random.nextInt(20) == 0) {
      doc.put(
          "merges",
          List.of(
              Map.of(
                  "at",
                  firstSeen.plus(30, ChronoUnit.DAYS).toString(),
                  "from_case",
                  "case-" + Hashing.hex32(seed, 15, c),
                  "reason",
                  "alias link: " + surname(accused) + " named in a later report",
                  "reversible",
                  true)));
    }
    doc.put("countries", List.of(plan.country(c)));
    doc.put("sector", plan.sector(c));
    return doc;
  }

  /** The case status the last event leads to; {@code dormant} after a year of silence. */
  static String status(String lastEventType, Instant lastActivity) {
    String status =
        switch (lastEventType) {
          case "police_report",
              "police_investigation",
              "internal_investigation",
              "complaint_to_employer",
              "suspension",
              "arrest",
              "detention" ->
              "under_investigation";
          case "charge" -> "charged";
          case "trial" -> "on_trial";
          case "conviction", "sentence" -> "convicted";
          case "acquittal" -> "acquitted";
          case "charges_dropped", "no_charges" -> "charges_dropped";
          case "civil_lawsuit", "defamation_lawsuit" -> "civil_suit";
          case "settlement" -> "settled";
          case "appeal" -> "appeal";
          default -> "reported";
        };
    boolean open = "reported".equals(status) || "under_investigation".equals(status);
    if (open && lastActivity.isBefore(CasePlan.WINDOW_END.minus(365, ChronoUnit.DAYS))) {
      return "dormant";
    }
    return status;
  }

  private LocalDate eventDay(int c, int realEvent) {
    int k = Math.min(plan.claimCount(c) - 1, realEvent * plan.reportsPerEvent(c));
    return plan.claimTime(c, k, new SplittableRandom(0)).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static void putProvenance(Map<String, Object> record, DocumentGenerator.Meta meta) {
    record.put("document_id", meta.id());
    record.put("url", meta.url());
    record.put("source", meta.source());
    record.put("publisher", meta.publisher());
    record.put("platform", meta.platform());
    record.put("syndication_group", meta.syndicationGroup());
    record.put("language", meta.language());
    record.put("published_at", meta.published().toString());
  }

  private static Map<String, Object> party(String name, String mention, Boolean publicFigure) {
    Map<String, Object> party = new LinkedHashMap<>();
    party.put("name", name);
    party.put("mention", mention);
    party.put("canonical", Ids.partyKey(name));
    if (publicFigure != null) {
      party.put("public_figure", publicFigure);
    }
    return party;
  }

  private static Map<String, Object> partyEntry(
      String name, String role, String since, boolean publicFigure) {
    Map<String, Object> party = new LinkedHashMap<>();
    party.put("name", name);
    party.put("role", role);
    party.put("since", since);
    party.put("public_figure", publicFigure);
    return party;
  }

  private static String incidentFrom(String partial) {
    String day =
        partial.length() == 4
            ? partial + "-01-01"
            : partial.length() == 7 ? partial + "-01" : partial;
    return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  private static String pad(int month) {
    return month < 10 ? "0" + month : Integer.toString(month);
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static String initialled(String name) {
    return name.charAt(0) + ". " + surname(name);
  }
}
