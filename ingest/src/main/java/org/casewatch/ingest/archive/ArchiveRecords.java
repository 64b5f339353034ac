package org.casewatch.ingest.archive;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.casewatch.ingest.internal.Dates;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.Ids;
import org.casewatch.model.SocialPost;

/**
 * Turns archive records into items: dead letters that name the file and offset, and the mapping of
 * an exported post (field lookup) to a document.
 *
 * <p>A post becomes a {@link SocialPost} and then an {@link Article} the way live posts do ({@link
 * SocialPost#toArticle(Instant)}), so an archived post and the same post read from its platform get
 * the same document id. A post without a URL gets {@code urn:casewatch:<platform>:<id>}. A date
 * that cannot be read leaves the document undated rather than losing it.
 */
public final class ArchiveRecords {

  /** The dead-letter stage of archive records that could not be read. */
  public static final String STAGE = "archive";

  private ArchiveRecords() {}

  /** The location of a record, used as the dead letter's source: the file URI and the offset. */
  public static String location(ArchiveFile file, long offset) {
    return file.file().toAbsolutePath().normalize().toUri() + "#offset=" + offset;
  }

  /** A dead letter for the record at {@code offset}, keyed by its location. */
  public static ArchiveItem failed(
      ArchiveFile file, long offset, long recordNumber, ArchiveError error, String reason) {
    String where = location(file, offset);
    return new ArchiveItem(
        offset,
        recordNumber,
        null,
        new DeadLetter(
            Ids.documentId(where),
            where,
            STAGE,
            error.name(),
            reason + " (record " + recordNumber + ")",
            0,
            Instant.now()));
  }

  /**
   * Maps one exported post.
   *
   * @param file the archive and its field mapping
   * @param offset where the record starts
   * @param recordNumber the record's ordinal
   * @param value the raw value of one of the export's field names, or null when absent
   * @param now the read time, the documents' fetch time
   */
  public static ArchiveItem post(
      ArchiveFile file,
      long offset,
      long recordNumber,
      Function<String, String> value,
      Instant now) {
    String text = field(file, "text", value);
    String url = field(file, "url", value);
    String id = field(file, "id", value);
    if (text == null) {
      return failed(file, offset, recordNumber, ArchiveError.MISSING_FIELD, "no text");
    }
    if (url == null && id == null) {
      return failed(file, offset, recordNumber, ArchiveError.MISSING_FIELD, "neither url nor id");
    }
    String platform = field(file, "platform", value);
    platform = platform == null ? ArchiveFile.DEFAULT_PLATFORM : platform.toLowerCase(Locale.ROOT);
    String link = url != null ? url : "urn:casewatch:" + platform + ":" + id;
    String instance = host(url);
    SocialPost post =
        new SocialPost(
            platform,
            instance == null ? platform : instance,
            id != null ? id : link,
            link,
            field(file, "author", value),
            "",
            date(field(file, "published", value)),
            text,
            field(file, "language", value),
            List.of(),
            null,
            null,
            null,
            null);
    Article article = post.toArticle(now);
    String title = field(file, "title", value);
    if (title != null) {
      article =
          new Article(
              article.url(),
              article.canonicalUrl(),
              article.source(),
              title,
              article.body(),
              article.publishedAt(),
              article.fetchedAt(),
              article.provenance(),
              article.revisions(),
              article.deleted());
    }
    return new ArchiveItem(offset, recordNumber, article, null);
  }

  private static String field(ArchiveFile file, String name, Function<String, String> value) {
    String mapped = file.fields().get(name);
    if (mapped == null) {
      return null;
    }
    String raw = value.apply(mapped);
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      return URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** An ISO-8601 or RFC 1123 date, or epoch seconds or milliseconds; null when unreadable. */
  static Instant date(String text) {
    if (text == null) {
      return null;
    }
    if (text.matches("\\d{9,13}")) {
      long n = Long.parseLong(text);
      return text.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }
    return Dates.parse(text);
  }
}
