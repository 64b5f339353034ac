package org.casewatch.dashboards.api;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Decides whether the API may listen on an address.
 *
 * <p>By default the API listens on loopback only: it serves allegations and must not be reachable
 * from the network by accident. A non-loopback address (including the wildcard {@code 0.0.0.0})
 * needs an explicit opt-in and an API token of at least **32 characters**, which every request must
 * then carry as {@code Authorization: Bearer <token>}.
 */
public final class BindPolicy {

  /** The address the API listens on by default: **127.0.0.1**. */
  public static final String DEFAULT_BIND = "127.0.0.1";

  /** The shortest API token accepted: **32 characters**. */
  public static final int MIN_TOKEN_CHARS = 32;

  private BindPolicy() {}

  /**
   * Checks a bind address.
   *
   * @param bind the address or host name to listen on
   * @param allowRemote whether the operator explicitly allowed a non-loopback address
   * @param token the API token, or null
   * @throws IllegalArgumentException when the address is not loopback and remote access was not
   *     allowed, or was allowed without a long enough token, or the address does not resolve
   */
  public static void check(String bind, boolean allowRemote, String token) {
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--bind " + bind + " does not resolve", e);
    }
    if (token != null && token.length() < MIN_TOKEN_CHARS) {
      throw new IllegalArgumentException(
          "the API token must be at least " + MIN_TOKEN_CHARS + " characters");
    }
    if (address.isLoopbackAddress()) {
      return;
    }
    if (!allowRemote) {
      throw new IllegalArgumentException(
          "--bind "
              + bind
              + " is not a loopback address: the API would be reachable from the network; give"
              + " --allow-remote and an API token to do that on purpose");
    }
    if (token == null) {
      throw new IllegalArgumentException(
          "--allow-remote needs an API token ($CASEWATCH_API_TOKEN or --token-file)");
    }
  }
}
