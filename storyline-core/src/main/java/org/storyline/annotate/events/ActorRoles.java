package org.storyline.annotate.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storyline.annotate.Token;
import org.storyline.model.ActorRole;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.EventActor;

/**
 * The actors of a sentence, in text order, each with its kind (ACLED's actor types):
 *
 * <ul>
 *   <li>named organisations by their kind: armed groups are rebels, state forces state forces,
 *       intergovernmental bodies international;
 *   <li>actor nouns of the dictionaries, named as ACLED names them: "Syrian government troops" →
 *       Military Forces of Syria, "rebels" → Rebels (Syria), "protesters" → Protesters (Syria);
 *       the country comes from a nationality before the noun, else from the event's place;
 *   <li>a country or its capital standing for its government ("the US accused Russia",
 *       "Washington and Moscow") → Government of the United States.
 * </ul>
 */
final class ActorRoles {
  /** An actor found at tokens [first, end). */
  record Found(EventActor actor, int first, int end) {}

  private static final Map<String, ActorRole> ORG_KINDS = Map.of(
      "ARMED_GROUP", ActorRole.REBELS, "STATE_FORCE", ActorRole.STATE_FORCES, "IGO", ActorRole.INTERNATIONAL,
      "PARTY", ActorRole.OTHER);

  private final TriggerLexicon lexicon;

  ActorRoles(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The actors in tokens [from, to).
   *
   * @param entities      the document's entities (canonical names and subtypes) by their start offset
   * @param placeCountry  ISO code of the event's country, for actors the text gives no country; may be null
   */
  List<Found> find(List<Token> tokens, int from, int to, Map<Integer, Entity> entities, String placeCountry) {
    List<Found> out = new ArrayList<>();
    String nation = null;
    int nationEnd = -1;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      Entity e = entities.get(t.start());
      if (e != null && e.type() == EntityType.ORGANIZATION && e.subtype() != null && ORG_KINDS.containsKey(e.subtype())) {
        int end = endOf(tokens, i, to, e.end());
        out.add(new Found(new EventActor(e.canonical(), ORG_KINDS.get(e.subtype()), null), i, end));
        i = end - 1;
        continue;
      }
      TriggerLexicon.ActorWord w = actorAt(tokens, i, to);
      if (w == null) {
        continue;
      }
      int end = i + w.lemmas().size();
      if (w.kind().nation()) {
        boolean modifier = end < to && actorAt(tokens, end, to) != null && !actorAt(tokens, end, to).kind().nation();
        boolean location = e != null && e.type() == EntityType.LOCATION;
        if (modifier) {
          nation = w.country();
          nationEnd = end;
        } else if (location) {
          out.add(new Found(new EventActor("Government of " + lexicon.countryName(w.country()), ActorRole.GOVERNMENT, w.country()), i, end));
        }
        i = end - 1;
        continue;
      }
      ActorRole role = w.kind().role();
      TriggerLexicon.ActorWord head = end < to ? actorAt(tokens, end, to) : null;
      if (head != null && !head.kind().nation()) {
        end += head.lemmas().size(); // "rebel fighters", "government soldiers": the modifier says which kind
      }
      boolean ofNation = nationEnd == i;
      String country = ofNation ? nation : placeCountry;
      out.add(new Found(new EventActor(name(role, country), role, country), ofNation ? i - 1 : i, end));
      nation = null;
      nationEnd = -1;
      i = end - 1;
    }
    return out;
  }

  private TriggerLexicon.ActorWord actorAt(List<Token> tokens, int i, int to) {
    Token t = tokens.get(i);
    for (TriggerLexicon.ActorWord w : lexicon.actorsStartingWith(TypeClassifier.lemma(t), TypeClassifier.lower(t))) {
      int n = w.lemmas().size();
      if (i + n > to) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        Token x = tokens.get(i + k);
        String want = w.lemmas().get(k);
        String lower = TypeClassifier.lower(x);
        // a plain plural where no lemmatiser ran ("forces")
        all = want.equals(TypeClassifier.lemma(x)) || want.equals(lower)
            || (lower.endsWith("s") && want.length() == lower.length() - 1 && lower.startsWith(want));
      }
      if (all) {
        return w;
      }
    }
    return null;
  }

  /** ACLED's names for actors known by their kind: "Military Forces of Syria", "Rebels (Syria)". */
  private String name(ActorRole role, String country) {
    String c = country == null ? null : lexicon.countryName(country);
    return switch (role) {
      case STATE_FORCES -> c == null ? "State forces" : "Military Forces of " + c;
      case GOVERNMENT -> c == null ? "Government" : "Government of " + c;
      case REBELS -> label("Rebels", c);
      case MILITIA -> label("Unidentified Armed Group", c);
      case RIOTERS -> label("Rioters", c);
      case PROTESTERS -> label("Protesters", c);
      case CIVILIANS -> label("Civilians", c);
      case INTERNATIONAL -> "International forces";
      case OTHER -> label("Other", c);
    };
  }

  private static String label(String what, String country) {
    return country == null ? what : what + " (" + country + ")";
  }

  private static int endOf(List<Token> tokens, int i, int to, int charEnd) {
    int k = i + 1;
    while (k < to && tokens.get(k).start() < charEnd) {
      k++;
    }
    return k;
  }
}
