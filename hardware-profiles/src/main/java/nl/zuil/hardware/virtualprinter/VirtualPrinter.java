package nl.zuil.hardware.virtualprinter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import nl.zuil.hardware.escpos.DejaVuFonts;
import nl.zuil.hardware.link.LinkException;
import nl.zuil.hardware.link.PrinterLink;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.hardware.profile.TransportProfile;
import nl.zuil.hardware.serial.SerialTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS printer in software, listening on a serial device (one end of a {@link PtyPair}). It
 * takes bytes no faster than its profile's baud rate allows, because a pseudo-terminal ignores baud
 * and would otherwise make every transfer look instant; it answers status requests from the state
 * of its {@link PrinterControls}, renders each cut ticket to an image and, given a folder, writes
 * it there as a PNG. When its device disappears it waits for it to come back.
 */
public final class VirtualPrinter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(VirtualPrinter.class);
  private static final Duration IDLE_WAIT = Duration.ofMillis(10);
  private static final long REOPEN_MILLIS = 50;
  private static final long IDLE_LINE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final Path device;
  private final TransportProfile transport;
  private final Path outputFolder;
  private final PrinterControls controls = new PrinterControls();
  private final PrintEngine engine;
  private final List<byte[]> answers = new ArrayList<>();
  private final List<PrintedTicket> tickets = new ArrayList<>();
  private final Random noise = new Random(4);
  private final Thread thread;
  private final int chunkBytes;
  private volatile boolean running = true;
  private PrinterLink link;
  private long wireFreeAtNanos;

  private VirtualPrinter(Path device, PrinterProfile profile, Path outputFolder) {
    this.device = device;
    this.transport = profile.transport();
    this.outputFolder = outputFolder;
    this.engine =
        new PrintEngine(profile, DejaVuFonts.system(), controls, answers::add, this::printed);
    // Read about 5 ms of line time at once, so the throttle stays smooth at any baud rate.
    this.chunkBytes = Math.max(1, transport.baud() / 10 / 200);
    this.thread = new Thread(this::run, "virtual-printer " + device);
    this.thread.setDaemon(true);
  }

  /**
   * Starts listening on {@code device}, at the line speed of {@code profile}'s transport.
   *
   * @param outputFolder where each ticket's PNG goes, or null to keep them in memory only
   */
  public static VirtualPrinter start(Path device, PrinterProfile profile, Path outputFolder)
      throws IOException {
    if (outputFolder != null) {
      Files.createDirectories(outputFolder);
    }
    VirtualPrinter printer = new VirtualPrinter(device, profile, outputFolder);
    printer.thread.start();
    return printer;
  }

  /**
   * The tickets in {@code bytes}, printed with paper and everything in order: for files and tests.
   */
  public static List<PrintedTicket> render(PrinterProfile profile, byte[] bytes) {
    List<PrintedTicket> printed = new ArrayList<>();
    new PrintEngine(profile, DejaVuFonts.system(), new PrinterControls(), a -> {}, printed::add)
        .receive(bytes);
    return printed;
  }

  public PrinterControls controls() {
    return controls;
  }

  public synchronized List<PrintedTicket> tickets() {
    return List.copyOf(tickets);
  }

  /** Waits until at least {@code count} tickets (complete or not) have come out. */
  public synchronized List<PrintedTicket> awaitTickets(int count, Duration timeout)
      throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (tickets.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new TimeoutException(
            tickets.size() + " of " + count + " tickets came out in " + timeout.toMillis() + " ms");
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return List.copyOf(tickets);
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (running) {
      try {
        if (link == null) {
          link = SerialTransport.open(device, transport);
          LOG.info("virtual printer connected on {}", device);
        }
        serveOnce();
      } catch (LinkException e) {
        if (link != null) {
          LOG.info("virtual printer lost {}: {}", device, e.getMessage());
          link.close();
          link = null;
        }
        pause(REOPEN_MILLIS);
      }
    }
    if (link != null) {
      link.close();
    }
  }

  private void serveOnce() throws LinkException {
    byte[] received = link.readAvailable(chunkBytes, IDLE_WAIT);
    if (received.length > 0) {
      throttle(received.length);
      engine.receive(received);
    } else {
      engine.printWhatCan();
    }
    for (byte[] answer : drainAnswers()) {
      pause(controls.answerDelay().toMillis());
      send(controls.garbage() ? noise(answer.length) : answer);
    }
    if (controls.garbage()) {
      send(noise(chunkBytes));
    }
  }

  private List<byte[]> drainAnswers() {
    List<byte[]> pending = List.copyOf(answers);
    answers.clear();
    return pending;
  }

  private void send(byte[] bytes) throws LinkException {
    throttle(bytes.length);
    link.write(bytes, Duration.ofSeconds(1));
  }

  private byte[] noise(int length) {
    byte[] bytes = new byte[length];
    noise.nextBytes(bytes);
    return bytes;
  }

  /**
   * Holds the thread until the line would have carried {@code bytes} at the profile's baud. The
   * schedule runs on from where the previous bytes ended, so a late wake-up is made up by the next
   * chunk instead of adding up; only a line idle for longer than a sleep's jitter starts afresh.
   */
  private void throttle(int bytes) {
    long now = System.nanoTime();
    long lineNanos = (long) (transport.wireSeconds(bytes) * 1e9);
    wireFreeAtNanos = Math.max(now - IDLE_LINE_NANOS, wireFreeAtNanos) + lineNanos;
    long wait = wireFreeAtNanos - now;
    if (wait > 0) {
      pause(TimeUnit.NANOSECONDS.toMillis(wait), (int) (wait % 1_000_000));
    }
  }

  private void printed(PrintedTicket ticket) {
    if (outputFolder != null) {
      write(ticket.image(), outputFolder.resolve(ticket.fileName()));
    }
    LOG.info("virtual printer: {}", ticket.fileName());
    synchronized (this) {
      tickets.add(ticket);
      notifyAll();
    }
  }

  private static void write(BufferedImage image, Path file) {
    try {
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void pause(long millis) {
    pause(millis, 0);
  }

  private static void pause(long millis, int nanos) {
    if (millis <= 0 && nanos <= 0) {
      return;
    }
    try {
      Thread.sleep(millis, nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
