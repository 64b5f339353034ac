package org.casewatch.index.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.testing.TestHomes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starting, reusing, stopping and restarting a node of its own, and the typed start failures. */
class ManagedElasticsearchLifecycleITCase {

  private static final Logger LOG =
      LoggerFactory.getLogger(ManagedElasticsearchLifecycleITCase.class);
  private static final String INDEX = "casewatch-it-lifecycle";

  private Path home;
  private ManagedElasticsearch es;

  @BeforeEach
  void createHome() {
    home = TestHomes.create();
    es = new ManagedElasticsearch(ManagedElasticsearchConfig.builder().home(home).build());
  }

  @AfterEach
  void stopAndDelete() {
    es.stop();
    TestHomes.delete(home);
  }

  @Test
  void keepsDataAcrossRestartsAndReusesARunningNode() throws IOException {
    long started = System.nanoTime();
    ElasticsearchConnection first = es.start();
    long firstStartMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(es.reused()).isFalse();
    long pid = es.status().pid().orElseThrow();
    try (ElasticsearchClient client = ElasticsearchClients.create(first)) {
      client.index(
          i -> i.index(INDEX).id("doc-1").document(Map.of("title", "kept")).refresh(Refresh.True));
    }
    LOG.info(
        "first start (unpack + start): {} ms; RSS after one write: {}", firstStartMs, rss(pid));

    ManagedElasticsearch second =
        new ManagedElasticsearch(ManagedElasticsearchConfig.builder().home(home).build());
    ElasticsearchConnection reused = second.start();
    assertThat(second.reused()).isTrue();
    assertThat(reused).isEqualTo(first);
    assertThat(second.status().pid()).hasValue(pid);

    assertThat(es.stop()).isTrue();
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
        .isNotEqualTo(java.util.Optional.of(true));
    NodeStatus stopped = es.status();
    assertThat(stopped.running()).isFalse();
    assertThat(stopped.health()).isEqualTo("stopped");

    started = System.nanoTime();
    ElasticsearchConnection again = es.start();
    LOG.info("restart: {} ms", (System.nanoTime() - started) / 1_000_000);
    assertThat(es.reused()).isFalse();
    assertThat(again.uri().getPort()).as("remembered port").isEqualTo(first.uri().getPort());
    try (ElasticsearchClient client = ElasticsearchClients.create(again)) {
      Map<?, ?> source = client.get(g -> g.index(INDEX).id("doc-1"), Map.class).source();
      assertThat(source).isNotNull();
      assertThat(source.get("title")).isEqualTo("kept");
    }
  }

  @Test
  void refusesAPortThatIsTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      int port = taken.getLocalPort();
      es =
          new ManagedElasticsearch(
              ManagedElasticsearchConfig.builder().home(home).port(port).build());

      assertThatThrownBy(es::start)
          .isInstanceOfSatisfying(
              PortInUseException.class, e -> assertThat(e.port()).isEqualTo(port))
          .hasMessageContaining(Integer.toString(port));
    }
    assertThat(es.status().running()).isFalse();
  }

  @Test
  void namesWhereItLookedWhenTheDistributionIsMissing() {
    Path missing = home.resolve("no-such-elasticsearch.zip");
    es =
        new ManagedElasticsearch(
            ManagedElasticsearchConfig.builder().home(home).distribution(missing).build());

    assertThatThrownBy(es::start)
        .isInstanceOf(DistributionNotFoundException.class)
        .hasMessageContaining(missing.toString());
  }

  private static String rss(long pid) throws IOException {
    return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
        .filter(l -> l.startsWith("VmRSS:"))
        .findFirst()
        .orElse("VmRSS: unknown")
        .substring(6)
        .strip();
  }
}
