package org.casewatch.pipeline.bench;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.casewatch.index.mapping.DocumentSource;
import org.casewatch.model.Ids;
import org.casewatch.model.Sentiment;

/**
 * Writes document {@code i} of the benchmark corpus, in the shape of the {@code
 * casewatch-documents} mapping, from the seed alone: the same index always gives the same document.
 *
 * <p>How: {@link #meta(long)} decides the cheap facts first (platform, publisher, date, syndication
 * group, which claim and case the document carries), which claims and events reuse without writing
 * bodies. {@link #document(long)} then writes a body of 300 to 800 Zipf-drawn words (20 to 120 for
 * social posts) with entity names woven in; a claim-bearing document opens with the sentence that
 * is its claim's evidence. Syndicated copies share their body seed, so they share body, title and
 * {@code body_hash} and differ in publisher and URL, like wire copy.
 *
 * <p>Immutable and serializable (a sink converter carries it); thread-safe.
 */
final class DocumentGenerator implements Serializable {

  private static final long serialVersionUID = 1L;

  static final List<String> PLATFORMS = List.of("web", "archive", "mastodon", "bluesky", "reddit");
  private static final double[] PLATFORM_SHARES = {0.85, 0.87, 0.93, 0.97, 1.0};
  private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");
  private static final int GENERAL_PEOPLE = 60_000;

  /** The facts of a document that claims, events and cases need too. */
  record Meta(
      long index,
      String id,
      String url,
      String title,
      String publisher,
      String source,
      String platform,
      String language,
      Instant published,
      String syndicationGroup,
      long bodySeed,
      int claim,
      int caseIndex,
      int claimInCase,
      boolean copy) {

    boolean hasClaim() {
      return claim >= 0;
    }
  }

  private final BenchScale scale;
  private final Vocabulary vocabulary;
  private final CasePlan plan;
  private final String[] caseIds;

  DocumentGenerator(BenchScale scale, Vocabulary vocabulary, CasePlan plan) {
    this.scale = scale;
    this.vocabulary = vocabulary;
    this.plan = plan;
    this.caseIds = new String[plan.cases()];
    for (int c = 0; c < caseIds.length; c++) {
      caseIds[c] = "case-" + Ids.documentId("accused:" + Ids.partyKey(plan.accused(c)));
    }
  }

  BenchScale scale() {
    return scale;
  }

  CasePlan plan() {
    return plan;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The deterministic id of case {@code c}. */
  String caseId(int c) {
    return caseIds[c];
  }

  /** Whether claim {@code j} was assigned to its case (19 in 20 are). */
  boolean claimAssigned(int claim) {
    return Hashing.mix(scale.seed(), 7, claim) % 20 != 0;
  }

  /** The cheap facts of document {@code i}. */
  Meta meta(long i) {
    long seed = scale.seed();
    SplittableRandom random = Hashing.random(seed, 2, i);
    int claim = scale.claimOfDocument(i);
    int caseIndex = -1;
    int k = -1;
    boolean copy = false;
    Instant published;
    String group;
    long bodySeed;
    if (claim >= 0) {
      caseIndex = plan.caseOfClaim(claim);
      k = claim - plan.firstClaim(caseIndex);
      published = plan.claimTime(caseIndex, k, random);
      int event = plan.realEvent(caseIndex, k);
      long eventKey = (long) caseIndex * 1_000_000L + event;
      boolean first = k % plan.reportsPerEvent(caseIndex) == 0;
      copy = !first && Hashing.mix(seed, 3, claim) % 10 < 6;
      if (first || copy) {
        group = "sg-" + Hashing.hex16(Hashing.mix(seed, 4, eventKey));
        bodySeed = Hashing.mix(seed, 4, eventKey);
      } else {
        group = "sg-" + Hashing.hex16(Hashing.mix(seed, 5, i));
        bodySeed = Hashing.mix(seed, 5, i);
      }
    } else {
      long block = i / 4;
      if (Hashing.mix(seed, 6, block) % 5 == 0) {
        SplittableRandom blockRandom = Hashing.random(seed, 6, block);
        copy = i % 4 != 0;
        published = dayInWindow(blockRandom).plusSeconds(3600L * (i % 4) + random.nextInt(3600));
        group = "sg-" + Hashing.hex16(Hashing.mix(seed, 6, block));
        bodySeed = Hashing.mix(seed, 6, block);
      } else {
        published = dayInWindow(random).plusSeconds(random.nextInt(86_400));
        group = "sg-" + Hashing.hex16(Hashing.mix(seed, 5, i));
        bodySeed = Hashing.mix(seed, 5, i);
      }
    }
    String platform = platform(random.nextDouble(), copy);
    int publisherIndex = CasePlan.zipf(random, Names.webPublisherCount());
    String language = LANGUAGES.get(random.nextDouble() < 0.88 ? 0 : 1 + random.nextInt(3));
    String title = title(new SplittableRandom(bodySeed), caseIndex, k);
    String publisher;
    String source;
    String url;
    long user = random.nextInt(50_000);
    switch (platform) {
      case "mastodon" -> {
        publisher = Names.MASTODON.get(CasePlan.zipf(random, Names.MASTODON.size()));
        source = publisher + " #MeToo";
        url =
            "https://"
                + publisher
                + "/@user"
                + user
                + "/"
                + Hashing.mix(seed, 8, i) % 1_000_000_000_000L;
      }
      case "bluesky" -> {
        publisher = "bsky.app";
        source = "Bluesky search";
        url =
            "https://bsky.app/profile/user"
                + user
                + ".bsky.social/post/"
                + Hashing.hex16(Hashing.mix(seed, 8, i)).substring(0, 13);
      }
      case "reddit" -> {
        publisher = "reddit.com";
        source = "r/MeToo";
        url =
            "https://www.reddit.com/r/MeToo/comments/"
                + Long.toString(Math.abs(Hashing.mix(seed, 8, i) % 2_000_000_000L), 36)
                + "/";
      }
      default -> {
        publisher = Names.webPublisher(publisherIndex);
        source = Names.webSource(publisherIndex);
        ZonedDateTime at = published.atZone(ZoneOffset.UTC);
        int month = at.getMonthValue();
        String path =
            "/" + at.getYear() + (month < 10 ? "/0" : "/") + month + "/" + slug(title) + "-" + i;
        url =
            "archive".equals(platform)
                ? "https://web.archive.org/web/" + at.getYear() + "/https://" + publisher + path
                : "https://" + publisher + path;
        if ("archive".equals(platform)) {
          publisher = "web.archive.org";
        }
      }
    }
    return new Meta(
        i,
        Ids.documentId(url),
        url,
        title,
        publisher,
        source,
        platform,
        language,
        published,
        group,
        bodySeed,
        claim,
        caseIndex,
        k,
        copy);
  }

  /** The whole index document {@code i}, as JSON maps. */
  Map<String, Object> document(long i) {
    Meta meta = meta(i);
    SplittableRandom random = new SplittableRandom(meta.bodySeed());
    SplittableRandom own = Hashing.random(scale.seed(), 9, i);
    List<String[]> entities = entities(random, meta);
    boolean social = List.of("mastodon", "bluesky", "reddit").contains(meta.platform());
    int target = social ? 20 + random.nextInt(101) : 300 + random.nextInt(501);
    StringBuilder body = new StringBuilder(target * 8);
    List<Map<String, Object>> sentences = new ArrayList<>();
    double tone = 0.5 * CasePlan.gaussian(random) - (meta.hasClaim() ? 0.3 : 0.0);
    double toneSum = 0;
    int words = 0;
    if (meta.hasClaim()) {
      String evidence = claimSentence(meta);
      body.append(evidence);
      sentences.add(sentence(0, evidence.length(), tone - 0.4));
      toneSum += tone - 0.4;
      words += evidence.split(" ").length;
    }
    while (words < target) {
      int begin = body.length() == 0 ? 0 : body.length() + 1;
      if (body.length() > 0) {
        body.append(' ');
      }
      int length = 8 + random.nextInt(21);
      for (int w = 0; w < length; w++) {
        String word =
            random.nextInt(40) == 0
                ? entities.get(random.nextInt(entities.size()))[0]
                : vocabulary.sample(random);
        if (w == 0) {
          word = Names.capitalize(word);
        } else {
          body.append(' ');
        }
        body.append(word);
      }
      body.append('.');
      double score = Math.max(-1, Math.min(1, tone + 0.3 * CasePlan.gaussian(random)));
      toneSum += score;
      sentences.add(sentence(begin, body.length(), score));
      words += length;
    }
    String text = body.toString();
    double documentScore = Math.max(-1, Math.min(1, toneSum / sentences.size()));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", meta.id());
    doc.put("url", meta.url());
    doc.put("canonical_url", meta.url());
    doc.put("source", meta.source());
    doc.put("publisher", meta.publisher());
    doc.put("platform", meta.platform());
    if (!social && own.nextInt(10) < 7) {
      doc.put("author", Names.person(plan.cases() * 5 + GENERAL_PEOPLE + CasePlan.zipf(own, 5000)));
    }
    doc.put("title", meta.title());
    doc.put("body", text);
    doc.put("published_at", meta.published().toString());
    doc.put("fetched_at", meta.published().plusSeconds(60 + own.nextInt(7200)).toString());
    doc.put("language", meta.language());
    List<Map<String, Object>> entityList = new ArrayList<>(entities.size());
    for (String[] entity : entities) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("text", entity[0]);
      e.put("type", entity[1]);
      e.put("canonical_name", entity[0]);
      entityList.add(e);
    }
    doc.put("entities", entityList);
    Set<String> entityKeys = new LinkedHashSet<>();
    for (String[] entity : entities) {
      entityKeys.add(DocumentSource.entityKey(entity[1], entity[0]));
    }
    doc.put(DocumentSource.ENTITY_KEYS, new ArrayList<>(entityKeys));
    doc.put("sentiment", Map.of("label", Sentiment.labelOf(documentScore), "score", documentScore));
    doc.put("sentences", sentences);
    doc.put("lemmas", text.toLowerCase(Locale.ROOT));
    doc.put("nlp_partial", false);
    doc.put(
        "body_hash", Hashing.hex16(Hashing.mix(meta.bodySeed())) + Hashing.hex16(meta.bodySeed()));
    doc.put("syndication_group", meta.syndicationGroup());
    boolean assigned = meta.hasClaim() && claimAssigned(meta.claim());
    doc.put("claim_count", meta.hasClaim() ? 1 : 0);
    doc.put("event_count", meta.hasClaim() ? 1 : 0);
    doc.put("case_ids", assigned ? List.of(caseIds[meta.caseIndex()]) : List.of());
    boolean deleted = false;
    if (own.nextInt(100) < 3) {
      List<Map<String, Object>> revisions = new ArrayList<>();
      int count = 1 + own.nextInt(3);
      Instant at = meta.published();
      for (int r = 0; r < count; r++) {
        at = at.plusSeconds(3600L + own.nextInt(30 * 86_400));
        String kind = r == count - 1 && own.nextInt(3) == 0 ? "deleted" : "edited";
        deleted = "deleted".equals(kind);
        Map<String, Object> revision = new LinkedHashMap<>();
        revision.put("at", at.toString());
        revision.put("kind", kind);
        revision.put("http_status", deleted ? 404 : 200);
        revision.put("size_change", deleted ? -text.length() : own.nextInt(400) - 200);
        revision.put("body_hash", Hashing.hex16(own.nextLong()) + Hashing.hex16(own.nextLong()));
        revisions.add(revision);
      }
      doc.put("revisions", revisions);
    }
    doc.put("deleted", deleted);
    return doc;
  }

  /**
   * The sentence a claim-bearing document opens with: its claim's evidence, identical in every
   * syndicated copy because it depends only on the case, the event and the body seed.
   */
  String claimSentence(Meta meta) {
    int c = meta.caseIndex();
    SplittableRandom random = new SplittableRandom(meta.bodySeed() ^ 0x5eedL);
    int accuser = random.nextInt(4);
    String who =
        plan.accuserPublic(c, accuser)
            ? plan.accuser(c, accuser)
            : List.of("A former employee", "A colleague", "A woman", "A former student")
                .get(random.nextInt(4));
    int year = meta.published().atZone(ZoneOffset.UTC).getYear() - random.nextInt(4);
    return who
        + " alleged that "
        + plan.accused(c)
        + " "
        + plan.actPhrase(c)
        + " her "
        + Names.SETTINGS.get(random.nextInt(Names.SETTINGS.size()))
        + " of "
        + plan.organisation(c)
        + " in "
        + year
        + ".";
  }

  /** The accuser index named in a claim document, or -1 when the accuser is anonymous. */
  int namedAccuser(Meta meta) {
    SplittableRandom random = new SplittableRandom(meta.bodySeed() ^ 0x5eedL);
    int accuser = random.nextInt(4);
    return plan.accuserPublic(meta.caseIndex(), accuser) ? accuser : -1;
  }

  private List<String[]> entities(SplittableRandom random, Meta meta) {
    List<String[]> entities = new ArrayList<>();
    if (meta.hasClaim()) {
      int c = meta.caseIndex();
      entities.add(new String[] {plan.accused(c), "PERSON"});
      entities.add(new String[] {plan.organisation(c), "ORGANIZATION"});
      entities.add(new String[] {plan.country(c), "LOCATION"});
    }
    int more = 2 + random.nextInt(6);
    for (int e = 0; e < more; e++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        int person =
            random.nextInt(3) == 0
                ? CasePlan.zipf(random, plan.cases())
                : plan.cases() * 5 + CasePlan.zipf(random, GENERAL_PEOPLE);
        entities.add(new String[] {Names.person(person), "PERSON"});
      } else if (kind < 8) {
        entities.add(
            new String[] {
              Names.organisation(CasePlan.zipf(random, Names.organisationCount())), "ORGANIZATION"
            });
      } else {
        entities.add(
            new String[] {
              Names.capitalize(Names.CITIES.get(CasePlan.zipf(random, Names.CITIES.size()))),
              "LOCATION"
            });
      }
    }
    return entities;
  }

  private String title(SplittableRandom random, int caseIndex, int k) {
    if (caseIndex >= 0) {
      String type = plan.eventType(caseIndex, k).replace('_', ' ');
      return plan.accused(caseIndex)
          + ": "
          + type
          + " in "
          + plan.act(caseIndex).replace('_', ' ')
          + " case at "
          + plan.organisation(caseIndex);
    }
    int length = 6 + random.nextInt(7);
    StringBuilder title = new StringBuilder();
    for (int w = 0; w < length; w++) {
      if (w > 0) {
        title.append(' ');
      }
      title.append(Names.capitalize(vocabulary.sample(random)));
    }
    return title.toString();
  }

  private static String slug(String title) {
    StringBuilder slug = new StringBuilder();
    int words = 0;
    for (String word : title.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (words++ > 0) {
        slug.append('-');
      }
      slug.append(word);
      if (words == 6) {
        break;
      }
    }
    return slug.toString();
  }

  private static Instant dayInWindow(SplittableRandom random) {
    int day = (int) (CasePlan.WINDOW_DAYS * Math.pow(random.nextDouble(), 0.8));
    return CasePlan.WINDOW_START.plusSeconds(86_400L * Math.min(day, CasePlan.WINDOW_DAYS - 1));
  }

  private static String platform(double draw, boolean copy) {
    if (copy) {
      return "web";
    }
    for (int p = 0; p < PLATFORM_SHARES.length; p++) {
      if (draw < PLATFORM_SHARES[p]) {
        return PLATFORMS.get(p);
      }
    }
    return "web";
  }

  private static Map<String, Object> sentence(int begin, int end, double score) {
    Map<String, Object> sentence = new LinkedHashMap<>();
    sentence.put("begin", begin);
    sentence.put("end", end);
    sentence.put("label", Sentiment.labelOf(score));
    sentence.put("score", score);
    return sentence;
  }
}
