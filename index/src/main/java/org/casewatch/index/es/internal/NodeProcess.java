package org.casewatch.index.es.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.casewatch.index.es.ManagedElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Recognises and stops the node's server process by its pid. */
public final class NodeProcess {

  private static final Logger LOG = LoggerFactory.getLogger(NodeProcess.class);
  private static final Duration KILL_WAIT = Duration.ofSeconds(10);

  private NodeProcess() {}

  /** Whether a process with this pid is alive. */
  public static boolean isAlive(long pid) {
    return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * Whether the pid is a live Elasticsearch server running from this distribution, so that a
   * recycled pid or another home's node is never taken for ours.
   */
  public static boolean runsFrom(long pid, Path distribution) throws IOException {
    if (!isAlive(pid)) {
      return false;
    }
    Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
    if (!Files.isReadable(cmdline)) {
      return false;
    }
    String command = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
    return command.contains("-Des.path.home=" + distribution + "\0");
  }

  /** Sends SIGTERM, waits up to {@code timeout}, then kills the process. */
  public static void terminate(long pid, Duration timeout) {
    ProcessHandle process = ProcessHandle.of(pid).orElse(null);
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.warn("Elasticsearch (pid {}) ignored SIGTERM for {}; killing it", pid, timeout);
      process.destroyForcibly();
      process.onExit().orTimeout(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
    } catch (ExecutionException e) {
      throw new ManagedElasticsearchException("waiting for Elasticsearch to stop failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ManagedElasticsearchException("interrupted while stopping Elasticsearch", e);
    }
  }
}
