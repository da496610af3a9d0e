package nl.zuil.regionapi;

/**
 * Where the region's API v1 lives: the paths every client calls and the server answers, its
 * version, and the OpenAPI document that describes them ({@code openapi.yaml} next to the records,
 * checked against them by a test).
 */
public final class RegionApi {

  /**
   * The full version of API v1 (semantic versioning), sent on every answer in {@link
   * #VERSION_HEADER} and written in the OpenAPI document's {@code info.version}. 1.0.0 was release
   * 0.1's API; 1.1.0 answers problems as application/problem+json and serves the document as JSON;
   * 1.2.0 adds the referral-slip paths and the catalogue's kiosk format parameter, all optional for
   * an agent; 1.3.0 adds the optional bucket fields corrections, questions, ratings, channel and
   * people, the health report's disk and the catalogue's recorded clips path.
   */
  public static final String VERSION = "1.3.0";

  /** The header that carries {@link #VERSION} (NL API Design Rules, API-57). */
  public static final String VERSION_HEADER = "API-Version";

  public static final String BASE = "/api/v1";
  public static final String ENROLMENTS = BASE + "/enrolments";
  public static final String BUCKETS = BASE + "/buckets";
  public static final String HEALTH = BASE + "/health";
  public static final String CATALOGUE = BASE + "/catalogue";

  /**
   * One recorded clip of the kiosk's region's catalogue by its SHA-256 (decision 0310): a WAV file,
   * fetched by agents that name kiosk format 3 or higher before they install a catalogue that names
   * it. Fill the hash in with {@link #catalogueClip(String)}.
   */
  public static final String CATALOGUE_CLIP = BASE + "/catalogue/clips/{sha256}";

  public static final String REFERRAL_SLIPS = BASE + "/referral-slips";
  public static final String REFERRAL_KEY = BASE + "/referral-key";

  /**
   * The query parameter of {@link #CATALOGUE} with which an agent names the catalogue format its
   * kiosk reads (a whole number, {@code KioskCopy.FORMAT} of the agent's release). Without it the
   * backend serves what a kiosk of the release before the parameter reads, so an agent of that
   * release keeps getting a catalogue its kiosk accepts (decision 0307).
   */
  public static final String CATALOGUE_KIOSK_FORMAT = "kioskFormat";

  public static final String OPENAPI = BASE + "/openapi.yaml";
  public static final String OPENAPI_JSON = BASE + "/openapi.json";

  /** The OpenAPI document as a class-path resource. */
  public static final String OPENAPI_RESOURCE = "/nl/zuil/regionapi/openapi.yaml";

  private RegionApi() {}

  /** {@link #CATALOGUE_CLIP} for the clip with {@code sha256}. */
  public static String catalogueClip(String sha256) {
    return CATALOGUE_CLIP.replace("{sha256}", sha256);
  }

  /** {@link #CATALOGUE} as an agent whose kiosk reads {@code kioskFormat} asks for it. */
  public static String catalogueFor(int kioskFormat) {
    return CATALOGUE + "?" + CATALOGUE_KIOSK_FORMAT + "=" + kioskFormat;
  }
}
