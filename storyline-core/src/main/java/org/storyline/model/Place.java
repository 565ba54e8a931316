package org.storyline.model;

/**
 * A toponym resolved to a gazetteer entry.
 *
 * @param name      the gazetteer's name for the place ("Aleppo")
 * @param country   ISO 3166-1 alpha-2 code of the country the place lies in
 * @param admin1    name of the first-order administrative region, or null
 * @param geonameId   GeoNames id; null for entries GeoNames' cities file has no id for (countries, regions)
 * @param featureCode GeoNames feature code: PPLC (capital), PPLA (seat of a region), PPL (a populated
 *                    place), ..., ADM1 (a first-order region), PCLI (a country)
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
    String featureCode) {}
