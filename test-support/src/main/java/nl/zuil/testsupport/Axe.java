package nl.zuil.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's accessibility engine, the one the audit used) run inside the page a
 * browser test has open: the WCAG 2.0 and 2.1 A and AA rules, and every serious or critical
 * violation is a finding. The script comes from the {@code com.deque.html.axe-core:selenium} jar
 * and is injected through {@link JavascriptExecutor}, so both modules with web pages check the same
 * way.
 */
public final class Axe {

  private static final String SCRIPT = load();

  /**
   * Runs axe and returns one line per serious or critical violation, each naming the rule, what it
   * asks for and up to five elements with axe's summary of what fails.
   */
  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, { runOnly: { type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
        .then(result => done(result.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => v.impact + ' ' + v.id + ' (' + v.help + '): ' + v.nodes.slice(0, 5)
            .map(n => n.target.join(' ') + ' - ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
            .join('; '))))
        .catch(error => done(['axe failed: ' + error]));
      """;

  private Axe() {}

  /** The serious and critical WCAG 2.1 A/AA violations of what {@code driver} shows now. */
  @SuppressWarnings("unchecked")
  public static List<String> violations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined';"))) {
      js.executeScript(SCRIPT);
    }
    return (List<String>) js.executeAsyncScript(RUN);
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException(
            "axe.min.js is not on the class path: the module needs the test dependency"
                + " com.deque.html.axe-core:selenium");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
