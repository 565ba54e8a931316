package org.storyline.annotate.places;

/**
 * One place the gazetteer knows.
 *
 * @param geonameId  GeoNames id; null for countries and regions (the cities file carries none for them)
 * @param name       the preferred name
 * @param lat        latitude in degrees; for countries the centroid of their main outline, for regions
 *                   the population-weighted mean of their places
 * @param lon        longitude in degrees
 * @param kind       what sort of place it is
 * @param country    ISO 3166-1 alpha-2 code
 * @param admin1     GeoNames first-order region code within the country ("09"), or null
 * @param population people living there (for countries and regions: the sum over their listed places)
 * @param featureCode GeoNames feature code (PPLC capital, PPLA seat of a first-order region, PPL, ...);
 *                   "PCLI" for countries and "ADM1" for regions
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

  /** The precision a place gives an event: a point in a city, a region, a whole country. */
  public enum Kind { CITY, ADMIN1, COUNTRY }
}
