package org.casewatch.index.es.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks and chooses TCP ports on 127.0.0.1. */
public final class Ports {

  private Ports() {}

  /**
   * Whether nothing listens on the port of 127.0.0.1. The probe binds with {@code SO_REUSEADDR}, as
   * Elasticsearch does, so connections of a stopped node lingering in TIME_WAIT do not count.
   */
  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port on 127.0.0.1 that was free a moment ago, chosen by the operating system. */
  public static int chooseFree() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port on 127.0.0.1", e);
    }
  }
}
