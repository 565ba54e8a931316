package org.storyline.model;

/**
 * Who took part in an event, as ACLED names actors: a canonical name ("Islamic State", "Military
 * Forces of Syria", "Protesters (Syria)") and the kind of actor it is.
 *
 * @param name    canonical name of the actor
 * @param role    what kind of actor it is
 * @param country ISO 3166-1 alpha-2 code of the country the actor belongs to, or null
 */
public record EventActor(String name, ActorRole role, String country) {}
