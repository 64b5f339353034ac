package org.casewatch.index.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.es.internal.UnixUsers;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared managed node is healthy, secured, loopback-only and never runs as root. */
@ExtendWith(ElasticsearchExtension.class)
class ManagedElasticsearchSecurityITCase {

  @Test
  void isHealthyAndReportsItsStatus(ElasticsearchClient client, ManagedElasticsearch es)
      throws IOException {
    HealthStatus health = client.cluster().health().status();
    assertThat(health).isIn(HealthStatus.Green, HealthStatus.Yellow);

    NodeStatus status = es.status();
    assertThat(status.running()).isTrue();
    assertThat(status.pid()).isPresent();
    assertThat(status.health()).isIn("green", "yellow");
    assertThat(status.version()).isEqualTo(ManagedElasticsearch.VERSION);
    assertThat(status.port()).isEqualTo(es.connection().uri().getPort());
    assertThat(status.dataDirectory()).isEqualTo(es.dataDirectory());
    assertThat(Files.isDirectory(status.dataDirectory())).isTrue();
  }

  @Test
  void refusesRequestsWithoutCredentials(ElasticsearchConnection connection) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(connection.url() + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void casewatchUserMayOnlyTouchCasewatchIndices(ElasticsearchClient client) throws IOException {
    client.index(i -> i.index("casewatch-it-security").id("1").document(Map.of("a", 1)));

    assertThatThrownBy(
            () -> client.index(i -> i.index("other-index").id("1").document(Map.of("a", 1))))
        .isInstanceOfSatisfying(
            ElasticsearchException.class, e -> assertThat(e.status()).isEqualTo(403));
    client.indices().delete(d -> d.index("casewatch-it-security"));
  }

  @Test
  void passwordFileIsReadableByItsOwnerOnly(ManagedElasticsearch es) throws IOException {
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(es.directory().resolve("casewatch.password"))))
        .isEqualTo("rw-------");
  }

  @Test
  void listensOnLoopbackOnly(ElasticsearchClient client, ElasticsearchConnection connection)
      throws IOException {
    int port = connection.uri().getPort();
    client
        .nodes()
        .info(n -> n.metric("http"))
        .nodes()
        .values()
        .forEach(
            node ->
                assertThat(node.http().boundAddress())
                    .isNotEmpty()
                    .allSatisfy(address -> assertThat(address).startsWith("127.0.0.1:")));

    for (InetAddress address : nonLoopbackAddresses()) {
      try (Socket socket = new Socket()) {
        assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2000))
            .as("connecting to %s:%d", address, port)
            .isInstanceOf(ConnectException.class);
      }
    }
  }

  @Test
  void runsAsAnUnprivilegedUser(ManagedElasticsearch es) {
    long pid = es.status().pid().orElseThrow();
    int nodeUid = UnixUsers.uidOf(pid);
    if (UnixUsers.isRoot()) {
      assertThat(nodeUid)
          .isNotZero()
          .isEqualTo(UnixUsers.lookup(ManagedElasticsearchConfig.builder().build().user()).uid());
    } else {
      assertThat(nodeUid).isEqualTo(UnixUsers.uidOf(ProcessHandle.current().pid()));
    }
  }

  private static List<InetAddress> nonLoopbackAddresses() throws IOException {
    return NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .toList();
  }
}
