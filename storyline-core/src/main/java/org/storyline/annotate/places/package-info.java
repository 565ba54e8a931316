/**
 * Places: the {@link org.storyline.annotate.places.Gazetteer} (GeoNames cities500, first- and
 * second-order regions, countries at GeoNames' country points, continents, well-known regions,
 * border regions and compass parts of countries, compiled into a compact binary resource by
 * {@link org.storyline.annotate.places.GazetteerCompiler}) and the
 * {@link org.storyline.annotate.places.PlaceResolver} stage, which finds toponyms (locations the
 * recogniser marked, demonyms, well-known names it missed, "the Syrian-Turkish border", "northern
 * Syria") and resolves each with population and feature priors, qualifiers, the document's
 * countries, regions and nearby places, one sense per discourse and the outlet's country.
 *
 * <p>Gazetteer data: GeoNames (https://www.geonames.org/), CC BY 4.0. Country outlines for
 * fallback centroids: Natural Earth via world-atlas (public domain / ISC). Country names and
 * nationality adjectives: openeventdata CountryInfo (MIT).
 */
package org.storyline.annotate.places;
