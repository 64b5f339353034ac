package org.casewatch.index.es.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.casewatch.index.es.DistributionNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionLocatorTest {

  private static final String VERSION = "8.19.21";

  @TempDir Path tmp;

  @Test
  void configuredPathWinsOverEverythingElse() throws IOException {
    Path configured = zip("configured.zip");
    Properties props = new Properties();
    props.setProperty(DistributionLocator.PROPERTY, zip("property.zip").toString());

    Path found =
        DistributionLocator.locate(
            Optional.of(configured), props, Map.of(), tmp.resolve("user"), VERSION);

    assertThat(found).isEqualTo(configured);
  }

  @Test
  void systemPropertyWinsOverEnvironment() throws IOException {
    Properties props = new Properties();
    props.setProperty(DistributionLocator.PROPERTY, zip("property.zip").toString());
    Map<String, String> env = Map.of(DistributionLocator.ENV, zip("env.zip").toString());

    assertThat(DistributionLocator.locate(Optional.empty(), props, env, tmp, VERSION))
        .isEqualTo(tmp.resolve("property.zip"));
  }

  @Test
  void environmentIsUsedWithoutProperty() throws IOException {
    Map<String, String> env = Map.of(DistributionLocator.ENV, zip("env.zip").toString());

    assertThat(DistributionLocator.locate(Optional.empty(), new Properties(), env, tmp, VERSION))
        .isEqualTo(tmp.resolve("env.zip"));
  }

  @Test
  void fallsBackToTheMavenLocalRepository() throws IOException {
    Path userHome = tmp.resolve("user");
    Path inRepo = DistributionLocator.inRepository(userHome.resolve(".m2/repository"), VERSION);
    Files.createDirectories(inRepo.getParent());
    Files.writeString(inRepo, "zip");

    assertThat(
            DistributionLocator.locate(
                Optional.empty(), new Properties(), Map.of(), userHome, VERSION))
        .isEqualTo(inRepo);
  }

  @Test
  void mavenRepoLocalPropertyIsSearchedFirst() throws IOException {
    Path repo = tmp.resolve("repo");
    Path inRepo = DistributionLocator.inRepository(repo, VERSION);
    Files.createDirectories(inRepo.getParent());
    Files.writeString(inRepo, "zip");
    Properties props = new Properties();
    props.setProperty("maven.repo.local", repo.toString());

    assertThat(
            DistributionLocator.locate(
                Optional.empty(), props, Map.of(), tmp.resolve("user"), VERSION))
        .isEqualTo(inRepo);
  }

  @Test
  void aMissingExplicitZipIsAnErrorNamingIt() {
    Map<String, String> env = Map.of(DistributionLocator.ENV, tmp.resolve("gone.zip").toString());

    assertThatThrownBy(
            () -> DistributionLocator.locate(Optional.empty(), new Properties(), env, tmp, VERSION))
        .isInstanceOf(DistributionNotFoundException.class)
        .hasMessageContaining(tmp.resolve("gone.zip").toString())
        .hasMessageContaining(DistributionLocator.ENV);
  }

  @Test
  void nothingFoundNamesEveryPlaceLookedAt() {
    Path userHome = tmp.resolve("user");

    assertThatThrownBy(
            () ->
                DistributionLocator.locate(
                    Optional.empty(), new Properties(), Map.of(), userHome, VERSION))
        .isInstanceOfSatisfying(
            DistributionNotFoundException.class,
            e ->
                assertThat(e.lookedAt())
                    .containsExactly(
                        DistributionLocator.inRepository(
                            userHome.resolve(".m2/repository"), VERSION)));
  }

  private Path zip(String name) throws IOException {
    return Files.writeString(tmp.resolve(name), "zip");
  }
}
