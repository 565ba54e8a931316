package org.storyline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a number of people counts. Serialised in lower case, as in the contract. */
public enum FigureKind {
  KILLED,
  INJURED,
  DISPLACED,
  MISSING,
  ARRESTED,
  BESIEGED,
  PEOPLE,
  OTHER;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static FigureKind of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
