package org.storyline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How precisely a place locates what happened there, finest first: a point (a site within a
 * city), a city or town, a first-order region (or a county), a country, or a wider region (a
 * border area, "northern Syria", a continent). Written in JSON in lower case ("city").
 */
public enum PlacePrecision {
  POINT, CITY, ADMIN1, COUNTRY, REGION;

  /** The precision a GeoNames feature code gives: PPL* a city, ADM1/ADM2 a region, PCL* a country, CONT/RGN a region. */
  public static PlacePrecision ofFeatureCode(String featureCode) {
    if (featureCode == null) {
      return POINT;
    }
    if (featureCode.startsWith("PPL")) {
      return CITY;
    }
    if (featureCode.startsWith("ADM")) {
      return ADMIN1;
    }
    if (featureCode.startsWith("PCL")) {
      return COUNTRY;
    }
    if (featureCode.equals("CONT") || featureCode.equals("RGN")) {
      return REGION;
    }
    return POINT;
  }

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static PlacePrecision fromJson(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
