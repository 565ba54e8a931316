package org.storyline.model;

/**
 * The kinds of actor of ACLED's interaction codes, named: state forces (1), rebels (2), militias
 * (3, 4), rioters (5), protesters (6), civilians (7), external forces and international bodies (8),
 * and governments acting as such (talks, accusations, sanctions) rather than through their forces.
 */
public enum ActorRole {
  STATE_FORCES,
  GOVERNMENT,
  REBELS,
  MILITIA,
  RIOTERS,
  PROTESTERS,
  CIVILIANS,
  INTERNATIONAL,
  OTHER;

  /** Whether this kind of actor takes ground for the state (GOV_REGAINS_TERIT) rather than against it. */
  public boolean isState() {
    return this == STATE_FORCES || this == GOVERNMENT;
  }

  /** Whether this kind of actor is an armed group outside the state. */
  public boolean isNonStateArmed() {
    return this == REBELS || this == MILITIA;
  }
}
