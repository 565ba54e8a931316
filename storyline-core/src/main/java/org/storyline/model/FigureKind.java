package org.storyline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a number of people counts. Serialised in lower case, as in the contract. Finer kinds go into
 * {@link Figure#subtype()} rather than new values, so consumers that filter on these keep every figure:
 * refugees are {@code DISPLACED}/"refugees", killed and wounded together {@code OTHER}/"casualties",
 * abducted and hostages {@code OTHER}/"abducted". {@code BESIEGED} includes people cut off;
 * {@code PEOPLE} is a count with no such role (crowds, attackers, populations).
 */
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
