package org.casewatch.index.es.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.casewatch.index.es.ManagedElasticsearchException;

/**
 * Unpacks the distribution zip once, keeping each entry's Unix permissions. The unpacking happens
 * in a scratch directory that is renamed into place at the end, so an interrupted unpack never
 * looks complete.
 */
public final class DistributionInstaller {

  private static final String MARKER = ".casewatch-unpacked";

  private DistributionInstaller() {}

  /**
   * The unpacked distribution, unpacking it first when needed.
   *
   * @param zip the distribution zip, whose single top directory is {@code elasticsearch-<version>}
   * @param layout where to unpack
   * @param version the distribution's version
   */
  public static Path install(Path zip, NodeLayout layout, String version) throws IOException {
    Path target = layout.distribution(version);
    if (Files.exists(target.resolve(MARKER))) {
      return target;
    }
    Files.createDirectories(layout.distributions());
    Path scratch = layout.distributions().resolve(".unpack-" + UUID.randomUUID());
    try {
      unzip(zip, scratch);
      Path top = scratch.resolve("elasticsearch-" + version);
      if (!Files.isRegularFile(top.resolve("bin/elasticsearch"))) {
        throw new ManagedElasticsearchException(
            zip + " is not an Elasticsearch " + version + " distribution (no bin/elasticsearch)");
      }
      Files.writeString(top.resolve(MARKER), zip.toString());
      deleteRecursively(target);
      Files.move(top, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } finally {
      deleteRecursively(scratch);
    }
  }

  private static void unzip(Path zip, Path destination) throws IOException {
    URI uri = URI.create("jar:" + zip.toAbsolutePath().toUri());
    try (FileSystem fs =
            FileSystems.newFileSystem(uri, Map.of("enablePosixFileAttributes", "true"));
        Stream<Path> entries = Files.walk(fs.getPath("/"))) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        Path out = destination.resolve(fs.getPath("/").relativize(entry).toString()).normalize();
        if (!out.startsWith(destination)) {
          throw new ManagedElasticsearchException("zip entry escapes its directory: " + entry);
        }
        if (Files.isDirectory(entry)) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(entry, out);
          PosixFileAttributes attrs = Files.readAttributes(entry, PosixFileAttributes.class);
          if (!attrs.permissions().isEmpty()) {
            Files.setPosixFilePermissions(out, attrs.permissions());
          } else {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
          }
        }
      }
    }
  }

  /** Deletes a file tree if it exists. */
  public static void deleteRecursively(Path top) throws IOException {
    if (!Files.exists(top, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(top)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
