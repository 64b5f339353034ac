package org.casewatch.index.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Path;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.es.ManagedElasticsearch;
import org.casewatch.index.es.ManagedElasticsearchConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives tests a real, secured Elasticsearch node: one node per test JVM,
 * started on first use in a fresh home directory (see {@link TestHomes}), shared by every test
 * class, and stopped and deleted when the JVM's test run ends.
 *
 * <pre>{@code
 * @ExtendWith(ElasticsearchExtension.class)
 * class MyITCase {
 *   @Test
 *   void writes(ElasticsearchClient client) { ... }
 *   // or ElasticsearchExtension.client(), ElasticsearchExtension.connection()
 * }
 * }</pre>
 *
 * <p>Resolves parameters of type {@link ElasticsearchConnection}, {@link ElasticsearchClient} and
 * {@link ManagedElasticsearch}. The client is shared: do not close it. Tests should use their own
 * {@code casewatch-*} index names, as the node's user may only touch those.
 */
public final class ElasticsearchExtension implements BeforeAllCallback, ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(ElasticsearchExtension.class);

  private static volatile SharedNode shared;

  @Override
  public void beforeAll(ExtensionContext context) {
    node(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ElasticsearchConnection.class
        || type == ElasticsearchClient.class
        || type == ManagedElasticsearch.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    SharedNode node = node(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == ElasticsearchConnection.class) {
      return node.elasticsearch.connection();
    }
    return type == ElasticsearchClient.class ? node.client : node.elasticsearch;
  }

  /** How to connect to the shared node; the extension must have started it. */
  public static ElasticsearchConnection connection() {
    return started().elasticsearch.connection();
  }

  /** The shared client of the shared node; do not close it. */
  public static ElasticsearchClient client() {
    return started().client;
  }

  /** The shared node itself. */
  public static ManagedElasticsearch elasticsearch() {
    return started().elasticsearch;
  }

  private static SharedNode started() {
    SharedNode node = shared;
    if (node == null) {
      throw new IllegalStateException(
          "no Elasticsearch node yet: annotate the test class with"
              + " @ExtendWith(ElasticsearchExtension.class)");
    }
    return node;
  }

  private static SharedNode node(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedNode.class, key -> SharedNode.start(), SharedNode.class);
  }

  /** The node and client of this JVM, closed by JUnit at the end of the run. */
  private static final class SharedNode implements AutoCloseable {
    private final Path home;
    private final ManagedElasticsearch elasticsearch;
    private final ElasticsearchClient client;

    private SharedNode(Path home, ManagedElasticsearch elasticsearch, ElasticsearchClient client) {
      this.home = home;
      this.elasticsearch = elasticsearch;
      this.client = client;
    }

    static SharedNode start() {
      Path home = TestHomes.create();
      ManagedElasticsearch elasticsearch =
          new ManagedElasticsearch(ManagedElasticsearchConfig.builder().home(home).build());
      ElasticsearchConnection connection;
      try {
        connection = elasticsearch.start();
      } catch (RuntimeException e) {
        elasticsearch.stop();
        TestHomes.delete(home);
        throw e;
      }
      SharedNode node =
          new SharedNode(home, elasticsearch, ElasticsearchClients.create(connection));
      shared = node;
      return node;
    }

    @Override
    public void close() throws IOException {
      shared = null;
      try {
        client.close();
      } finally {
        elasticsearch.stop();
        TestHomes.delete(home);
      }
    }
  }
}
