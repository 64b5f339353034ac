package org.casewatch.pipeline.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveFormat;

/**
 * Reads the {@code archives:} entries of a sources file: {@code path} (relative to the sources
 * file), {@code format} ({@code warc}, {@code jsonl} or {@code csv}; inferred from a {@code .warc},
 * {@code .jsonl}, {@code .ndjson} or {@code .csv} name, optionally {@code .gz}) and, for JSONL and
 * CSV, {@code fields}: our document field to the export's column or JSON pointer.
 */
final class Archives {

  private Archives() {}

  static ArchiveFile read(Path sourcesFile, SourcesFile.Reader reader, JsonNode node, String at) {
    reader.keys(node, at, Set.of("path", "format", "fields"));
    String name = reader.text(node, at, "path", true);
    Path path;
    try {
      Path given = Path.of(name);
      Path base = sourcesFile.toAbsolutePath().getParent();
      path = (given.isAbsolute() || base == null ? given : base.resolve(given)).normalize();
    } catch (InvalidPathException e) {
      throw new SourcesFileException(sourcesFile, at + ".path: not a path: " + name);
    }
    if (!Files.isRegularFile(path)) {
      throw new SourcesFileException(sourcesFile, at + ".path: no such file: " + path);
    }
    String formatName = reader.text(node, at, "format", false);
    ArchiveFormat format =
        formatName == null
            ? inferred(sourcesFile, at, name)
            : reader.build(at + ".format", () -> ArchiveFormat.of(formatName));
    Map<String, String> fields = new LinkedHashMap<>();
    JsonNode mapping = node.get("fields");
    if (mapping != null && !mapping.isNull()) {
      if (!mapping.isObject()) {
        throw new SourcesFileException(
            sourcesFile, at + ".fields: must be a mapping of our field names to the export's");
      }
      Iterator<Map.Entry<String, JsonNode>> it = mapping.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getValue().isValueNode()) {
          throw new SourcesFileException(
              sourcesFile, at + ".fields." + field.getKey() + ": must be a single name");
        }
        fields.put(field.getKey(), field.getValue().asText());
      }
    }
    String absolute = path.toString();
    return reader.build(at, () -> new ArchiveFile(absolute, format, fields));
  }

  private static ArchiveFormat inferred(Path sourcesFile, String at, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    n = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    if (n.endsWith(".warc")) {
      return ArchiveFormat.WARC;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return ArchiveFormat.JSONL;
    }
    if (n.endsWith(".csv")) {
      return ArchiveFormat.CSV;
    }
    throw new SourcesFileException(
        sourcesFile, at + ": 'format' is required (warc, jsonl or csv) for " + name);
  }
}
