package nl.zuil.sync.catalogue;

/** What one look at the backend's catalogue did to the kiosk's file. */
public record CatalogueCheck(Result result, int installedVersion, String reason) {

  public enum Result {
    /** The kiosk already has the published version. */
    CURRENT,
    /** The file now holds the published version. */
    INSTALLED,
    /** The backend's answer was not acceptable; the file is as it was. */
    REFUSED,
    /** The backend could not be asked; the file is as it was. */
    UNAVAILABLE
  }
}
