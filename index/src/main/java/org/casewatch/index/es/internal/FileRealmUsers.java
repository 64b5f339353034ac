package org.casewatch.index.es.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casewatch.index.es.ManagedElasticsearchException;

/**
 * Creates the casewatch user in the node's file realm with the distribution's {@code
 * elasticsearch-users} tool, and keeps its generated password in a file only its owner can read.
 * The password goes to the tool on standard input, never on a command line.
 */
public final class FileRealmUsers {

  /** The user casewatch connects as. */
  public static final String USER = "casewatch";

  private static final SecureRandom RANDOM = new SecureRandom();

  private FileRealmUsers() {}

  /** The user's password, creating the user (and a new password) when either is missing. */
  public static String ensureUser(Path distribution, NodeLayout layout, String javaHome)
      throws IOException {
    Path users = layout.config().resolve("users");
    boolean userExists =
        Files.isRegularFile(users)
            && Files.readAllLines(users).stream().anyMatch(l -> l.startsWith(USER + ":"));
    if (userExists && Files.isRegularFile(layout.passwordFile())) {
      return Files.readString(layout.passwordFile()).strip();
    }
    if (userExists) {
      runTool(distribution, layout, javaHome, List.of("userdel", USER), null);
    }
    String password = newPassword();
    runTool(
        distribution,
        layout,
        javaHome,
        List.of("useradd", USER, "-r", NodeFiles.ROLE),
        password + "\n" + password + "\n");
    writeOwnerOnly(layout.passwordFile(), password);
    return password;
  }

  /** Reads the stored password of the casewatch user. */
  public static String readPassword(NodeLayout layout) throws IOException {
    return Files.readString(layout.passwordFile()).strip();
  }

  private static String newPassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void writeOwnerOnly(Path file, String secret) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, secret + "\n", StandardOpenOption.TRUNCATE_EXISTING);
  }

  private static void runTool(
      Path distribution, NodeLayout layout, String javaHome, List<String> args, String stdin)
      throws IOException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(distribution.resolve("bin/elasticsearch-users").toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("ES_JAVA_OPTS");
    builder.environment().put("ES_PATH_CONF", layout.config().toString());
    builder.environment().put("ES_JAVA_HOME", javaHome);
    Process tool = builder.start();
    try (OutputStream in = tool.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!tool.waitFor(2, TimeUnit.MINUTES)) {
        tool.destroyForcibly();
        throw new ManagedElasticsearchException("elasticsearch-users " + args.get(0) + " hung");
      }
    } catch (InterruptedException e) {
      tool.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new ManagedElasticsearchException("interrupted while creating the casewatch user", e);
    }
    if (tool.exitValue() != 0) {
      throw new ManagedElasticsearchException(
          "elasticsearch-users "
              + args.get(0)
              + " failed with exit code "
              + tool.exitValue()
              + ":\n"
              + output);
    }
  }
}
