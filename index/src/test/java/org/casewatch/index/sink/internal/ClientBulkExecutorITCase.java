package org.casewatch.index.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.Indices;
import org.casewatch.index.sink.IndexAction;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk {@code delete} items on real Elasticsearch: a stored document goes, and deleting one that is
 * not there counts as done (so a replay of a delete is no dead letter), in one request with the
 * writes before them.
 */
@ExtendWith(ElasticsearchExtension.class)
class ClientBulkExecutorITCase {

  private static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void deletesGoAndAMissingDocumentCountsAsDeleted(
      ElasticsearchClient client, ElasticsearchConnection connection) throws Exception {
    Indices.reset(client);
    String cases = CasewatchIndex.CASES.alias();
    try (ClientBulkExecutor executor =
        new ClientBulkExecutor(ElasticsearchClients.create(connection))) {
      List<ItemResult> results =
          executor.execute(
              List.of(
                  new BulkItem(
                      cases, "case-a", "", json("{\"id\":\"case-a\",\"status\":\"reported\"}")),
                  new BulkItem(cases, "case-a", "", json("{}"), IndexAction.Kind.DELETE),
                  new BulkItem(cases, "case-never", "", json("{}"), IndexAction.Kind.DELETE)));
      assertThat(results).extracting(ItemResult::status).containsExactly(201, 200, 200);
      assertThat(results).extracting(ItemResult::errorType).containsOnlyNulls();
    }
    assertThat(client.exists(e -> e.index(cases).id("case-a")).value()).isFalse();
  }
}
