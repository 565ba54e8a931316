package org.storyline.annotate.places;

/** Distances on the Earth's surface. */
public final class GreatCircle {
  /** Mean Earth radius in kilometres (IUGG). */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private GreatCircle() {}

  /** Great-circle distance in kilometres between two points given in degrees (haversine). */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p = Math.PI / 180;
    double h = Math.pow(Math.sin((lat2 - lat1) * p / 2), 2)
        + Math.cos(lat1 * p) * Math.cos(lat2 * p) * Math.pow(Math.sin((lon2 - lon1) * p / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
