package nl.zuil.kiosk.watchdog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import nl.zuil.kiosk.testing.NotifyListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotifySocketTest {

  @TempDir Path dir;

  @Test
  void aMessageReachesASocketFileAsOneDatagram() throws Exception {
    try (NotifyListener systemd = NotifyListener.onPath(dir);
        NotifySocket socket =
            NotifySocket.fromEnvironment(Map.of("NOTIFY_SOCKET", systemd.name())).orElseThrow()) {
      socket.send("READY=1\nSTATUS=Visitor screen shown");

      systemd.awaitCount("STATUS=Visitor screen shown", 1, Duration.ofSeconds(10));
      assertThat(systemd.received()).isEqualTo("READY=1\nSTATUS=Visitor screen shown");
    }
  }

  @Test
  void anAtSignNamesASocketInTheAbstractNamespace() throws Exception {
    String name = "zuil-notify-test-" + ProcessHandle.current().pid();
    try (NotifyListener systemd = NotifyListener.inAbstractNamespace(name);
        NotifySocket socket = NotifySocket.open(systemd.name())) {
      socket.send("WATCHDOG=1");

      systemd.awaitCount("WATCHDOG=1", 1, Duration.ofSeconds(10));
    }
  }

  @Test
  void outsideSystemdThereIsNoSocket() throws Exception {
    assertThat(NotifySocket.fromEnvironment(Map.of())).isEqualTo(Optional.empty());
    assertThat(NotifySocket.fromEnvironment(Map.of("NOTIFY_SOCKET", ""))).isEmpty();
  }

  @Test
  void aRelativeNameIsRefusedByName() {
    assertThatThrownBy(() -> NotifySocket.fromEnvironment(Map.of("NOTIFY_SOCKET", "notify")))
        .isInstanceOf(IOException.class)
        .hasMessage("NOTIFY_SOCKET is neither an absolute path nor an @abstract name: notify");
  }

  @Test
  void sendingToASocketNobodyListensOnFails() throws Exception {
    try (NotifySocket socket = NotifySocket.open(dir.resolve("gone.sock").toString())) {
      assertThatThrownBy(() -> socket.send("WATCHDOG=1")).isInstanceOf(IOException.class);
    }
  }
}
