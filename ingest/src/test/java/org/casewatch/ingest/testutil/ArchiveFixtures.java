package org.casewatch.ingest.testutil;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Archive files written by the tests themselves (nothing binary is committed): WARC files with
 * jwarc's writer, JSONL and CSV exports of posts.
 */
public final class ArchiveFixtures {

  /** The capture date of page {@code n} of {@link #warc}: 2024-03-{n} 12:00 UTC (n ≤ 28). */
  public static Instant captureDate(int n) {
    return Instant.parse(
        String.format(java.util.Locale.ROOT, "2024-03-%02dT12:00:00Z", 1 + n % 28));
  }

  /** The URL of page {@code n}. */
  public static String pageUrl(int n) {
    return "https://news.example/2024/story-" + n + ".html";
  }

  /** The title of page {@code n}. */
  public static String title(int n) {
    return "Inquiry report number " + n;
  }

  private ArchiveFixtures() {}

  /**
   * Writes a WARC with {@code pages} HTML responses (even pages state a publication date in their
   * metadata, 2023-01-{n}; odd ones none), each preceded by its request record, plus one PDF
   * response at the end.
   *
   * @return the offsets of the page responses, in order
   */
  public static List<Long> warc(Path file, int pages, boolean gzip) throws IOException {
    List<Long> offsets = new ArrayList<>();
    try (FileChannel channel =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer =
            new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (int n = 1; n <= pages; n++) {
        URI uri = URI.create(pageUrl(n));
        writer.write(
            new WarcRequest.Builder(uri)
                .date(captureDate(n))
                .body(new HttpRequest.Builder("GET", uri.getRawPath()).build())
                .build());
        offsets.add(writer.position());
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(MediaType.HTML_UTF8, page(n).getBytes(StandardCharsets.UTF_8))
                .build();
        writer.write(new WarcResponse.Builder(uri).date(captureDate(n)).body(http).build());
      }
      HttpResponse pdf =
          new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("application/pdf"), "%PDF-1.4".getBytes(StandardCharsets.UTF_8))
              .build();
      writer.write(
          new WarcResponse.Builder(URI.create("https://news.example/report.pdf"))
              .date(captureDate(1))
              .body(pdf)
              .build());
    }
    return offsets;
  }

  /** The HTML of page {@code n}: an article of three long paragraphs. */
  public static String page(int n) {
    String date =
        n % 2 == 0
            ? "<meta property=\"article:published_time\" content=\"2023-01-"
                + String.format(java.util.Locale.ROOT, "%02d", 1 + n % 28)
                + "T08:00:00Z\">"
            : "";
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>")
            .append(title(n))
            .append("</title>")
            .append(date)
            .append("</head><body><nav><a href=/>Home</a></nav><article><h1>")
            .append(title(n))
            .append("</h1>");
    for (int p = 1; p <= 3; p++) {
      html.append("<p>Paragraph ")
          .append(p)
          .append(" of report ")
          .append(n)
          .append(": the committee heard from several former employees who described the")
          .append(" workplace, the complaints they filed and how the company answered them over")
          .append(" the years that followed.</p>");
    }
    return html.append("</article><footer>Footer</footer></body></html>").toString();
  }

  /** Gzips a file's bytes into another file. */
  public static void gzip(Path from, Path to) throws IOException {
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
      out.write(Files.readAllBytes(from));
    }
  }
}
