package nl.zuil.hardware.virtualprinter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import nl.zuil.hardware.profile.HardwareProfile;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.hardware.profile.ProfileException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the virtual printer for the demo or by hand, until killed. While it runs, lines typed on
 * standard input change its state ("paper out", "paper in", "cover open", ...; "help" lists them).
 */
@Command(
    name = "virtual-printer",
    mixinStandardHelpOptions = true,
    description = "An ESC/POS printer in software that writes each ticket as a PNG.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:rendered the --input file, or stopped",
      "1:the device, socat, a font or the output folder failed",
      "2:wrong arguments or an invalid profile"
    })
public final class VirtualPrinterMain implements Callable<Integer> {

  static final String STATE_COMMANDS =
      "paper out | paper in | paper near-end | paper runs out after <lines> | cover open"
          + " | cover closed | offline | online | cutter jammed | cutter ok | silent | answering"
          + " | garbage on | garbage off | delay <ms>";

  @Spec private CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  private Source source;

  static final class Source {
    @Option(
        names = "--device",
        paramLabel = "PATH",
        description = "listen on this existing serial device (the printer's end of a pty pair)")
    private Path device;

    @Option(
        names = "--kiosk-link",
        paramLabel = "PATH",
        description =
            "make a socat pty pair: the kiosk opens PATH, the printer listens on PATH-printer")
    private Path kioskLink;

    @Option(
        names = "--input",
        paramLabel = "FILE",
        description = "render the ESC/POS bytes in FILE and exit")
    private Path input;
  }

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "folder for the ticket PNGs")
  private Path out;

  @Option(
      names = "--profile",
      defaultValue = "virtual",
      paramLabel = "NAME|FILE.json",
      description = "hardware profile whose printer to be (default: ${DEFAULT-VALUE})")
  private String profileName;

  @Option(
      names = "--baud",
      paramLabel = "N",
      description = "line speed to throttle to instead of the profile's")
  private Integer baud;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(new CommandLine(new VirtualPrinterMain()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrinterProfile printer;
    try {
      HardwareProfile profile = HardwareProfiles.resolve(profileName);
      printer = profile.printer();
    } catch (ProfileException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    if (baud != null) {
      printer = printer.withTransport(printer.transport().withBaud(baud));
    }
    if (source.input != null) {
      return renderFile(printer, stdout);
    }
    PtyPair pair =
        source.kioskLink == null
            ? null
            : PtyPair.create(
                source.kioskLink,
                source.kioskLink.resolveSibling(source.kioskLink.getFileName() + "-printer"));
    Path device = pair == null ? source.device : pair.printerEnd();
    VirtualPrinter virtualPrinter = VirtualPrinter.start(device, printer, out);
    CountDownLatch stopped = new CountDownLatch(1);
    // Killing the process is the normal way to stop it: close here, or socat outlives us.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  virtualPrinter.close();
                  closeQuietly(pair);
                  stopped.countDown();
                }));
    stdout.printf(
        "virtual printer (%s, %d baud) listening on %s%s; tickets go to %s%n",
        profileName,
        printer.transport().baud(),
        device,
        pair == null ? "" : ", kiosk end " + pair.kioskEnd(),
        out.toAbsolutePath());
    stdout.println("type: " + STATE_COMMANDS);
    stdout.flush();
    readStateCommands(virtualPrinter.controls(), stdout);
    stopped.await();
    return 0;
  }

  private int renderFile(PrinterProfile printer, PrintWriter stdout) throws IOException {
    Files.createDirectories(out);
    List<PrintedTicket> tickets = VirtualPrinter.render(printer, Files.readAllBytes(source.input));
    for (PrintedTicket ticket : tickets) {
      Path file = out.resolve(ticket.fileName());
      ImageIO.write(ticket.image(), "png", file.toFile());
      stdout.println(file);
    }
    stdout.printf("%d ticket(s) from %s%n", tickets.size(), source.input);
    return 0;
  }

  private static void closeQuietly(PtyPair pair) {
    if (pair == null) {
      return;
    }
    try {
      pair.close();
    } catch (IOException e) {
      System.err.println("could not stop socat: " + e.getMessage());
    }
  }

  private static void readStateCommands(PrinterControls controls, PrintWriter stdout)
      throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      stdout.println(apply(controls, line.strip()) ? "ok" : "unknown; type: " + STATE_COMMANDS);
      stdout.flush();
    }
  }

  /** Applies one typed state command; false when it is not one. */
  static boolean apply(PrinterControls controls, String command) {
    String[] words = command.split("\\s+");
    switch (command) {
      case "paper out" -> controls.paperOut(true);
      case "paper in" -> controls.paperOut(false).paperNearEnd(false);
      case "paper near-end" -> controls.paperNearEnd(true);
      case "cover open" -> controls.coverOpen(true);
      case "cover closed" -> controls.coverOpen(false);
      case "offline" -> controls.offline(true);
      case "online" -> controls.offline(false);
      case "cutter jammed" -> controls.cutterJammed(true);
      case "cutter ok" -> controls.cutterJammed(false);
      case "silent" -> controls.silent(true);
      case "answering" -> controls.silent(false);
      case "garbage on" -> controls.garbage(true);
      case "garbage off" -> controls.garbage(false);
      default -> {
        if (command.matches("paper runs out after \\d{1,4}")) {
          controls.paperRunsOutAfterLines(Integer.parseInt(words[4]));
        } else if (command.matches("delay \\d{1,5}")) {
          controls.answerDelay(Duration.ofMillis(Long.parseLong(words[1])));
        } else {
          return false;
        }
      }
    }
    return true;
  }
}
