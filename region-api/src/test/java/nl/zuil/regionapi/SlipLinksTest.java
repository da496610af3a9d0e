package nl.zuil.regionapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.zuil.regionapi.SlipLinks.SlipLink;
import org.junit.jupiter.api.Test;

class SlipLinksTest {

  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OTHER_KEY =
      "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);

  @Test
  void aPrintedLinkReadsBackSignedAndCarriesCodesOnly() {
    SlipLink issued =
        SlipLinks.issue(
            KEY, LocalDate.parse("2026-12-03"), "hengelo-bibliotheek", "uwv", "find_work", null);

    String url = issued.url("https://regio.example/");
    SlipLink read = SlipLinks.read(query(url)::get).orElseThrow();

    assertThat(url).startsWith("https://regio.example/bon?t=");
    assertThat(read).isEqualTo(issued);
    assertThat(read.isoWeek()).isEqualTo("2026-W49");
    assertThat(read.situation()).isEqualTo("-");
    assertThat(read.signedWith(KEY)).isTrue();
    assertThat(read.signedWith(OTHER_KEY)).isFalse();
    assertThat(query(url).keySet()).containsExactlyInAnyOrder("t", "w", "l", "p", "q", "s", "m");
  }

  @Test
  void tokensAreFreshEachTimeAndCarry128RandomBits() {
    SlipLink a = SlipLinks.issue(KEY, LocalDate.parse("2026-12-03"), "a", "uwv", "find_work", null);
    SlipLink b = SlipLinks.issue(KEY, LocalDate.parse("2026-12-03"), "a", "uwv", "find_work", null);

    assertThat(a.token()).isNotEqualTo(b.token());
    assertThat(java.util.Base64.getUrlDecoder().decode(a.token())).hasSize(16);
    assertThat(a.tokenHash()).isNotEqualTo(b.tokenHash()).doesNotContain(a.token());
  }

  @Test
  void changingAnyCodeBreaksTheSignature() {
    SlipLink issued =
        SlipLinks.issue(
            KEY,
            LocalDate.parse("2026-12-03"),
            "hengelo-bibliotheek",
            "uwv",
            "find_work",
            "benefit");

    assertThat(with(issued, "p", "gemeente").signedWith(KEY)).isFalse();
    assertThat(with(issued, "q", "money_debt").signedWith(KEY)).isFalse();
    assertThat(with(issued, "s", "-").signedWith(KEY)).isFalse();
    assertThat(with(issued, "l", "borne-wijkcentrum").signedWith(KEY)).isFalse();
    assertThat(with(issued, "w", "2026-W48").signedWith(KEY)).isFalse();
    assertThat(with(issued, "t", "A".repeat(22)).signedWith(KEY)).isFalse();
  }

  @Test
  void weeksFollowIsoNumberingAcrossTheYearsEnd() {
    assertThat(SlipLinks.isoWeek(LocalDate.parse("2026-12-31"))).isEqualTo("2026-W53");
    assertThat(SlipLinks.isoWeek(LocalDate.parse("2027-01-01"))).isEqualTo("2026-W53");
    assertThat(SlipLinks.isoWeek(LocalDate.parse("2027-01-04"))).isEqualTo("2027-W01");
  }

  @Test
  void aMissingOrMisshapenPartIsNoLink() {
    Map<String, String> good =
        query(
            SlipLinks.issue(KEY, LocalDate.parse("2026-12-03"), "a", "uwv", "find_work", null)
                .url("https://x"));
    for (String[] bad :
        new String[][] {
          {"t", null},
          {"t", "short"},
          {"w", "2026-W54"},
          {"w", "2026-49"},
          {"l", "Jan Jansen"},
          {"l", "tel-0612345678"},
          {"p", "UWV"},
          {"q", "find work"},
          {"q", "call_0612345678"},
          {"s", ""},
          {"m", "x"},
        }) {
      Map<String, String> params = new HashMap<>(good);
      params.put(bad[0], bad[1]);
      assertThat(SlipLinks.read(params::get)).as(Arrays.toString(bad)).isEqualTo(Optional.empty());
    }
  }

  private static SlipLink with(SlipLink link, String name, String value) {
    Map<String, String> params = query(link.url("https://x"));
    params.put(name, value);
    return SlipLinks.read(params::get).orElseThrow();
  }

  private static Map<String, String> query(String url) {
    Map<String, String> params = new HashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      params.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return params;
  }
}
