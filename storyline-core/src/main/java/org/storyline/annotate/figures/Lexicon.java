package org.storyline.annotate.figures;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.storyline.model.FigureKind;

/**
 * The words figures are read with: nouns for people, the cues that say what happened to them, and
 * the function words that end a noun phrase. Keys are lower-case words or lemmas; a word is looked up
 * both ways, so the lemmas of a tagger-free morphology ("killed" → "kill") and of a tagger agree.
 */
final class Lexicon {
  private Lexicon() {}

  /** How a cue relates to the people counted, which decides on which side of the number it may stand. */
  enum Form {
    /** A verb with the people as object: "killed 12", "12 were killed"; "12 gunmen killed ..." is the agent. */
    TRANSITIVE,
    /** A verb with the people as subject: "12 died", "thousands fled". */
    INTRANSITIVE,
    /** An adjective or participle after the people: "12 dead", "five missing". */
    ADJECTIVE,
    /** A noun: "the bodies of 12", "12 deaths", "death toll". */
    NOUN
  }

  /** What a cue says about the people counted. */
  record Cue(FigureKind kind, String subtype, Form form) {}

  static final Set<String> PEOPLE = Set.of(
      "people", "person", "persons", "civilian", "resident", "inhabitant", "villager", "citizen", "national", "population",
      "child", "children", "kid", "boy", "girl", "baby", "infant", "toddler", "teen", "teenager", "youth", "minor", "adult",
      "woman", "women", "man", "men", "elder", "pensioner", "individual", "family", "household", "couple",
      "soldier", "troop", "force", "fighter", "militant", "rebel", "insurgent", "jihadist", "gunman", "gunmen", "attacker",
      "assailant", "bomber", "terrorist", "militiaman", "militiamen", "militia", "guerrilla", "combatant", "serviceman",
      "servicemen", "marine", "sailor", "pilot", "paratrooper", "commando", "recruit", "conscript", "peacekeeper", "guard",
      "ranger", "gendarme", "policeman", "policemen", "policewoman", "police", "officer", "cop", "deputy", "trooper", "agent",
      "sergeant", "commander", "official", "diplomat", "leader", "minister", "lawmaker", "politician", "candidate", "voter",
      "member", "supporter", "activist", "protester", "protestor", "demonstrator", "rioter", "striker", "marcher", "crowd",
      "student", "pupil", "teacher", "doctor", "nurse", "medic", "paramedic", "patient", "worker", "employee", "staff",
      "staffer", "personnel", "crew", "crewman", "crewmen", "colleague", "co-worker", "coworker", "manager", "executive",
      "journalist", "reporter", "photographer", "lawyer", "judge", "juror", "witness", "victim", "casualty", "survivor",
      "hostage", "captive", "prisoner", "inmate", "detainee", "suspect", "smuggler", "trafficker", "pirate", "bandit",
      "robber", "thief", "migrant", "immigrant", "refugee", "asylum-seeker", "evacuee", "pilgrim", "worshipper", "tourist",
      "visitor", "passenger", "driver", "pedestrian", "shopper", "spectator", "fan", "partygoer", "guest", "farmer", "miner",
      "fisherman", "fishermen", "herder", "herdsman", "herdsmen", "firefighter", "fireman", "firemen", "rescuer",
      "volunteer", "priest", "monk", "nun", "christian", "muslim", "communist", "brother", "sister", "son", "daughter",
      "mother", "father", "parent", "sibling", "relative", "wife", "husband", "columnist", "other", "others", "technician",
      "engineer", "expert", "specialist", "contractor", "consultant", "scientist", "researcher", "professor", "player",
      "athlete", "coach", "clerk", "cashier", "receptionist", "accountant", "owner", "shopkeeper", "vendor", "trader",
      "businessman", "businessmen", "neighbour", "neighbor", "friend", "mom", "mum", "grandmother", "grandfather", "widow",
      "orphan", "operative", "intruder", "burglar", "kidnapper", "hijacker", "sniper", "shooter", "extremist", "separatist",
      "loyalist", "opponent", "dissident", "critic", "blogger", "detective", "investigator", "prosecutor", "defendant",
      "fugitive", "escapee", "deserter", "defector", "mercenary", "cadet", "envoy", "observer", "monitor", "inspector",
      "labourer", "laborer", "porter", "settler", "nomad", "islamist", "jihadi", "occupant", "homeowner", "squatter",
      "holdout", "spokesman", "spokesmen", "spokeswoman", "spokesperson");

  /**
   * Nouns that count people and say what happened to them: "12 dead", "86 arrests", "4,000
   * refugees". An outcome (form ADJECTIVE: "dead", "wounded") is final; the others yield to a
   * predicate after them ("five refugees were killed").
   */
  static final Map<String, Cue> KIND_NOUNS = Map.ofEntries(
      Map.entry("dead", cue(FigureKind.KILLED, Form.ADJECTIVE)), Map.entry("body", cue(FigureKind.KILLED, Form.NOUN)),
      Map.entry("bodies", cue(FigureKind.KILLED, Form.NOUN)), Map.entry("corpse", cue(FigureKind.KILLED, Form.NOUN)),
      Map.entry("death", cue(FigureKind.KILLED, Form.NOUN)), Map.entry("fatality", cue(FigureKind.KILLED, Form.NOUN)),
      Map.entry("fatalities", cue(FigureKind.KILLED, Form.NOUN)), Map.entry("murder", cue(FigureKind.KILLED, Form.NOUN)),
      Map.entry("killing", cue(FigureKind.KILLED, Form.NOUN)),
      Map.entry("wounded", cue(FigureKind.INJURED, Form.ADJECTIVE)), Map.entry("injured", cue(FigureKind.INJURED, Form.ADJECTIVE)),
      Map.entry("missing", cue(FigureKind.MISSING, Form.ADJECTIVE)), Map.entry("displaced", cue(FigureKind.DISPLACED, Form.ADJECTIVE)),
      Map.entry("homeless", cue(FigureKind.DISPLACED, Form.ADJECTIVE)), Map.entry("evacuee", cue(FigureKind.DISPLACED, Form.NOUN)),
      Map.entry("refugee", new Cue(FigureKind.DISPLACED, "refugees", Form.NOUN)),
      Map.entry("asylum-seeker", new Cue(FigureKind.DISPLACED, "refugees", Form.NOUN)),
      Map.entry("arrest", cue(FigureKind.ARRESTED, Form.NOUN)), Map.entry("detainee", cue(FigureKind.ARRESTED, Form.NOUN)),
      Map.entry("casualty", new Cue(FigureKind.OTHER, "casualties", Form.NOUN)),
      Map.entry("casualties", new Cue(FigureKind.OTHER, "casualties", Form.NOUN)),
      Map.entry("hostage", new Cue(FigureKind.OTHER, "abducted", Form.NOUN)),
      Map.entry("captive", new Cue(FigureKind.OTHER, "abducted", Form.NOUN)));

  /** Cues of what happened to people, by word or lemma. */
  static final Map<String, Cue> CUES = cues();

  private static Map<String, Cue> cues() {
    Map<String, Cue> m = new HashMap<>();
    put(m, FigureKind.KILLED, null, Form.TRANSITIVE, "kill", "killed", "execute", "executed", "murder", "murdered", "slay",
        "slain", "slaughter", "slaughtered", "behead", "beheaded", "massacre", "massacred", "lynch", "lynched");
    put(m, FigureKind.KILLED, null, Form.INTRANSITIVE, "die", "died", "perish", "perished", "drown", "drowned", "succumb",
        "succumbed");
    put(m, FigureKind.KILLED, null, Form.ADJECTIVE, "dead", "fatally", "lifeless");
    put(m, FigureKind.KILLED, null, Form.NOUN, "death", "deaths", "toll", "fatality", "fatalities", "body", "bodies", "corpse",
        "killing", "killings", "murders");
    put(m, FigureKind.INJURED, null, Form.TRANSITIVE, "injure", "injured", "wound", "wounded", "hurt", "hospitalize",
        "hospitalized", "hospitalise", "hospitalised", "treat", "treated", "beat", "beaten", "poison", "poisoned");
    put(m, FigureKind.INJURED, null, Form.ADJECTIVE, "critical");
    put(m, FigureKind.INJURED, null, Form.NOUN, "injury", "injuries");
    put(m, FigureKind.DISPLACED, null, Form.TRANSITIVE, "displace", "displaced", "evacuate", "evacuated", "uproot",
        "uprooted", "relocate", "relocated");
    put(m, FigureKind.DISPLACED, null, Form.INTRANSITIVE, "flee", "fled", "fleeing");
    put(m, FigureKind.DISPLACED, null, Form.ADJECTIVE, "homeless");
    put(m, FigureKind.DISPLACED, null, Form.NOUN, "evacuation", "evacuee", "evacuees");
    put(m, FigureKind.DISPLACED, "refugees", Form.NOUN, "refugee", "refugees");
    put(m, FigureKind.MISSING, null, Form.ADJECTIVE, "missing", "unaccounted");
    put(m, FigureKind.MISSING, null, Form.INTRANSITIVE, "disappear", "disappeared");
    put(m, FigureKind.ARRESTED, null, Form.TRANSITIVE, "arrest", "arrested", "detain", "detained", "capture", "captured",
        "apprehend", "apprehended", "nab", "nabbed", "jail", "jailed", "imprison", "imprisoned", "intercept", "intercepted",
        "catch", "caught");
    put(m, FigureKind.ARRESTED, null, Form.NOUN, "arrests", "custody", "detention");
    put(m, FigureKind.BESIEGED, null, Form.TRANSITIVE, "besiege", "besieged", "encircle", "encircled", "trap", "trapped",
        "strand", "stranded", "blockade", "blockaded");
    put(m, FigureKind.BESIEGED, null, Form.NOUN, "siege");
    put(m, FigureKind.OTHER, "abducted", Form.TRANSITIVE, "abduct", "abducted", "kidnap", "kidnapped");
    put(m, FigureKind.OTHER, "abducted", Form.NOUN, "hostage", "hostages", "captive", "captives", "abduction");
    put(m, FigureKind.OTHER, "casualties", Form.TRANSITIVE, "shoot", "shot", "stab", "stabbed");
    put(m, FigureKind.OTHER, "casualties", Form.NOUN, "casualty", "casualties");
    put(m, FigureKind.OTHER, null, Form.TRANSITIVE, "rescue", "rescued", "free", "freed", "release", "released", "expel",
        "expelled", "deport", "deported", "charge", "charged", "sentence", "sentenced", "convict", "convicted", "indict",
        "indicted", "rape", "raped");
    put(m, FigureKind.OTHER, null, Form.INTRANSITIVE, "surrender", "surrendered", "defect", "defected");
    return Map.copyOf(m);
  }

  private static void put(Map<String, Cue> m, FigureKind kind, String subtype, Form form, String... words) {
    for (String w : words) {
      m.put(w, new Cue(kind, subtype, form));
    }
  }

  private static Cue cue(FigureKind kind, Form form) {
    return new Cue(kind, null, form);
  }

  /** Cues whose meaning another cue next to them completes: "shot dead", "abducted and killed". */
  static final Set<String> OPEN_OUTCOME = Set.of("shoot", "shot", "stab", "stabbed", "abduct", "abducted", "kidnap",
      "kidnapped", "beat", "beaten", "attack", "attacked", "find", "found", "confirm", "confirmed", "report", "reported");

  /** Words that end a noun phrase: determiners, prepositions, auxiliaries, conjunctions, pronouns. */
  static final Set<String> FUNCTION_WORDS = Set.of(
      "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "near", "inside", "outside", "across",
      "over", "under", "after", "before", "during", "since", "until", "against", "among", "amid", "between", "through",
      "towards", "toward", "around", "about", "per", "as", "than", "like", "including", "and", "or", "but", "nor", "so",
      "yet", "the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our", "my", "your", "them",
      "they", "he", "she", "it", "we", "you", "who", "whom", "whose", "which", "what", "when", "where", "while", "if",
      "have", "has", "had", "having", "were", "was", "are", "is", "be", "been", "being", "will", "would", "could", "should",
      "can", "may", "might", "must", "shall", "do", "does", "did", "not", "no", "also", "still", "only", "just", "all",
      "both", "each", "every", "some", "any", "more", "most", "less", "least", "times", "reportedly", "allegedly");

  /** Words that end the clause a cue may be read from. */
  static final Set<String> CLAUSE_END = Set.of(";", ".", ":", "--", "—", "–", "but", "while", "whereas", "although",
      "though", "because", "meanwhile", "\"", "“", "”");

  /**
   * Verb forms that attribute what a sentence states to a source. Forms that are as often nouns
   * ("state", "report", "show", "note", "claim") are left out in the base form.
   */
  static final Set<String> REPORTING = Set.of(
      "say", "said", "says", "saying", "tell", "told", "tells", "reported", "reports", "reporting", "announce",
      "announced", "announces", "confirm", "confirmed", "confirms", "stated", "added", "adds", "claimed", "claims",
      "allege", "alleged", "alleges", "estimated", "noted", "indicated", "testified", "tweeted", "wrote", "quoted",
      "cited", "suggested", "described", "insisted", "explained", "warned", "acknowledged", "admitted", "believe",
      "believes", "believed");

  /** Long-running events whose "has killed" is a running total: "the conflict that has killed 290,000". */
  static final Set<String> LONG_EVENTS = Set.of("war", "conflict", "fighting", "violence", "insurgency", "crisis",
      "uprising", "unrest", "revolution", "campaign", "epidemic", "outbreak", "pandemic", "strife", "occupation",
      "rebellion", "offensive", "protests", "bombardment", "siege");
}
