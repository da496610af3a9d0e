package nl.zuil.kiosk.watchdog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.newsclub.net.unix.AFUNIXDatagramChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * The socket systemd listens on for a service's state (sd_notify(3)): one datagram per message,
 * such as {@code READY=1} or {@code WATCHDOG=1}.
 *
 * <p>The kiosk is a child of the cage compositor, so it is not the service's main process: the unit
 * needs {@code NotifyAccess=all}, and systemd reads the sender from the credentials the kernel
 * attaches, not from anything in the message.
 */
public final class NotifySocket implements AutoCloseable {

  static final String VARIABLE = "NOTIFY_SOCKET";

  private final AFUNIXDatagramChannel channel;
  private final AFUNIXSocketAddress address;
  private final String name;

  private NotifySocket(AFUNIXDatagramChannel channel, AFUNIXSocketAddress address, String name) {
    this.channel = channel;
    this.address = address;
    this.name = name;
  }

  /** The socket systemd named for this service, or empty when the kiosk runs outside systemd. */
  public static Optional<NotifySocket> fromEnvironment(Map<String, String> environment)
      throws IOException {
    String name = environment.get(VARIABLE);
    if (name == null || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(open(name));
  }

  /**
   * Opens a sender to {@code name}: a file path, or {@code @name} for Linux's abstract namespace,
   * the two forms systemd uses.
   */
  public static NotifySocket open(String name) throws IOException {
    AFUNIXSocketAddress address;
    if (name.startsWith("@")) {
      address = AFUNIXSocketAddress.inAbstractNamespace(name.substring(1));
    } else if (name.startsWith("/")) {
      address = AFUNIXSocketAddress.of(Path.of(name));
    } else {
      throw new IOException(
          VARIABLE + " is neither an absolute path nor an @abstract name: " + name);
    }
    return new NotifySocket(AFUNIXDatagramChannel.open(), address, name);
  }

  /** Sends one message; several {@code KEY=value} lines may go in one. */
  public synchronized void send(String message) throws IOException {
    channel.send(ByteBuffer.wrap(message.getBytes(StandardCharsets.UTF_8)), address);
  }

  @Override
  public synchronized void close() throws IOException {
    channel.close();
  }

  @Override
  public String toString() {
    return name;
  }
}
