package nl.zuil.regionapi;

/**
 * Where the region's API v1 lives: the paths every client calls and the server answers, and the
 * OpenAPI document that describes them ({@code openapi.yaml} next to the records, checked against
 * them by a test).
 */
public final class RegionApi {

  public static final String BASE = "/api/v1";
  public static final String ENROLMENTS = BASE + "/enrolments";
  public static final String BUCKETS = BASE + "/buckets";
  public static final String HEALTH = BASE + "/health";
  public static final String CATALOGUE = BASE + "/catalogue";
  public static final String REFERRAL_SLIPS = BASE + "/referral-slips";
  public static final String REFERRAL_KEY = BASE + "/referral-key";
  public static final String OPENAPI = BASE + "/openapi.yaml";

  /** The OpenAPI document as a class-path resource. */
  public static final String OPENAPI_RESOURCE = "/nl/zuil/regionapi/openapi.yaml";

  private RegionApi() {}
}
