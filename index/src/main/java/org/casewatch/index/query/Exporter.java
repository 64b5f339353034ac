package org.casewatch.index.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casewatch.index.client.ElasticsearchClients;

/**
 * Writes every hit of a search as CSV or JSON lines, so that a researcher's figure can be
 * reproduced: the output starts with a header recording the query (as API parameters), the concrete
 * index behind the alias (which carries the mapping version), the time of the export and the number
 * of matches at that time, and ends with the number of rows written.
 *
 * <p>How: hits are streamed page by page with {@code search_after} ({@link Search#stream}), so an
 * export is not capped at the 10,000 hits of {@code from}/{@code size} paging and holds one page in
 * memory. In CSV, a text cell that starts with {@code = + - @}, a tab or a carriage return gets a
 * leading {@code '} so that a spreadsheet does not run crawled text as a formula; JSON lines carry
 * the values unchanged.
 *
 * <pre>{@code
 * long rows = new Exporter(client).export(query, ExportFormat.CSV, writer, Instant.now());
 * }</pre>
 */
public final class Exporter {

  /** Hits fetched per request: **1,000**. */
  public static final int PAGE_SIZE = 1_000;

  private final ElasticsearchClient client;
  private final IndexNames names;
  private final Search search;
  private final ObjectMapper json = ElasticsearchClients.objectMapper();

  /** Exports from the live indices. */
  public Exporter(ElasticsearchClient client) {
    this(client, IndexNames.DEFAULT);
  }

  /** Exports from the given indices. */
  public Exporter(ElasticsearchClient client, IndexNames names) {
    this.client = Objects.requireNonNull(client, "client");
    this.names = Objects.requireNonNull(names, "names");
    this.search = new Search(client, names);
  }

  /**
   * Writes the header and every hit of {@code query} (its size, offset and cursor are ignored).
   *
   * @param now the time recorded as the export time
   * @return the number of rows written
   */
  public long export(SearchQuery query, ExportFormat format, Writer out, Instant now)
      throws IOException {
    SearchQuery all = query.withCursor(null);
    String alias = names.of(query.kind());
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("query", query.describe());
    header.put("index", concreteIndices(alias));
    header.put("exported_at", now.toString());
    header.put("total", client.count(c -> c.index(alias).query(Search.query(all))).count());
    List<String> columns = new ArrayList<>();
    columns.add("id");
    query.kind().hitFields().stream().filter(f -> !f.equals("id")).forEach(columns::add);
    if (format == ExportFormat.JSONL) {
      out.write(json.writeValueAsString(Map.of("casewatch_export", header)));
      out.write('\n');
    } else {
      out.write("# casewatch export\r\n");
      for (Map.Entry<String, Object> e : header.entrySet()) {
        String value = e.getValue() instanceof String s ? s : json.writeValueAsString(e.getValue());
        out.write("# " + e.getKey() + ": " + value.replace('\n', ' ').replace('\r', ' ') + "\r\n");
      }
      out.write(csvRow(columns));
    }
    long rows =
        search.stream(
            all,
            PAGE_SIZE,
            hit -> {
              if (format == ExportFormat.JSONL) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", hit.id());
                hit.fields()
                    .forEach(
                        (k, v) -> {
                          if (!k.equals("id")) {
                            line.put(k, v);
                          }
                        });
                out.write(json.writeValueAsString(line));
                out.write('\n');
              } else {
                List<String> cells = new ArrayList<>();
                for (String column : columns) {
                  Object value = column.equals("id") ? hit.id() : hit.fields().get(column);
                  cells.add(cell(value));
                }
                out.write(csvRow(cells));
              }
            });
    if (format == ExportFormat.JSONL) {
      out.write(json.writeValueAsString(Map.of("casewatch_export_end", Map.of("rows", rows))));
      out.write('\n');
    } else {
      out.write("# rows: " + rows + "\r\n");
    }
    out.flush();
    return rows;
  }

  /** The concrete indices behind an alias (or the index itself), for the header. */
  private List<String> concreteIndices(String alias) throws IOException {
    return List.copyOf(
        new java.util.TreeSet<>(client.indices().get(g -> g.index(alias)).result().keySet()));
  }

  private String cell(Object value) throws IOException {
    if (value == null) {
      return "";
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      return json.writeValueAsString(value);
    }
    String s = value.toString();
    if (value instanceof String && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }

  /** One RFC 4180 row: cells quoted when they hold a comma, quote or line break. */
  static String csvRow(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0
          || c.indexOf('"') >= 0
          || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    return sb.append("\r\n").toString();
  }
}
