package org.storyline.annotate.places;

/**
 * One place the gazetteer knows.
 *
 * @param geonameId  GeoNames id; null where GeoNames' files give none (first- and second-order
 *                   regions, border regions, a few well-known regions)
 * @param name       the preferred name
 * @param lat        latitude in degrees; for countries GeoNames' country point (else the centroid
 *                   of the main outline), for regions the mean of their places
 * @param lon        longitude in degrees
 * @param kind       what sort of place it is
 * @param country    ISO 3166-1 alpha-2 code; for a region spanning countries the first of them, or null
 * @param admin1     GeoNames first-order region code within the country ("09"), or null
 * @param population people living there (for countries and regions: the sum over their listed places)
 * @param featureCode GeoNames feature code (PPLC capital, PPLA seat of a first-order region, PPL, ...);
 *                   PCLI for countries, ADM1 and ADM2 for regions, CONT for continents, RGN for other regions
 */
public record GazetteerEntry(
    Long geonameId,
    String name,
    double lat,
    double lon,
    Kind kind,
    String country,
    String admin1,
    long population,
    String featureCode) {

  /** What sort of place an entry is; the precision it gives an event follows from it. */
  public enum Kind { CITY, ADMIN2, ADMIN1, COUNTRY, REGION, CONTINENT }
}
