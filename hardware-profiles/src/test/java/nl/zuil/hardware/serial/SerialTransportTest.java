package nl.zuil.hardware.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import nl.zuil.hardware.link.LinkException;
import nl.zuil.hardware.link.LinkTimeoutException;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.TransportProfile;
import nl.zuil.hardware.virtualprinter.PtyPair;
import nl.zuil.testsupport.RequiredTool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jssc on both ends of a real pty pair. */
class SerialTransportTest {

  private static final Duration SECOND = Duration.ofSeconds(1);

  @TempDir Path dir;
  private TransportProfile settings;

  @BeforeEach
  void setUp() throws Exception {
    RequiredTool.find("socat", "socat");
    settings = HardwareProfiles.load("epson-tm-t20iii").printer().transport();
  }

  @Test
  void bytesWrittenAtOneEndArriveAtTheOther() throws Exception {
    try (PtyPair pair = PtyPair.create(dir.resolve("a"), dir.resolve("b"));
        SerialTransport a = SerialTransport.open(pair.kioskEnd(), settings);
        SerialTransport b = SerialTransport.open(pair.printerEnd(), settings)) {
      a.write(new byte[] {0x10, 0x04, 0x01}, SECOND);

      assertThat(b.read(3, SECOND)).containsExactly(0x10, 0x04, 0x01);
    }
  }

  @Test
  void aReadWithoutAnswerTimesOut() throws Exception {
    try (PtyPair pair = PtyPair.create(dir.resolve("a"), dir.resolve("b"));
        SerialTransport a = SerialTransport.open(pair.kioskEnd(), settings)) {
      assertThatThrownBy(() -> a.read(1, Duration.ofMillis(50)))
          .isInstanceOf(LinkTimeoutException.class)
          .hasMessageContaining("0 of 1 bytes");
    }
  }

  @Test
  void anUnpluggedDeviceFailsEveryCallAndCannotBeOpenedUntilItIsBack() throws Exception {
    try (PtyPair pair = PtyPair.create(dir.resolve("a"), dir.resolve("b"))) {
      SerialTransport a = SerialTransport.open(pair.kioskEnd(), settings);

      pair.unplug();

      assertThatThrownBy(() -> a.read(1, SECOND)).isInstanceOf(LinkException.class);
      assertThatThrownBy(() -> SerialTransport.open(pair.kioskEnd(), settings))
          .isInstanceOf(LinkException.class)
          .hasMessageContaining("is not there");
      pair.plugIn();
      try (SerialTransport again = SerialTransport.open(pair.kioskEnd(), settings)) {
        again.write(new byte[] {1}, SECOND);
      }
    }
  }

  @Test
  void discardingInputDropsOnlyWhatHasArrived() throws Exception {
    try (PtyPair pair = PtyPair.create(dir.resolve("a"), dir.resolve("b"));
        SerialTransport a = SerialTransport.open(pair.kioskEnd(), settings);
        SerialTransport b = SerialTransport.open(pair.printerEnd(), settings)) {
      a.write(new byte[] {1, 2, 3}, SECOND);
      b.read(1, SECOND);
      b.readAvailable(2, SECOND);

      a.write(new byte[] {4, 5}, SECOND);
      b.read(2, SECOND);
      a.write(new byte[] {6}, SECOND);

      assertThat(b.read(1, SECOND)).containsExactly(6);
    }
  }
}
