package org.storyline.annotate.time;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;

/** The words of English time expressions, lower-cased (as {@link Piece#lower()}). Immutable. */
final class Lexicon {
  private Lexicon() {}

  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  /** Month words that are also common words or names ("May", "March", "Mar"): they need a date around them. */
  static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar", "jun", "jul", "apr", "jan", "dec");

  static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY));

  static final Map<String, DayOfWeek> WEEKDAYS_PLURAL = Map.ofEntries(
      Map.entry("mondays", DayOfWeek.MONDAY), Map.entry("tuesdays", DayOfWeek.TUESDAY),
      Map.entry("wednesdays", DayOfWeek.WEDNESDAY), Map.entry("thursdays", DayOfWeek.THURSDAY),
      Map.entry("fridays", DayOfWeek.FRIDAY), Map.entry("saturdays", DayOfWeek.SATURDAY),
      Map.entry("sundays", DayOfWeek.SUNDAY));

  /** Abbreviated weekdays, taken only when written with their period ("Sun." but not "Sun"). */
  static final Map<String, DayOfWeek> WEEKDAY_ABBREVIATIONS = Map.ofEntries(
      Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
      Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
      Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY),
      Map.entry("sun", DayOfWeek.SUNDAY));

  static final Map<String, Unit> UNITS = Map.ofEntries(
      Map.entry("second", Unit.SECOND), Map.entry("seconds", Unit.SECOND),
      Map.entry("minute", Unit.MINUTE), Map.entry("minutes", Unit.MINUTE), Map.entry("min", Unit.MINUTE),
      Map.entry("mins", Unit.MINUTE), Map.entry("hour", Unit.HOUR), Map.entry("hours", Unit.HOUR),
      Map.entry("hr", Unit.HOUR), Map.entry("hrs", Unit.HOUR), Map.entry("day", Unit.DAY), Map.entry("days", Unit.DAY),
      Map.entry("week", Unit.WEEK), Map.entry("weeks", Unit.WEEK), Map.entry("month", Unit.MONTH),
      Map.entry("months", Unit.MONTH), Map.entry("quarter", Unit.QUARTER), Map.entry("quarters", Unit.QUARTER),
      Map.entry("year", Unit.YEAR), Map.entry("years", Unit.YEAR), Map.entry("yr", Unit.YEAR), Map.entry("yrs", Unit.YEAR),
      Map.entry("decade", Unit.DECADE), Map.entry("decades", Unit.DECADE), Map.entry("century", Unit.CENTURY),
      Map.entry("centuries", Unit.CENTURY));

  /** Seasons as TIMEX3 codes. */
  static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");

  /** Parts of the day as TIMEX3 codes. */
  static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI");

  static final Map<String, Integer> CARDINALS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12));

  static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
      Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
      Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4));

  /** Decades written as words ("the nineties"), as the first three digits of the decade in the 1900s. */
  static final Map<String, Integer> DECADE_WORDS = Map.of("twenties", 192, "thirties", 193, "forties", 194,
      "fifties", 195, "sixties", 196, "seventies", 197, "eighties", 198, "nineties", 199);

  /** Words before a number that make it an approximate amount (kept in the span, as TimeBank does). */
  static final Set<String> APPROXIMATE = Set.of("about", "around", "nearly", "almost", "some", "roughly",
      "approximately", "over", "under", "only", "barely", "just");

  /** Two-word approximations ("more than four hours", "up to 180 days"). */
  static final Set<String> APPROXIMATE_PAIRS = Set.of("more than", "less than", "fewer than", "up to", "at least",
      "at most", "no more", "no less", "just over", "just under", "well over", "more then");

  /** Rate words after a number: "$100 a month", "three times a day". */
  static final Set<String> TIMES = Set.of("times", "once", "twice", "thrice");

  /**
   * Adverbs of frequency as SETs. "annually" and "yearly" are left out: TimeBank tags one in five
   * ("revenue to increase by 20% annually" is not), so they cost more than they bring.
   */
  static final Map<String, String> FREQUENCIES = Map.of("daily", "P1D", "weekly", "P1W", "monthly", "P1M",
      "hourly", "PT1H", "nightly", "P1D", "biweekly", "P2W");

  /** Time zones after a clock time; they stay in the span and leave the value unchanged. */
  static final Set<String> ZONES = Set.of("gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "bst",
      "cet", "cest", "eet", "eest", "jst", "ist", "msk", "z");

  /** Nouns after "N-year-old" that make it the age of a state of affairs ("8-month-old truce"), not of a person. */
  static final Set<String> AGED_THINGS = Set.of("truce", "ceasefire", "cease", "war", "conflict", "siege", "strike",
      "dispute", "battle", "crisis", "regime", "government", "rule", "occupation", "ban", "embargo", "blockade",
      "standoff", "stalemate", "deal", "agreement", "accord", "campaign", "offensive", "insurgency", "uprising",
      "revolt", "rebellion", "revolution", "protest", "protests", "movement", "company", "firm", "program",
      "programme", "policy", "law", "marriage", "relationship", "tradition", "feud", "mystery", "case", "treaty");

  /** Clause words that say a date lies ahead of the time of writing. */
  static final Set<String> FUTURE_CUES = Set.of("will", "'ll", "shall", "wo", "would", "upcoming", "scheduled",
      "expected", "expect", "expects", "plan", "plans", "planned", "intends", "intend", "hopes", "due", "slated",
      "going", "gon", "next", "aims", "tomorrow");

  /** Past tense forms that do not end in -ed. */
  static final Set<String> IRREGULAR_PAST = Set.of("was", "were", "had", "did", "said", "told", "began", "came", "went",
      "took", "gave", "made", "met", "left", "fell", "rose", "got", "saw", "held", "fled", "won", "lost", "sent",
      "spent", "sold", "bought", "brought", "thought", "found", "broke", "drove", "flew", "fought", "knew", "led",
      "ran", "shot", "spoke", "stood", "struck", "wrote", "became", "paid", "kept", "felt", "heard", "meant", "seized",
      "slid", "sank", "swept", "threw", "grew", "overran", "overtook", "withdrew", "laid", "ago", "last", "hit", "cut",
      "quit", "sought", "taught", "caught", "stole", "chose", "froze", "woke", "wore", "tore", "bore", "forgot",
      "forgave", "rode", "rang", "sang", "beat", "bit", "dug", "hung", "lit", "slept", "split", "spread",
      "stuck", "stung", "swore", "underwent", "upheld", "withheld");

  /** Words ending in -ed that are not past-tense verbs. */
  static final Set<String> NOT_PAST = Set.of("need", "needed", "speed", "seed", "feed", "bed", "red", "shed", "united",
      "indeed", "proceed", "succeed", "exceed", "hundred", "breed", "creed", "greed", "weed", "sacred", "naked",
      "wicked", "aged", "alleged", "armed", "based", "concerned", "detailed", "expected", "advanced", "limited",
      "supposed", "scheduled", "planned", "related", "interested", "skilled", "unprecedented", "unidentified",
      "embed", "wed", "reed", "steed", "kindred", "deed", "heed", "tired");

  /** Present-tense forms: a weekday in a present-tense clause of news lies ahead ("the talks are on Monday"). */
  static final Set<String> PRESENT = Set.of("is", "are", "am", "says", "begins", "starts", "opens", "meets",
      "takes", "holds", "resumes", "ends", "expires", "arrives", "leaves", "visits", "travels", "goes");
}
