package org.casewatch.index.sink.internal;

import java.util.Objects;
import org.casewatch.index.sink.IndexAction;

/**
 * One whole-document {@code index} operation, partial {@code update} or {@code delete}, serialized,
 * plus how often it was sent already.
 *
 * <p>Mutable only in its attempt count, which the sender alone updates.
 */
public final class BulkItem {

  private final String index;
  private final String id;
  private final String sourceUrl;
  private final byte[] json;
  private final IndexAction.Kind kind;
  private int retries;

  /**
   * An operation.
   *
   * @param index the index or alias to write to
   * @param id the deterministic document id
   * @param sourceUrl where the record came from, for dead letters
   * @param json the UTF-8 JSON document
   */
  public BulkItem(String index, String id, String sourceUrl, byte[] json) {
    this(index, id, sourceUrl, json, false);
  }

  /**
   * An operation.
   *
   * @param index the index or alias to write to
   * @param id the deterministic document id
   * @param sourceUrl where the record came from, for dead letters
   * @param json the UTF-8 JSON document, or for an update the update body ({@code {"doc": ...}})
   * @param update true for a partial {@code update}, false for a whole-document {@code index}
   */
  public BulkItem(String index, String id, String sourceUrl, byte[] json, boolean update) {
    this(index, id, sourceUrl, json, update ? IndexAction.Kind.UPDATE : IndexAction.Kind.INDEX);
  }

  /**
   * An operation.
   *
   * @param index the index or alias to write to
   * @param id the deterministic document id
   * @param sourceUrl where the record came from, for dead letters
   * @param json the UTF-8 JSON document, the update body ({@code {"doc": ...}}), or for a delete
   *     what its dead letter keeps
   * @param kind index, update or delete
   */
  public BulkItem(String index, String id, String sourceUrl, byte[] json, IndexAction.Kind kind) {
    this.index = Objects.requireNonNull(index, "index");
    this.id = Objects.requireNonNull(id, "id");
    this.sourceUrl = sourceUrl == null ? "" : sourceUrl;
    this.json = Objects.requireNonNull(json, "json");
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** Whether this is a partial {@code update} rather than a whole-document {@code index}. */
  public boolean update() {
    return kind == IndexAction.Kind.UPDATE;
  }

  /** Whether this is a {@code delete}. */
  public boolean delete() {
    return kind == IndexAction.Kind.DELETE;
  }

  public String index() {
    return index;
  }

  public String id() {
    return id;
  }

  public String sourceUrl() {
    return sourceUrl;
  }

  /** The serialized document; not copied, do not modify. */
  public byte[] json() {
    return json;
  }

  /** The serialized size in bytes. */
  public int size() {
    return json.length;
  }

  /** How many times this item has been retried so far. */
  public int retries() {
    return retries;
  }

  int retried() {
    return ++retries;
  }
}
