package org.storyline.model;

/**
 * A toponym resolved to a gazetteer entry.
 *
 * @param name      the gazetteer's name for the place ("Aleppo")
 * @param country   ISO 3166-1 alpha-2 code of the country the place lies in (for a region across
 *                  countries, the first one named: "the Syrian-Turkish border" is SY)
 * @param admin1    name of the first-order administrative region, or null
 * @param geonameId   GeoNames id; null for entries GeoNames' files give no id for (first- and
 *                    second-order regions, border regions, parts of countries)
 * @param featureCode GeoNames feature code: PPLC (capital), PPLA (seat of a region), PPL (a populated
 *                    place), ..., ADM1 (a first-order region), PCLI (a country), CONT, RGN (a region)
 * @param precision how precisely the place locates an event there (city, admin1, country, region, ...)
 * @param demonym   the mention is a demonym or adjective ("Syrian", "European"): it evokes the place
 *                  as context and is never taken as the place where an event happened
 */
public record Place(
    int start,
    int end,
    String text,
    String name,
    double lat,
    double lon,
    String country,
    String admin1,
    Long geonameId,
    String featureCode,
    PlacePrecision precision,
    boolean demonym) {

  /** A place named outright, its precision following from its feature code. */
  public Place(int start, int end, String text, String name, double lat, double lon, String country, String admin1,
      Long geonameId, String featureCode) {
    this(start, end, text, name, lat, lon, country, admin1, geonameId, featureCode, PlacePrecision.ofFeatureCode(featureCode), false);
  }

  public Place {
    if (precision == null) {
      precision = PlacePrecision.ofFeatureCode(featureCode);
    }
  }
}
