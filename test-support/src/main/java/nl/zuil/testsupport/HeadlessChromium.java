package nl.zuil.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven by Selenium through Debian's chromedriver. Selenium Manager
 * is kept out (it would try to download a browser), and so is every background connection Chromium
 * makes, because this machine has no network beyond loopback.
 */
public final class HeadlessChromium implements AutoCloseable {

  private final ChromeDriver driver;
  private final Path downloads;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path downloads, Path profile) {
    this.driver = driver;
    this.downloads = downloads;
    this.profile = profile;
  }

  /** A fresh browser with its own empty profile and download folder, 1366x900 unless resized. */
  public static HeadlessChromium start() {
    Path chromium = RequiredTool.find("chromium", "chromium");
    Path chromedriver = RequiredTool.find("chromedriver", "chromium-driver");
    try {
      Path profile = Files.createTempDirectory("zuil-chromium-profile");
      Path downloads = Files.createTempDirectory("zuil-chromium-downloads");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          "--ignore-certificate-errors",
          "--window-size=1366,900",
          "--lang=nl-NL",
          "--user-data-dir=" + profile);
      Map<String, Object> prefs = new HashMap<>();
      prefs.put("download.default_directory", downloads.toString());
      prefs.put("download.prompt_for_download", false);
      options.setExperimentalOption("prefs", prefs);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().implicitlyWait(Duration.ZERO);
      return new HeadlessChromium(driver, downloads, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Where files the page downloads end up. */
  public Path downloads() {
    return downloads;
  }

  /** Saves what the page shows now as {@code target/screens/<name>.png} of the running module. */
  public Path screenshot(String name) {
    try {
      Path screens = Files.createDirectories(Path.of("target", "screens"));
      Path file = screens.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fails when axe finds a serious or critical WCAG 2.1 A/AA violation in what the page shows now
   * ({@link Axe}); {@code page} names it in the message.
   */
  public void assertAccessible(String page) {
    List<String> found = Axe.violations(driver);
    if (!found.isEmpty()) {
      throw new AssertionError(
          page + " fails WCAG 2.1 AA (axe, serious or critical):\n" + String.join("\n", found));
    }
  }

  @Override
  public void close() {
    driver.quit();
    deleteQuietly(profile);
    deleteQuietly(downloads);
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A left-over temporary profile is harmless; the test's outcome is what matters.
    }
  }
}
