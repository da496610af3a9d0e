package nl.zuil.hardware.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jssc.SerialPort;
import jssc.SerialPortException;
import nl.zuil.hardware.link.LinkException;
import nl.zuil.hardware.link.LinkTimeoutException;
import nl.zuil.hardware.link.PrinterLink;
import nl.zuil.hardware.profile.FlowControl;
import nl.zuil.hardware.profile.Parity;
import nl.zuil.hardware.profile.TransportProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial port opened with jssc and configured from a profile.
 *
 * <p>jssc's own timed read spins a CPU core while it waits and its write blocks for as long as the
 * device holds flow control, so reads here poll the input count with short sleeps, and writes run
 * on this port's own thread while the caller waits with a deadline. A port whose device node
 * vanished or now points elsewhere (USB unplugged, pty pair restarted) fails every call: the owner
 * closes it and opens a fresh one when the device is back.
 */
public final class SerialTransport implements PrinterLink {

  private static final Logger LOG = LoggerFactory.getLogger(SerialTransport.class);
  private static final int WRITE_CHUNK = 256;
  private static final int DISCARD_LIMIT = 65_536;
  private static final long POLL_MILLIS = 2;
  private static final long LIVENESS_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final Path device;
  private final Path realDevice;
  private final SerialPort port;
  private final ExecutorService writer;
  private volatile boolean closed;
  private long lastLivenessCheck;

  private SerialTransport(Path device, Path realDevice, SerialPort port) {
    this.device = device;
    this.realDevice = realDevice;
    this.port = port;
    this.writer =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "serial-writer " + device);
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Opens {@code device} with the line settings of {@code settings}. A pseudo-terminal refuses the
   * modem-line part of the settings although it applies the rest; that refusal is accepted there
   * and fatal on a real port.
   */
  public static SerialTransport open(Path device, TransportProfile settings) throws LinkException {
    Path real;
    try {
      real = device.toRealPath();
    } catch (IOException e) {
      throw new LinkException(device + " is not there (unplugged or switched off?)", e);
    }
    SerialPort port = new SerialPort(device.toString());
    try {
      port.openPort();
    } catch (SerialPortException e) {
      throw new LinkException("cannot open " + device + ": " + e.getExceptionType(), e);
    }
    boolean pseudoTerminal = real.startsWith("/dev/pts/");
    try {
      boolean applied =
          port.setParams(
              settings.baud(), settings.dataBits(), settings.stopBits(), parity(settings.parity()));
      boolean flow = port.setFlowControlMode(flowControl(settings.flowControl()));
      if (!(applied && flow) && !pseudoTerminal) {
        throw new LinkException(
            device + " refused the line settings " + settings.baud() + " baud, " + settings);
      }
    } catch (SerialPortException e) {
      closeQuietly(port);
      throw new LinkException("cannot configure " + device + ": " + e.getExceptionType(), e);
    } catch (LinkException e) {
      closeQuietly(port);
      throw e;
    }
    LOG.debug("opened {} ({})", device, real);
    return new SerialTransport(device, real, port);
  }

  @Override
  public void write(byte[] bytes, Duration timeout) throws LinkException {
    checkUsable();
    Future<?> writing =
        writer.submit(
            () -> {
              for (int from = 0; from < bytes.length; from += WRITE_CHUNK) {
                byte[] chunk =
                    Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + WRITE_CHUNK));
                if (!port.writeBytes(chunk)) {
                  throw new LinkException("short write to " + device);
                }
              }
              return null;
            });
    try {
      writing.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      close();
      throw new LinkTimeoutException(
          device + " took no more bytes for " + timeout.toMillis() + " ms (flow control held?)");
    } catch (ExecutionException e) {
      close();
      throw new LinkException("writing to " + device + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new LinkException("interrupted while writing to " + device, e);
    }
  }

  @Override
  public byte[] read(int count, Duration timeout) throws LinkException {
    byte[] received = new byte[count];
    int have = 0;
    long deadline = System.nanoTime() + timeout.toNanos();
    while (have < count) {
      byte[] chunk = readAvailable(count - have, Duration.ofNanos(deadline - System.nanoTime()));
      if (chunk.length == 0) {
        throw new LinkTimeoutException(
            device + " sent " + have + " of " + count + " bytes in " + timeout.toMillis() + " ms");
      }
      System.arraycopy(chunk, 0, received, have, chunk.length);
      have += chunk.length;
    }
    return received;
  }

  @Override
  public byte[] readAvailable(int max, Duration wait) throws LinkException {
    long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
    try {
      while (true) {
        checkUsable();
        int available = port.getInputBufferBytesCount();
        if (available > 0) {
          return port.readBytes(Math.min(available, max));
        }
        if (System.nanoTime() >= deadline) {
          return new byte[0];
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (SerialPortException e) {
      close();
      throw new LinkException("reading from " + device + " failed: " + e.getExceptionType(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LinkException("interrupted while reading from " + device, e);
    }
  }

  /** Drops what has arrived so far, once: a device that never stops sending cannot hold us here. */
  @Override
  public void discardInput() throws LinkException {
    byte[] stale = readAvailable(DISCARD_LIMIT, Duration.ZERO);
    if (stale.length > 0) {
      LOG.debug("discarded {} stale bytes from {}", stale.length, device);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    writer.shutdownNow();
    closeQuietly(port);
    LOG.debug("closed {}", device);
  }

  @Override
  public String toString() {
    return "serial " + device;
  }

  private void checkUsable() throws LinkException {
    if (closed) {
      throw new LinkException(device + " is closed");
    }
    long now = System.nanoTime();
    if (now - lastLivenessCheck < LIVENESS_CHECK_NANOS) {
      return;
    }
    lastLivenessCheck = now;
    boolean same;
    try {
      same = Files.exists(device) && device.toRealPath().equals(realDevice);
    } catch (IOException e) {
      same = false;
    }
    if (!same) {
      close();
      throw new LinkException(device + " disappeared (unplugged?)");
    }
  }

  private static void closeQuietly(SerialPort port) {
    try {
      if (port.isOpened()) {
        port.closePort();
      }
    } catch (SerialPortException e) {
      LOG.debug("closing {} failed: {}", port.getPortName(), e.getExceptionType());
    }
  }

  private static int parity(Parity parity) {
    return switch (parity) {
      case NONE -> SerialPort.PARITY_NONE;
      case EVEN -> SerialPort.PARITY_EVEN;
      case ODD -> SerialPort.PARITY_ODD;
    };
  }

  private static int flowControl(FlowControl flowControl) {
    return switch (flowControl) {
      case NONE -> SerialPort.FLOWCONTROL_NONE;
      case RTS_CTS -> SerialPort.FLOWCONTROL_RTSCTS_IN | SerialPort.FLOWCONTROL_RTSCTS_OUT;
      case XON_XOFF -> SerialPort.FLOWCONTROL_XONXOFF_IN | SerialPort.FLOWCONTROL_XONXOFF_OUT;
    };
  }
}
