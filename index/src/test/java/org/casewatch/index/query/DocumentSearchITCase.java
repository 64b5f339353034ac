package org.casewatch.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casewatch.index.mapping.DeadLetterSource;
import org.casewatch.index.mapping.DocumentSource;
import org.casewatch.index.mapping.Indices;
import org.casewatch.index.mapping.SampleDocuments;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Annotations;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;
import org.casewatch.model.Ids;
import org.casewatch.model.Sentiment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ElasticsearchExtension.class)
class DocumentSearchITCase {

  private ElasticsearchClient client;
  private DocumentSearch search;

  @BeforeEach
  void indexFixtures(ElasticsearchClient client) throws IOException {
    this.client = client;
    this.search = new DocumentSearch(client);
    Indices.reset(client);
    index(
        document(
            1,
            "Producer accused of harassment",
            "Several women accused the producer of harassment on set.",
            List.of("several", "woman", "accuse", "the", "producer", "of", "harassment"),
            List.of(weinstein("Harvey Weinstein"), weinstein("Weinstein"), org("Miramax"))));
    index(
        document(
            2,
            "Studio responds to lawsuit",
            "The studio denied the claims in a statement.",
            List.of("the", "studio", "deny", "the", "claim", "in", "a", "statement"),
            List.of(weinstein("Harvey Weinstein"), org("Miramax"), place("New York"))));
    index(
        document(
            3,
            "Festival line-up announced",
            "The festival announced its programme for the summer.",
            List.of("the", "festival", "announce", "its", "programme"),
            List.of(org("Sundance"), place("Park City"))));
    indexDeadLetter("one", "fetch", "2026-03-01T10:00:00Z");
    indexDeadLetter("two", "nlp", "2026-03-01T11:00:00Z");
    Indices.refresh(client);
  }

  @Test
  void findsDocumentsByAWordInTitleOrBody() throws IOException {
    SearchResult result = search.search("harassment", 10);

    assertThat(result.total()).isEqualTo(1);
    DocumentHit hit = result.hits().get(0);
    assertThat(hit.title()).isEqualTo("Producer accused of harassment");
    assertThat(hit.url()).isEqualTo(SampleDocuments.canonicalUrl(1));
    assertThat(hit.canonicalUrl()).isEqualTo(SampleDocuments.canonicalUrl(1));
    assertThat(hit.source()).isEqualTo("News Example");
    assertThat(hit.sentiment()).isEqualTo(new Sentiment("negative", -0.5));
    assertThat(hit.entities())
        .containsExactly(
            new EntityRef("Harvey Weinstein", EntityType.PERSON),
            new EntityRef("Miramax", EntityType.ORGANIZATION));
  }

  @Test
  void findsDocumentsByALemmaThatIsNotInTheText() throws IOException {
    SearchResult result = search.search("deny claim", 10);

    assertThat(result.hits())
        .extracting(DocumentHit::title)
        .containsExactly("Studio responds to lawsuit");
  }

  @Test
  void findsDocumentsByEntityText() throws IOException {
    assertThat(search.search("Weinstein", 10).hits())
        .extracting(DocumentHit::id)
        .containsExactlyInAnyOrder(
            Ids.documentId(SampleDocuments.canonicalUrl(1)),
            Ids.documentId(SampleDocuments.canonicalUrl(2)));
    assertThat(search.search("Park City", 10).hits())
        .extracting(DocumentHit::title)
        .containsExactly("Festival line-up announced");
  }

  @Test
  void searchSyntaxCannotReachOtherFieldsOrFail() throws IOException {
    assertThat(search.search("source:\"News Example\"", 10).total()).isZero();
    assertThat(search.search("*:*", 10).total()).isZero();
    assertThat(search.search("\" } }, \"script\"", 10).total()).isZero();
    assertThatThrownBy(() -> search.search(" ", 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> search.search("x", 101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsDocuments() throws IOException {
    assertThat(search.count()).isEqualTo(3);
    assertThat(search.deadLetterCount()).isEqualTo(2);
  }

  @Test
  void topEntitiesCountsDocumentsPerType() throws IOException {
    Map<EntityType, List<EntityCount>> top = search.topEntities(5);

    assertThat(top.get(EntityType.PERSON))
        .containsExactly(new EntityCount("Harvey Weinstein", EntityType.PERSON, 2));
    assertThat(top.get(EntityType.ORGANIZATION))
        .containsExactly(
            new EntityCount("Miramax", EntityType.ORGANIZATION, 2),
            new EntityCount("Sundance", EntityType.ORGANIZATION, 1));
    assertThat(top.get(EntityType.LOCATION))
        .containsExactly(
            new EntityCount("New York", EntityType.LOCATION, 1),
            new EntityCount("Park City", EntityType.LOCATION, 1));
    assertThat(search.topEntities(1).get(EntityType.ORGANIZATION))
        .containsExactly(new EntityCount("Miramax", EntityType.ORGANIZATION, 2));
  }

  @Test
  void topEntitiesNeverListAComplainantWhoIsNotAPublicFigure() throws IOException {
    index(
        document(
            4,
            "Assistant gives evidence",
            "Jo Private said the producer harassed her.",
            List.of("jo", "private", "say", "the", "producer", "harass", "her"),
            List.of(weinstein("Harvey Weinstein"), person("Jo Private"), person("Jo Private"))));
    index(
        document(
            5,
            "Second account",
            "Jo Private and Famous Actor spoke to reporters.",
            List.of("jo", "private", "and", "famous", "actor", "speak"),
            List.of(person("Jo Private"), person("Famous Actor"))));
    QueryFixtures.load(
        client,
        org.casewatch.index.mapping.CasewatchIndex.CLAIMS,
        List.of(
            QueryFixtures.claim(
                "c-private",
                Ids.documentId(SampleDocuments.canonicalUrl(4)),
                "news.example",
                Instant.parse("2026-03-01T10:00:00Z"),
                "sexual_harassment",
                "asserted",
                "Harvey Weinstein",
                "Jo Private",
                false,
                "Jo Private said the producer harassed her.",
                null,
                -0.7)));
    Indices.refresh(client);

    Map<EntityType, List<EntityCount>> top = search.topEntities(5);

    // counted once per document however often a document names them
    assertThat(top.get(EntityType.PERSON))
        .containsExactly(
            new EntityCount("Harvey Weinstein", EntityType.PERSON, 3),
            new EntityCount("Famous Actor", EntityType.PERSON, 1));
    assertThat(top.toString()).doesNotContain("Jo Private");
  }

  @Test
  void listsRecentDeadLettersNewestFirst() throws IOException {
    List<DeadLetter> letters = search.deadLetters(10);

    assertThat(letters).extracting(DeadLetter::id).containsExactly("two", "one");
    assertThat(letters.get(0).stage()).isEqualTo("nlp");
    assertThat(letters.get(0).sourceUrl()).isEqualTo("https://news.example/two");
    assertThat(letters.get(0).reason()).isEqualTo("failed: two");
    assertThat(search.deadLetters(1)).hasSize(1);
  }

  private void index(AnnotatedDocument document) throws IOException {
    client.index(
        i ->
            i.index("casewatch-documents").id(document.id()).document(DocumentSource.of(document)));
  }

  private void indexDeadLetter(String id, String stage, String failedAt) throws IOException {
    DeadLetter letter =
        new DeadLetter(
            id,
            "https://news.example/" + id,
            stage,
            "SOME_ERROR",
            "failed: " + id,
            0,
            Instant.parse(failedAt));
    client.index(
        i ->
            i.index("casewatch-dead-letters")
                .id(DeadLetterSource.id(letter))
                .document(DeadLetterSource.of(letter, "{\"x\":1}", 100)));
  }

  private static AnnotatedDocument document(
      int n, String title, String body, List<String> lemmas, List<EntityMention> entities) {
    AnnotatedDocument base = SampleDocuments.document(n, title, body);
    Annotations annotations =
        new Annotations("en", entities, lemmas, new Sentiment("negative", -0.5), List.of(), false);
    return new AnnotatedDocument(
        new Article(
            SampleDocuments.canonicalUrl(n),
            SampleDocuments.canonicalUrl(n),
            base.article().source(),
            title,
            body,
            base.article().publishedAt(),
            base.article().fetchedAt()),
        annotations);
  }

  /** A mention of one person, written as {@code text}. */
  private static EntityMention weinstein(String text) {
    return new EntityMention(text, EntityType.PERSON, "Harvey Weinstein", 0, 0);
  }

  private static EntityMention person(String name) {
    return new EntityMention(name, EntityType.PERSON, name, 0, 0);
  }

  private static EntityMention org(String name) {
    return new EntityMention(name, EntityType.ORGANIZATION, name, 0, 0);
  }

  private static EntityMention place(String name) {
    return new EntityMention(name, EntityType.LOCATION, name, 0, 0);
  }
}
