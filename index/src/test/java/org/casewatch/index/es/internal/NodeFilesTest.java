package org.casewatch.index.es.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeFilesTest {

  @Test
  void rendersASingleLoopbackNodeWithSecurityOn() {
    NodeLayout layout = NodeLayout.under(Path.of("/var/lib/case'watch"));

    String yml = NodeFiles.elasticsearchYml(layout, 19200);

    assertThat(yml.lines())
        .contains(
            "discovery.type: single-node",
            "network.host: 127.0.0.1",
            "http.host: 127.0.0.1",
            "http.port: 19200",
            "xpack.security.enabled: true",
            "xpack.security.http.ssl.enabled: false",
            "path.data: '/var/lib/case''watch/elasticsearch/data'",
            "path.logs: '/var/lib/case''watch/elasticsearch/logs'");
  }

  @Test
  void rolesGrantOnlyCasewatchIndicesAndNoClusterAdministration() {
    String roles = NodeFiles.rolesYml();

    assertThat(roles).contains(NodeFiles.ROLE + ":");
    assertThat(roles).contains("names: ['casewatch-*']");
    assertThat(roles)
        .contains("cluster: ['monitor', 'manage_index_templates']")
        .contains("privileges: ['create_index', 'manage', 'read', 'write', 'view_index_metadata']");
    assertThat(roles.lines().filter(l -> !l.strip().startsWith("#")))
        .noneMatch(l -> l.contains("'all'") || l.contains("names: ['*']"));
  }

  @Test
  void heapOptionsFixMinimumAndMaximum() {
    assertThat(NodeFiles.heapOptions(1024).lines()).contains("-Xms1024m", "-Xmx1024m");
  }

  @Test
  void copiesTheDistributionConfigOnceAndRewritesWhatCasewatchDecides(@TempDir Path tmp)
      throws IOException {
    Path distribution = tmp.resolve("dist");
    Files.createDirectories(distribution.resolve("config/jvm.options.d"));
    Files.writeString(distribution.resolve("config/jvm.options"), "-XX:+UseG1GC\n");
    Files.writeString(distribution.resolve("config/users"), "");
    NodeLayout layout = NodeLayout.under(tmp.resolve("home"));

    NodeFiles.write(distribution, layout, 19200, 512);
    Files.writeString(layout.config().resolve("users"), "casewatch:hash\n");
    NodeFiles.write(distribution, layout, 19201, 768);

    assertThat(layout.config().resolve("jvm.options")).hasContent("-XX:+UseG1GC");
    assertThat(layout.config().resolve("users")).hasContent("casewatch:hash");
    assertThat(Files.readString(layout.config().resolve("elasticsearch.yml")))
        .contains("http.port: 19201");
    assertThat(Files.readString(layout.config().resolve("jvm.options.d/casewatch-heap.options")))
        .contains("-Xmx768m");
    assertThat(Files.readString(layout.config().resolve("roles.yml"))).contains("casewatch-*");
  }
}
