package nl.zuil.hardware.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.Charset;

/**
 * Character tables Zuil can send text in. All of them hold the Dutch accents; the euro sign is in
 * PC858 and WPC1252 only, so a profile should pick one of those when the printer has it.
 */
public enum CodePage {
  @JsonProperty("pc437")
  PC437("IBM437"),
  @JsonProperty("pc850")
  PC850("IBM850"),
  @JsonProperty("pc858")
  PC858("IBM00858"),
  @JsonProperty("wpc1252")
  WPC1252("windows-1252");

  private final String javaName;

  CodePage(String javaName) {
    this.javaName = javaName;
  }

  public Charset charset() {
    return Charset.forName(javaName);
  }
}
