package nl.zuil.backend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.access.Role;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.ingest.BucketCounts;
import nl.zuil.backend.ingest.RatingCounts;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.regionapi.HistogramBins;

/**
 * Two regions on one backend, with accounts of every role, for the tests that prove they stay
 * apart. Region B's names contain "Zwolle" and "IJsselland" and nothing of region A does, so any
 * leak shows up as a plain substring.
 */
public final class TwoRegions {

  public static final String A = "voorbeeldregio";
  public static final String B = "ijsselland";
  public static final String PASSWORD = "correct horse battery";

  /** Region A: Hengelo, and two inlooppunten in Enschede. */
  public static final String HENGELO = "hengelo-bibliotheek";

  public static final String ENSCHEDE_NOORD = "enschede-noord";
  public static final String ENSCHEDE_ZUID = "enschede-zuid";

  /** Region B. */
  public static final String ZWOLLE = "zwolle-bibliotheek";

  public static final List<String> B_MARKERS = List.of("zwolle", "ijsselland");

  /** Accounts: region staff, municipality (Enschede) and IT of A; region staff of B. */
  public static final String ANNA = "anna";

  public static final String ERIK = "erik";
  public static final String IVO = "ivo";
  public static final String BERT = "bert";

  private TwoRegions() {}

  /** Both regions, their inlooppunten and the accounts. */
  public static void seed(Backend backend) {
    regions(backend);
    backend.regions().saveLocation(A, HENGELO, "Bibliotheek Hengelo", "Hengelo");
    backend.regions().saveLocation(A, ENSCHEDE_NOORD, "Wijkcentrum Enschede-Noord", "Enschede");
    backend.regions().saveLocation(A, ENSCHEDE_ZUID, "Stadhuis Enschede", "Enschede");
    backend.regions().saveLocation(B, ZWOLLE, "Bibliotheek Zwolle", "Zwolle");
    accounts(backend);
  }

  public static void regions(Backend backend) {
    backend.regions().publish(CatalogueLoader.loadDefault());
    backend.regions().publish(regionB());
  }

  /** The accounts; region A needs an inlooppunt in Enschede first. */
  public static void accounts(Backend backend) {
    char[] password = PASSWORD.toCharArray();
    backend.staff().save(ANNA, A, Role.REGION_STAFF, Optional.empty(), password);
    backend.staff().save(ERIK, A, Role.MUNICIPALITY, Optional.of("Enschede"), password);
    backend.staff().save(IVO, A, Role.IT, Optional.empty(), password);
    backend.staff().save(BERT, B, Role.REGION_STAFF, Optional.empty(), password);
  }

  /** The default catalogue under another region's code and name. */
  public static Catalogue regionB() {
    String json =
        CatalogueLoader.defaultJson()
            .replace("\"voorbeeldregio\"", "\"" + B + "\"")
            .replace("Werkcentrum Voorbeeldregio", "Werkcentrum IJsselland")
            .replace("Werkcentrum Example Region", "Werkcentrum IJsselland");
    try {
      return CatalogueLoader.parse(json, "region B");
    } catch (CatalogueException e) {
      throw new AssertionError("region B's catalogue", e);
    }
  }

  /** A bucket with all its visits in the first waiting-time bin. */
  public static BucketCounts bucket(
      String date,
      int hour,
      String question,
      String situation,
      String outcome,
      String partner,
      int visits,
      int confirmed,
      long revision) {
    int[] wait = new int[HistogramBins.BINS];
    int[] service = new int[HistogramBins.BINS];
    wait[2] = visits;
    service[1] = visits;
    return new BucketCounts(
        LocalDate.parse(date),
        hour,
        question,
        situation,
        outcome,
        partner,
        visits,
        confirmed,
        wait,
        service,
        revision,
        0,
        visits,
        RatingCounts.NONE);
  }

  public static void store(
      Backend backend, String region, String location, String kiosk, BucketCounts... buckets) {
    backend
        .buckets()
        .upsert(
            new Device("t-" + location + "-" + kiosk, region, location, kiosk),
            "0",
            new ArrayList<>(List.of(buckets)),
            backend.clock().millis());
  }
}
