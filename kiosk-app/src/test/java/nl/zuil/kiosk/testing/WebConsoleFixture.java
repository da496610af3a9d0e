package nl.zuil.kiosk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.kiosk.web.ConsoleCertificate;
import nl.zuil.kiosk.web.ConsoleServer;
import nl.zuil.kioskfiles.kioskconfig.PinHash;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.testsupport.TestCertificate;

/**
 * A kiosk with its web console on 127.0.0.1 (a free port, a self-signed certificate), its ledger on
 * its own thread as in the real kiosk, and two desks for gidsen to choose from. Tickets come from
 * the kiosk's own ticket office, the same way a visitor's tap makes them.
 */
public final class WebConsoleFixture implements AutoCloseable {

  public static final String LOCATION = "Bibliotheek Hengelo";

  public final KioskFixture kiosk;
  public final ConsoleServer server;
  public final ConsoleCertificate certificate;
  public final String base;

  private WebConsoleFixture(Path dir, ConsoleCertificate certificate) throws Exception {
    // The config names the keystore files, and the loader checks they can be read; the server
    // itself uses the certificate made once for the test class.
    Files.writeString(dir.resolve("kiosk.p12"), "made once per test class");
    Files.writeString(dir.resolve("keystore-password"), "see above");
    kiosk = KioskFixture.threaded(dir, TestConfigs.withTwoDesks(TestConfigs.landscapeJson(), 8443));
    this.certificate = certificate;
    server =
        ConsoleServer.start(
            kiosk.console,
            new ConsoleServer.Settings(
                "127.0.0.1",
                0,
                certificate,
                PinHash.parse(TestConfigs.GIDS_PIN_HASH),
                Duration.ofMinutes(30),
                kiosk.config.console().orElseThrow().desks(),
                LOCATION),
            kiosk.clock);
    base = "https://127.0.0.1:" + server.port();
  }

  /** Makes the kiosk's certificate with keytool (a second or so): once per test class is enough. */
  public static ConsoleCertificate certificate(Path dir) throws IOException {
    TestCertificate created = TestCertificate.create(dir, "console");
    Path password = Files.writeString(dir.resolve("password"), created.password());
    return ConsoleCertificate.open(created.keystore(), password);
  }

  public static WebConsoleFixture start(Path dir, ConsoleCertificate certificate) throws Exception {
    return new WebConsoleFixture(dir, certificate);
  }

  /** A visitor takes a ticket at the kiosk. */
  public Ticket visitorTakes(String question, String situation) {
    return kiosk
        .office
        .issue(TicketRequest.of(question, "nl").withSituation(situation))
        .join()
        .ticket();
  }

  /** Every ticket with its state, for "the ledger did not change". */
  public List<Ticket> ledgerState() {
    List<Ticket> all = new ArrayList<>(kiosk.ledger.desk().waiting());
    all.addAll(kiosk.ledger.desk().called());
    all.addAll(
        kiosk
            .ledger
            .desk()
            .finishedOn(kiosk.clock.instant().atZone(kiosk.clock.getZone()).toLocalDate()));
    return all;
  }

  public Ticket stored(Ticket ticket) {
    return kiosk.ledger.desk().find(ticket.reference()).orElseThrow();
  }

  @Override
  public void close() {
    server.close();
    kiosk.close();
  }
}
