package nl.zuil.kioskfiles.kioskconfig;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Prints the value for a PIN in a kiosk config: {@code staffPinHash} (staff menu on the kiosk) or
 * {@code console.gidsPinHash} (the web console's login); both are hashed the same way. Reads the
 * PIN without echo from the terminal, or one line from standard input when there is none (for
 * provisioning scripts).
 *
 * <p>Exit codes: 0 printed, 2 the PIN is not 4 to 8 digits, 1 no PIN could be read.
 */
public final class HashPinMain {

  private HashPinMain() {}

  public static void main(String[] args) throws IOException {
    char[] pin = readPin();
    if (pin == null) {
      System.err.println("hash-pin: no PIN given");
      System.exit(1);
    }
    try {
      System.out.println(PinHash.create(pin, PinHash.DEFAULT_ITERATIONS).encoded());
    } catch (IllegalArgumentException e) {
      System.err.println("hash-pin: " + e.getMessage());
      System.exit(2);
    } finally {
      Arrays.fill(pin, '\0');
    }
  }

  private static char[] readPin() throws IOException {
    Console console = System.console();
    if (console != null) {
      return console.readPassword("PIN (4-8 digits): ");
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    return line == null ? null : line.strip().toCharArray();
  }
}
