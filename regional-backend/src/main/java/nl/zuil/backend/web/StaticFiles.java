package nl.zuil.backend.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' stylesheet and script, and Chart.js from its webjar on the classpath: nothing is
 * fetched from the internet, so the dashboard works on a network without it.
 */
final class StaticFiles {

  private static final String OWN = "/nl/zuil/backend/web/static/";
  private static final String WEBJAR_PROPERTIES =
      "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

  record File(byte[] bytes, String contentType) {}

  private final Map<String, File> files;

  StaticFiles() {
    this.files =
        Map.of(
            "staff.css", new File(read(OWN + "staff.css"), "text/css; charset=utf-8"),
            "staff.js", new File(read(OWN + "staff.js"), "text/javascript; charset=utf-8"),
            "chart.umd.min.js",
                new File(
                    read(
                        "/META-INF/resources/webjars/chart.js/"
                            + chartJsVersion()
                            + "/dist/chart.umd.min.js"),
                    "text/javascript; charset=utf-8"));
  }

  File get(String name) {
    File file = files.get(name);
    if (file == null) {
      throw PageException.notFound();
    }
    return file;
  }

  private static String chartJsVersion() {
    Properties properties = new Properties();
    try (InputStream in = StaticFiles.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("the Chart.js webjar is not on the classpath");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static byte[] read(String resource) {
    try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
