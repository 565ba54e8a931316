package org.storyline.testing;

/** Distances for tests of places. */
public final class Geo {
  private Geo() {}

  /** Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km). */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p = Math.PI / 180;
    double h = Math.pow(Math.sin((lat2 - lat1) * p / 2), 2)
        + Math.cos(lat1 * p) * Math.cos(lat2 * p) * Math.pow(Math.sin((lon2 - lon1) * p / 2), 2);
    return 12742 * Math.asin(Math.sqrt(h));
  }
}
