package nl.zuil.catalogue;

/** Where a location is (WGS84 degrees), to name the nearest staffed places to a visitor. */
public record Coordinates(Double lat, Double lon) {

  private static final double EARTH_RADIUS_KM = 6371.0;

  /** The great-circle distance, which is all "nearest" needs within one region. */
  public double kilometresTo(Coordinates other) {
    double phi1 = Math.toRadians(lat);
    double phi2 = Math.toRadians(other.lat);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.lon - lon);
    double a =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
