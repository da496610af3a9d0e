package nl.zuil.sync.health;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Zuil version this agent was built as (from the Maven build). */
public final class AppVersion {

  private AppVersion() {}

  public static String current() {
    Properties properties = new Properties();
    try (InputStream in =
        AppVersion.class.getResourceAsStream("/nl/zuil/sync/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
