package org.casewatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

  /** Like the integration tests: loopback fixtures on 127.0.0.1 are allowed, nothing else. */
  private final AddressPolicy policy =
      new AddressPolicy(
          FetchConfig.builder().allowAddress("127.0.0.1").build(), AddressPolicyTest::literalOnly);

  /** Resolves IP literals only, so that no test depends on DNS. */
  private static InetAddress[] literalOnly(String host) throws UnknownHostException {
    if (!host.contains(":") && !host.matches("[0-9.]+")) {
      throw new UnknownHostException(host);
    }
    return InetAddress.getAllByName(host);
  }

  private static FetchError errorOf(AddressPolicy policy, String url) {
    try {
      policy.check(URI.create(url));
      return null;
    } catch (FetchException e) {
      return e.error();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // reliability case 51, verbatim
        "http://127.0.0.2:48123/",
        "http://[::1]/",
        "http://0x7f000002/",
        "http://2130706434/",
        "http://0177.0.0.2/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.2]/",
        "http://100.64.0.1/",
        "http://localhost./",
        // and their relatives
        "http://localhost/",
        "http://LOCALHOST:8080/",
        "http://api.localhost/",
        "http://127.1/",
        "http://0x7f.0.0.1/",
        "http://017700000001/",
        "http://0/",
        "http://0.0.0.0/",
        "http://10.1.2.3/",
        "http://172.16.0.1/",
        "http://172.31.255.254/",
        "http://192.168.1.1/",
        "http://169.254.0.1/",
        "http://100.127.255.255/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
        "http://198.18.0.1/",
        "http://[::]/",
        "http://[fc00::1]/",
        "http://[fd12:3456::1]/",
        "http://[fe80::1]/",
        "http://[fec0::1]/",
        "http://[ff02::1]/",
        "http://[::ffff:7f00:2]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[::127.0.0.2]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:7f00:1::]/",
        "http://[2001:0::1]/",
        "https://[::ffff:169.254.169.254]/latest/meta-data/"
      })
  void blocksInternalAddressesInEveryForm(String url) {
    assertThat(errorOf(policy, url)).as(url).isEqualTo(FetchError.BLOCKED_ADDRESS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/hostname",
        "jar:file:///tmp/x.jar!/secret.txt",
        "ftp://example.org/pub",
        "gopher://example.org:70/1",
        "data:text/html,hello",
        "javascript:alert(1)",
        "mailto:a@example.org"
      })
  void refusesNonHttpSchemes(String url) {
    assertThat(errorOf(policy, url)).as(url).isEqualTo(FetchError.BAD_SCHEME);
  }

  @Test
  void allowsPublicAddressesAndTheAllowList() throws FetchException {
    assertThat(policy.check(URI.create("http://93.184.216.34/"))).hasSize(1);
    assertThat(policy.check(URI.create("https://[2606:2800:220:1:248:1893:25c8:1946]/")))
        .hasSize(1);
    assertThat(policy.check(URI.create("http://127.0.0.1:8080/feed.xml")))
        .containsExactly(InetAddress.getLoopbackAddress());
  }

  @Test
  void allowListEntryWithPortAllowsOnlyThatPort() {
    AddressPolicy portOnly =
        new AddressPolicy(
            FetchConfig.builder().allowAddress("127.0.0.1:8080").build(),
            AddressPolicyTest::literalOnly);
    assertThat(errorOf(portOnly, "http://127.0.0.1:8080/")).isNull();
    assertThat(errorOf(portOnly, "http://127.0.0.1:8081/")).isEqualTo(FetchError.BLOCKED_ADDRESS);
    assertThat(errorOf(portOnly, "http://127.0.0.1/")).isEqualTo(FetchError.BLOCKED_ADDRESS);
  }

  @Test
  void checksEveryResolvedAddressOfAName() throws Exception {
    InetAddress pub = InetAddress.getByName("93.184.216.34");
    InetAddress internal = InetAddress.getByName("10.0.0.5");
    FetchConfig config = FetchConfig.defaults();
    AddressPolicy onlyPublic = new AddressPolicy(config, host -> new InetAddress[] {pub});
    AddressPolicy mixed = new AddressPolicy(config, host -> new InetAddress[] {pub, internal});
    AddressPolicy rebound = new AddressPolicy(config, host -> new InetAddress[] {internal});

    assertThat(onlyPublic.check(URI.create("https://news.test/a"))).containsExactly(pub);
    assertThat(errorOf(mixed, "https://news.test/a")).isEqualTo(FetchError.BLOCKED_ADDRESS);
    assertThat(errorOf(rebound, "https://news.test/a")).isEqualTo(FetchError.BLOCKED_ADDRESS);
  }

  @Test
  void unresolvableHostIsDnsError() {
    AddressPolicy nx =
        new AddressPolicy(
            FetchConfig.defaults(),
            host -> {
              throw new UnknownHostException(host);
            });
    assertThat(errorOf(nx, "https://does-not-exist.test/")).isEqualTo(FetchError.DNS_ERROR);
  }

  @Test
  void refusesCredentialsAndHostlessUrls() {
    assertThat(errorOf(policy, "http://user:pw@93.184.216.34/")).isEqualTo(FetchError.BAD_URL);
    assertThat(errorOf(policy, "http:///nohost")).isEqualTo(FetchError.BAD_URL);
  }

  @Test
  void numericHostDetectionFollowsInetAtonForms() {
    for (String numeric : List.of("2130706434", "0x7f000002", "0177.0.0.2", "127.1", "1.2.3.4")) {
      assertThat(AddressPolicy.looksNumeric(numeric)).as(numeric).isTrue();
    }
    for (String name : List.of("cafe.be", "deadbeef", "example.com", "1.2.3.4.5", "0x7g")) {
      assertThat(AddressPolicy.looksNumeric(name)).as(name).isFalse();
    }
  }

  @Test
  void allowListTakesIpLiteralsOnly() {
    assertThatThrownBy(() -> FetchConfig.builder().allowAddress("localhost").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchConfig.builder().allowAddress("0177.0.0.1").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchConfig.builder().allowAddress("127.0.0.1:0").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            FetchConfig.builder()
                .allowAddress("127.0.0.1")
                .allowAddress("[::1]:8080")
                .allowAddress("::1")
                .build()
                .allowedAddresses())
        .hasSize(3);
  }
}
