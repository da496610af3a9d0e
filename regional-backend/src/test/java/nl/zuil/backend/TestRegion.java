package nl.zuil.backend;

import java.time.Duration;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.backend.http.Backend;
import nl.zuil.catalogue.CatalogueLoader;

/** Seeds the example region with a location and enrols kiosks there. */
public final class TestRegion {

  public static final String REGION = "voorbeeldregio";
  public static final String LOCATION = "hengelo-bibliotheek";

  private TestRegion() {}

  public static void seed(Backend backend) {
    backend.regions().publish(CatalogueLoader.loadDefault());
    backend.regions().saveLocation(REGION, LOCATION, "Bibliotheek Hengelo", "Hengelo");
  }

  public static EnrolledDevice enrol(Backend backend, String kioskCode) {
    String code =
        backend.enrolment().createCode(REGION, LOCATION, kioskCode, Duration.ofHours(1)).code();
    return backend.enrolment().enrol(code).orElseThrow();
  }
}
