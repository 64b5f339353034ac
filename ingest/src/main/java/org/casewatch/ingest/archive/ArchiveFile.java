package org.casewatch.ingest.archive;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One archive file to read for backfill, with the field mapping of a post export.
 *
 * <p>For {@link ArchiveFormat#JSONL} and {@link ArchiveFormat#CSV} files, {@code fields} maps our
 * document fields ({@link #DOCUMENT_FIELDS}) to the export's names: a CSV column name, or for JSONL
 * a JSON pointer ({@code /user/handle}) or a top-level key ({@code handle}). {@code text} is
 * required, and so is {@code url} or {@code id}. WARC files take no mapping: the URL is the
 * record's {@code WARC-Target-URI} and the rest comes from the page.
 *
 * <pre>{@code
 * ArchiveFile posts = new ArchiveFile("exports/posts.jsonl", ArchiveFormat.JSONL,
 *     Map.of("id", "/id", "url", "/link", "text", "/content", "published", "/created_at"));
 * }</pre>
 *
 * @param path the file, kept as a string so the value serializes; relative paths are resolved
 *     against the working directory when read
 * @param format the format
 * @param fields our field name to the export's field name (JSONL, CSV); empty for WARC
 */
public record ArchiveFile(String path, ArchiveFormat format, Map<String, String> fields)
    implements Serializable {

  /**
   * The document fields a post export can map: {@code id} (the post's id on its platform), {@code
   * url}, {@code text}, {@code title}, {@code author}, {@code published} (ISO-8601 instant or date,
   * or epoch seconds or milliseconds), {@code platform} (default {@value #DEFAULT_PLATFORM}) and
   * {@code language}.
   */
  public static final Set<String> DOCUMENT_FIELDS =
      Set.of("id", "url", "text", "title", "author", "published", "platform", "language");

  /** The platform of posts whose export does not name one: <b>archive</b>. */
  public static final String DEFAULT_PLATFORM = "archive";

  /** Validates. */
  public ArchiveFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    if (path.isBlank()) {
      throw new IllegalArgumentException("archive path must not be blank");
    }
    fields = fields == null ? Map.of() : Map.copyOf(new TreeMap<>(fields));
    if (format == ArchiveFormat.WARC) {
      if (!fields.isEmpty()) {
        throw new IllegalArgumentException("a WARC archive takes no field mapping: " + path);
      }
    } else {
      Set<String> unknown = new TreeSet<>(fields.keySet());
      unknown.removeAll(DOCUMENT_FIELDS);
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(
            "unknown document field(s) "
                + unknown
                + " (known: "
                + new TreeSet<>(DOCUMENT_FIELDS)
                + ")");
      }
      if (!fields.containsKey("text")) {
        throw new IllegalArgumentException("the field mapping of " + path + " needs 'text'");
      }
      if (!fields.containsKey("url") && !fields.containsKey("id")) {
        throw new IllegalArgumentException("the field mapping of " + path + " needs 'url' or 'id'");
      }
      fields.forEach(
          (k, v) -> {
            if (v == null || v.isBlank()) {
              throw new IllegalArgumentException("field '" + k + "' is mapped to nothing");
            }
          });
    }
  }

  /** A WARC or WARC.gz file. */
  public static ArchiveFile warc(String path) {
    return new ArchiveFile(path, ArchiveFormat.WARC, Map.of());
  }

  /** The path as a {@link Path}. */
  public Path file() {
    return Path.of(path);
  }
}
