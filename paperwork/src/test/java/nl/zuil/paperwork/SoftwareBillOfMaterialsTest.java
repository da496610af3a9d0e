package nl.zuil.paperwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build's software bill of materials (CycloneDX, written by the parent pom at the start of
 * every {@code mvn verify}) names every jar the applications ship with, with a licence, and none of
 * the test tools. Compared with the jars the build actually copies next to each application, so a
 * dependency the SBOM misses fails here. Needs the whole build: this module is the last in it.
 */
class SoftwareBillOfMaterialsTest {

  private static final List<String> APPLICATIONS =
      List.of("kiosk-app", "sync-agent", "regional-backend", "provisioning");

  @Test
  void everyJarAnApplicationShipsWithIsInTheBillWithALicence() throws IOException {
    JsonNode bom = bom();
    Set<String> listed = new HashSet<>();
    List<String> withoutLicence = new ArrayList<>();
    for (JsonNode component : bom.get("components")) {
      listed.add(component.get("name").asText() + "-" + component.get("version").asText());
      if (component.path("licenses").isEmpty()) {
        withoutLicence.add(component.get("purl").asText());
      }
    }
    List<String> missing = new ArrayList<>();
    for (String application : APPLICATIONS) {
      for (String jar : shippedJars(application)) {
        if (listed.stream().noneMatch(jar::startsWith)) {
          missing.add(application + ": " + jar);
        }
      }
    }
    assertThat(missing).as("shipped but not in the SBOM").isEmpty();
    assertThat(withoutLicence).as("in the SBOM without a licence").isEmpty();
  }

  @Test
  void theTestToolsAreNotInIt() throws IOException {
    List<String> purls = new ArrayList<>();
    bom().get("components").forEach(c -> purls.add(c.get("purl").asText()));

    assertThat(purls)
        .isNotEmpty()
        .noneMatch(p -> p.contains("junit"))
        .noneMatch(p -> p.contains("selenium"))
        .noneMatch(p -> p.contains("testfx"))
        .noneMatch(p -> p.contains("nl.zuil/test-support"))
        .noneMatch(p -> p.contains("nl.zuil/bench"));
  }

  private static JsonNode bom() throws IOException {
    Path file = Repository.file("target/zuil-bom.json");
    assertThat(file)
        .as("the SBOM, written by `mvn verify` of the whole project (not of this module alone)")
        .isRegularFile();
    return new ObjectMapper().readTree(file.toFile());
  }

  private static List<String> shippedJars(String application) throws IOException {
    Path lib = Repository.file(application + "/target/lib");
    assertThat(lib).as(lib + ", copied by the whole project's build").isDirectory();
    try (Stream<Path> jars = Files.list(lib)) {
      return jars.map(j -> j.getFileName().toString()).filter(j -> j.endsWith(".jar")).toList();
    }
  }
}
