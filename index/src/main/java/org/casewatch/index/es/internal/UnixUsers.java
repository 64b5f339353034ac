package org.casewatch.index.es.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casewatch.index.es.DirectoryNotReachableException;
import org.casewatch.index.es.ManagedElasticsearchException;

/** Unix users and file ownership, read from {@code /proc}, {@code getent} and file attributes. */
public final class UnixUsers {

  /**
   * A Unix account.
   *
   * @param name the login name
   * @param uid the user id
   * @param gid the primary group id
   */
  public record UnixUser(String name, int uid, int gid) {}

  private UnixUsers() {}

  /** Whether this JVM runs as root (effective uid 0). */
  public static boolean isRoot() {
    return uidOf(ProcessHandle.current().pid()) == 0;
  }

  /** The effective uid of a process, from the {@code Uid:} line of {@code /proc/<pid>/status}. */
  public static int uidOf(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("Uid:")) {
          return Integer.parseInt(line.substring(4).strip().split("\\s+")[1]);
        }
      }
      throw new IllegalStateException("no Uid line in /proc/" + pid + "/status");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /proc/" + pid + "/status", e);
    }
  }

  /** Looks a user up with {@code getent passwd}. */
  public static UnixUser lookup(String name) {
    try {
      Process getent =
          new ProcessBuilder("getent", "passwd", name).redirectErrorStream(true).start();
      getent.getOutputStream().close();
      String out = new String(getent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!getent.waitFor(10, TimeUnit.SECONDS) || getent.exitValue() != 0) {
        throw new ManagedElasticsearchException(
            "User '" + name + "' to run Elasticsearch does not exist on this machine");
      }
      String[] fields = out.strip().split(":");
      return new UnixUser(name, Integer.parseInt(fields[2]), Integer.parseInt(fields[3]));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run getent to look up user " + name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ManagedElasticsearchException("interrupted while looking up user " + name, e);
    }
  }

  /** Gives a directory tree to the user, leaving symbolic links themselves unchanged. */
  public static void chownRecursively(Path top, UnixUser user) throws IOException {
    Files.walkFileTree(
        top,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            chown(dir, user);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            chown(file, user);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void chown(Path path, UnixUser user) throws IOException {
    Map<String, Object> attrs =
        Files.readAttributes(path, "unix:uid,gid", LinkOption.NOFOLLOW_LINKS);
    if (!attrs.get("uid").equals(user.uid())) {
      Files.setAttribute(path, "unix:uid", user.uid(), LinkOption.NOFOLLOW_LINKS);
    }
    if (!attrs.get("gid").equals(user.gid())) {
      Files.setAttribute(path, "unix:gid", user.gid(), LinkOption.NOFOLLOW_LINKS);
    }
  }

  /**
   * Checks that the user (with only its primary group) may enter the directory and each of its
   * parents.
   *
   * @throws DirectoryNotReachableException naming the first directory, from the top, it cannot
   *     enter
   */
  public static void requireTraversable(Path directory, UnixUser user) throws IOException {
    Path absolute = directory.toAbsolutePath().normalize();
    List<Path> chain = new java.util.ArrayList<>();
    for (Path p = absolute; p != null; p = p.getParent()) {
      chain.add(0, p);
    }
    for (Path dir : chain) {
      if (!Files.exists(dir)) {
        return;
      }
      Map<String, Object> attrs = Files.readAttributes(dir, "unix:mode,uid,gid");
      int mode = (Integer) attrs.get("mode");
      int bit;
      if (user.uid() == 0) {
        bit = 0;
      } else if (attrs.get("uid").equals(user.uid())) {
        bit = 0100;
      } else if (attrs.get("gid").equals(user.gid())) {
        bit = 0010;
      } else {
        bit = 0001;
      }
      if (bit != 0 && (mode & bit) == 0) {
        throw new DirectoryNotReachableException(dir, user.name());
      }
    }
  }
}
