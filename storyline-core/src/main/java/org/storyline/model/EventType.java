package org.storyline.model;

import java.util.Arrays;
import java.util.Optional;

/** The event codes of EVENT_TYPES.md (ACLED sub-event types plus five beyond ACLED), with their parent type. */
public enum EventType {
  ARMED_CLASH("Battles"),
  GOV_REGAINS_TERIT("Battles"),
  NON_STATE_ACTOR_OVERTAKES_TER("Battles"),
  AIR_STRIKE("Explosions/Remote violence"),
  ART_MISS_ATTACK("Explosions/Remote violence"),
  CHEM_WEAP("Explosions/Remote violence"),
  SUIC_BOMB("Explosions/Remote violence"),
  REM_EXPLOS("Explosions/Remote violence"),
  GRENADE("Explosions/Remote violence"),
  ATTACK("Violence against civilians"),
  ABDUCT_DISSAP("Violence against civilians"),
  SEX_VIOL("Violence against civilians"),
  PEACE_PROTEST("Protests"),
  PROTEST_WITH_INTER("Protests"),
  FORCE_AGAINST_PROTEST("Protests"),
  VIOL_DEMONSTR("Riots"),
  MOB_VIOL("Riots"),
  AGREEMENT("Strategic developments"),
  ARREST("Strategic developments"),
  CHANGE_TO_GROUP_ACT("Strategic developments"),
  DISR_WEAP("Strategic developments"),
  HQ_ESTABLISHED("Strategic developments"),
  NON_VIOL_TERRIT_TRANSFER("Strategic developments"),
  PROPERTY_DISTRUCT("Strategic developments"),
  OTHER("Strategic developments"),
  DIPLO("Beyond ACLED"),
  ATTRIB("Beyond ACLED"),
  ORG_CRIME("Beyond ACLED"),
  NATURAL_DISASTER("Beyond ACLED"),
  MAN_MADE_DISASTER("Beyond ACLED");

  private final String parent;

  EventType(String parent) {
    this.parent = parent;
  }

  /** The ACLED event type this sub-event type belongs to ("Battles"), or "Beyond ACLED". */
  public String parent() {
    return parent;
  }

  public static Optional<EventType> ofCode(String code) {
    return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
  }
}
