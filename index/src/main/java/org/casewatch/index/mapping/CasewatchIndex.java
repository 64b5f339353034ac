package org.casewatch.index.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.casewatch.index.client.ElasticsearchClients;

/**
 * The indices casewatch owns, each a concrete, versioned index behind a stable alias.
 *
 * <p>Readers and writers use the {@link #alias()} only. The concrete index name carries the mapping
 * version ({@code casewatch-documents-v1}), so a mapping change that needs a reindex becomes a new
 * concrete index and an alias swap, never an in-place edit. Every name starts with {@code
 * casewatch-} because the Elasticsearch role casewatch runs with only grants {@code casewatch-*}.
 *
 * <p>The mapping of each version is the JSON resource {@code <alias without
 * prefix>-v<version>.json} next to this class; it uses only analyzers built into every
 * Elasticsearch distribution (no {@code analysis-common}), so it applies to the managed test node
 * and to a full cluster alike.
 */
public enum CasewatchIndex {
  /** Annotated articles, one per canonical URL. */
  DOCUMENTS("casewatch-documents", 1),
  /** Records that could not be processed, from every stage, with their reason. */
  DEAD_LETTERS("casewatch-dead-letters", 1),
  /** Allegation claims, one per claim id, each linked to its source document. */
  CLAIMS("casewatch-claims", 1),
  /** Case events, one per event id, each linked to its source document. */
  EVENTS("casewatch-events", 1),
  /** Allegation cases, one per accused person, computed from the claims and events. */
  CASES("casewatch-cases", 1),
  /** The status of each source (feed, sitemap, social query): polls, items, errors by kind. */
  SOURCES("casewatch-sources", 1);

  /** The prefix every casewatch index and alias carries. */
  public static final String PREFIX = "casewatch-";

  private final String alias;
  private final int version;

  CasewatchIndex(String alias, int version) {
    this.alias = alias;
    this.version = version;
  }

  /** The alias that readers and writers use, for example {@code casewatch-documents}. */
  public String alias() {
    return alias;
  }

  /** The mapping version this code writes. */
  public int version() {
    return version;
  }

  /** The concrete index for the current mapping version, for example {@code ...-documents-v1}. */
  public String concreteIndex() {
    return alias + "-v" + version;
  }

  /** The classpath resource name of the current mapping, relative to this class. */
  public String mappingResource() {
    return alias.substring(PREFIX.length()) + "-v" + version + ".json";
  }

  /**
   * Opens the {@code mappings} object of the current version alone (without the settings), as a
   * put-mapping request takes it.
   *
   * @throws UncheckedIOException when the resource is missing or not valid JSON (a packaging bug)
   */
  public InputStream openMappings() {
    try (InputStream in = openMapping()) {
      ObjectMapper json = ElasticsearchClients.objectMapper();
      return new ByteArrayInputStream(json.writeValueAsBytes(json.readTree(in).path("mappings")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens the settings-and-mappings JSON of the current version.
   *
   * @throws UncheckedIOException when the resource is missing from the classpath (a packaging bug)
   */
  public InputStream openMapping() {
    InputStream in = CasewatchIndex.class.getResourceAsStream(mappingResource());
    if (in == null) {
      throw new UncheckedIOException(
          new java.io.FileNotFoundException(
              String.format(
                  Locale.ROOT, "mapping resource %s not on classpath", mappingResource())));
    }
    return in;
  }
}
