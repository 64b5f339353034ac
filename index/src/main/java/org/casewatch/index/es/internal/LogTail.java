package org.casewatch.index.es.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of the node's console output and log, for error messages. */
public final class LogTail {

  /** How many lines of each file an error message quotes: <b>40</b>. */
  public static final int LINES = 40;

  private static final int MAX_BYTES = 64 * 1024;

  private LogTail() {}

  /** The last {@link #LINES} lines of each existing file, each under a header naming it. */
  public static String of(Path... files) {
    StringBuilder text = new StringBuilder();
    for (Path file : files) {
      if (Files.isRegularFile(file)) {
        text.append("==> ").append(file).append(" <==\n").append(tail(file, LINES));
      }
    }
    return text.length() == 0 ? "(no output was written)\n" : text.toString();
  }

  /** The last {@code lines} lines of a file, read from at most its last 64 KiB. */
  public static String tail(Path file, int lines) {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long start = Math.max(0, in.length() - MAX_BYTES);
      byte[] bytes = new byte[(int) (in.length() - start)];
      in.seek(start);
      in.readFully(bytes);
      List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
      StringBuilder text = new StringBuilder();
      for (String line : all.subList(Math.max(0, all.size() - lines), all.size())) {
        text.append(line).append('\n');
      }
      return text.toString();
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")\n";
    }
  }

  /** Whether the output says the node could not bind its port. */
  public static boolean mentionsBindFailure(String output) {
    return output.contains("BindException") || output.contains("Address already in use");
  }
}
