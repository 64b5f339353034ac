package org.casewatch.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.IndexSetup;
import org.casewatch.index.testing.ElasticsearchExtension;

/**
 * The shared test node of {@link ElasticsearchExtension}, addressed the way a user names an
 * external cluster on the command line.
 */
public final class ExternalCluster {

  private ExternalCluster() {}

  /**
   * The {@code --es-url --es-user --es-password-file} arguments for the shared node; the password
   * is written to a file in {@code dir}, since the command line never takes it as a value.
   */
  public static List<String> cliArguments(Path dir) throws IOException {
    ElasticsearchConnection es = ElasticsearchExtension.connection();
    Path password = Files.writeString(dir.resolve("es-password"), es.password());
    return List.of(
        "--es-url",
        es.url(),
        "--es-user",
        es.username(),
        "--es-password-file",
        password.toString());
  }

  /** Empties casewatch's indices by dropping and recreating them (no _delete_by_query here). */
  public static void resetIndices(ElasticsearchClient client) throws IOException {
    List<String> concrete = new java.util.ArrayList<>();
    for (CasewatchIndex index : CasewatchIndex.values()) {
      concrete.add(index.concreteIndex());
    }
    client.indices().delete(d -> d.index(concrete).ignoreUnavailable(true));
    new IndexSetup(client).ensureAll();
  }
}
