package org.casewatch.ingest.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate made for one test run with the JDK's own {@code keytool}, valid for two
 * days, for a host name and 127.0.0.1: the key of an HTTPS fixture, and, only where a test asks for
 * it, the trust of a client. Nothing is written outside the directory the test gives.
 */
public final class ThrowawayCertificate {

  private static final char[] PASSWORD = "throwaway".toCharArray();

  private final KeyStore keyStore;

  private ThrowawayCertificate(KeyStore keyStore) {
    this.keyStore = keyStore;
  }

  /**
   * Generates a key pair and a self-signed certificate naming {@code host} and 127.0.0.1.
   *
   * @param dir a temporary directory of the test
   */
  public static ThrowawayCertificate generate(Path dir, String host)
      throws IOException, InterruptedException, GeneralSecurityException {
    Path store = dir.resolve(host + ".p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                List.of(
                    keytool.toString(),
                    "-genkeypair",
                    "-alias",
                    "fixture",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-dname",
                    "CN=" + host,
                    "-ext",
                    "SAN=dns:" + host + ",ip:127.0.0.1",
                    "-validity",
                    "2",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    store.toString(),
                    "-storepass",
                    new String(PASSWORD),
                    "-keypass",
                    new String(PASSWORD)))
            .redirectErrorStream(true)
            .start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool failed: " + new String(output, StandardCharsets.UTF_8));
    }
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keyStore.load(in, PASSWORD);
    }
    return new ThrowawayCertificate(keyStore);
  }

  /** The server side: presents this certificate. */
  public SSLContext serverContext() throws GeneralSecurityException {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(keyStore, PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }

  /** A client side that trusts this certificate and nothing else: for tests only. */
  public SSLContext trustingContext() throws GeneralSecurityException {
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(keyStore);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
