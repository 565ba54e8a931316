/**
 * Places: the {@link org.storyline.annotate.places.Gazetteer} (GeoNames cities500 plus countries and
 * first-order regions, compiled into a compact resource by
 * {@link org.storyline.annotate.places.GazetteerCompiler}) and the
 * {@link org.storyline.annotate.places.PlaceResolver} stage that resolves location mentions to entries.
 *
 * <p>Gazetteer data: GeoNames (https://www.geonames.org/), CC BY 4.0. Country outlines for
 * centroids: Natural Earth via world-atlas (public domain / ISC). Country names and nationality
 * adjectives: openeventdata CountryInfo (MIT).
 */
package org.storyline.annotate.places;
