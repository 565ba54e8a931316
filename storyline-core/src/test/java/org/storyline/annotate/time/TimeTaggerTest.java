package org.storyline.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.annotate.time.Texts.found;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.model.TimeExpression;
import org.storyline.testing.Articles;
import org.storyline.testing.DictionaryRecogniser;

class TimeTaggerTest {

  /** Each line: publication date, sentence, the expression's text, its TIMEX3 value. */
  @ParameterizedTest(name = "{1} ({0}) -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      2016-12-02 | The army renewed the siege on Sunday.                 | Sunday          | 2016-11-27
      2016-12-02 | They will meet again on Sunday in Geneva.             | Sunday          | 2016-12-04
      2016-09-04 | Troops renewed the siege on Sunday.                   | Sunday          | 2016-09-04
      2016-09-04 | Kerry and Lavrov are set to meet again on Monday.     | Monday          | 2016-09-05
      2016-12-02 | Prices fell in June.                                  | June            | 2016-06
      2016-12-02 | The vote will be held in June.                        | June            | 2017-06
      2016-12-03 | Forces have recaptured half of it since mid-November. | mid-November    | 2016-11
      2016-09-04 | It has been divided since mid-2012.                   | mid-2012        | 2012
      2016-09-04 | Ankara began an operation on August 24.               | August 24       | 2016-08-24
      2016-09-04 | The war began with protests in March 2011.            | March 2011      | 2011-03
      2016-12-03 | Talks will follow next week.                          | next week       | 2016-W49
      2016-12-03 | He will take office next month.                       | next month      | 2017-01
      2016-12-03 | State media reported gains this week.                 | this week       | 2016-W48
      2016-09-04 | Moscow began an air campaign last September.          | last September  | 2015-09
      1998-03-01 | Two helicopters crashed last February.                | last February   | 1997-02
      2016-12-20 | Fighting flared earlier this month.                   | earlier this month | 2016-12
      2016-12-20 | The city fell last year.                              | last year       | 2015
      1989-11-01 | Orkem and Coates said last Wednesday that they talk.  | last Wednesday  | 1989-10-25
      2016-09-04 | In July, they severed the only road.                  | July            | 2016-07
      2016-09-04 | In early August, rebels battled regime forces.        | early August    | 2016-08
      2016-09-04 | Earlier Sunday, hopes were raised.                    | Earlier Sunday  | 2016-09-04
      1989-11-02 | The offer was extended to Nov. 20.                    | Nov. 20         | 1989-11-20
      2016-09-04 | Ceasefire talks resumed yesterday.                    | yesterday       | 2016-09-03
      2016-09-04 | The monitor said Saturday, September 3, was calm.     | Saturday, September 3 | 2016-09-03
      2016-09-04 | Aid arrived on 4 September 2016.                      | 4 September 2016 | 2016-09-04
      2016-09-04 | The report of 9/4/2016 is out.                        | 9/4/2016        | 2016-09-04
      2016-09-04 | They fought in the summer of 2012.                    | the summer of 2012 | 2012-SU
      2016-09-04 | They will fight on this summer.                       | this summer     | 2016-SU
      1998-03-03 | Hate groups dropped through the nineties.             | the nineties    | 199
      2016-09-04 | A regime that ruled since the 1970s.                  | the 1970s       | 197
      1989-11-02 | Net income rose in the third quarter.                 | the third quarter | 1989-Q3
      1998-01-26 | It announced a drop in profits for the fourth quarter. | the fourth quarter | 1997-Q4
      2016-09-04 | The 20th century ended.                               | The 20th century | 19
      2016-09-04 | We're going to review some ideas tonight.             | tonight         | 2016-09-04TNI
      1998-02-13 | The kidnappers struck at 10 p.m. Wednesday.           | 10 p.m. Wednesday | 1998-02-11T22:00
      1991-02-25 | Bush let the offensive begin Saturday night.          | Saturday night  | 1991-02-23TNI
      2016-09-04 | Shelling went on last night.                          | last night      | 2016-09-03TNI
      2016-09-04 | The siege, now in its fifth week, goes on.            | now             | PRESENT_REF
      2016-09-04 | Aid has recently been blocked.                        | recently        | PAST_REF
      2016-09-04 | They will talk in the future.                         | the future      | FUTURE_REF
      2016-09-04 | Rebels have gained ground in recent weeks.            | recent weeks    | PAST_REF
      1998-02-13 | She promised a referendum next year.                  | next year       | 1999
      1998-04-18 | He was made a general in 1995, and the following year he was appointed attache. | the following year | 1996
      """)
  void normalisesAgainstThePublicationDate(String published, String sentence, String text, String value) {
    assertThat(found(sentence, published)).anyMatch(f -> f.startsWith(text + "=") && f.endsWith(":" + value));
  }

  @Test
  void durationsOfStatesOfAffairsButNotAgesOfPeople() {
    assertThat(found("The five-year war goes on; aid agencies urged 48-hour ceasefires.", "2016-09-04"))
        .containsExactly("five-year=DURATION:P5Y", "48-hour=DURATION:PT48H");
    assertThat(found("A 6-year-old boy and a man, 52 years old, were killed.", "2016-09-04")).isEmpty();
    assertThat(found("Extremists oppose the 8-month-old truce.", "1998-03-22")).containsExactly("8-month-old=DURATION:P8M");
    assertThat(found("Talks lasted more than four hours; she ruled for nearly two years and a couple of weeks.", "2016-09-04"))
        .containsExactly("more than four hours=DURATION:PT4H", "nearly two years=DURATION:P2Y", "a couple of weeks=DURATION:P2W");
  }

  @Test
  void setsOfRecurringTimes() {
    assertThat(found("They meet every week and publish weekly, on Sundays, twice a month and each July.", "2016-09-04"))
        .containsExactly("every week=SET:P1W", "weekly=SET:P1W", "Sundays=SET:XXXX-WXX-7", "twice a month=SET:P1M",
            "each July=SET:XXXX-07");
  }

  @Test
  void rangesAreTwoExpressionsTheSecondTakingTheFirstsMonth() {
    assertThat(found("The summit ran September 4-5 and the war 1990-92.", "2016-09-04"))
        .containsExactly("September 4=DATE:2016-09-04", "5=DATE:2016-09-05", "1990=DATE:1990", "92=DATE:1992");
    assertThat(found("Fighting raged from 2010 to 2012.", "2016-09-04")).containsExactly("2010=DATE:2010", "2012=DATE:2012");
  }

  @Test
  void numbersThatAreAmountsAreNoYears() {
    assertThat(found("About 1500 people fled and $2000 was paid; 2000 troops arrived.", "2016-09-04")).isEmpty();
  }

  @Test
  void namesThatLookLikeMonthsAreNoDates() {
    assertThat(found("Theresa May said it may rain; the fall of Aleppo came.", "2016-09-04")).isEmpty();
  }

  @Test
  void withoutAPublicationDateAbsoluteDatesKeepTheirValue() {
    assertThat(found("On August 24, 2016 troops crossed; on Sunday they left; yesterday they came back.", null))
        .containsExactly("August 24, 2016=DATE:2016-08-24", "Sunday=DATE:XXXX-WXX-7", "yesterday=DATE:null");
  }

  @Test
  void aYearEarlierInAQuarterlyReportIsThatQuarterAYearBefore() {
    assertThat(found("Net rose 11% in the third quarter, from $10 million a year earlier.", "1989-11-02"))
        .containsExactly("the third quarter=DATE:1989-Q3", "a year earlier=DATE:1988-Q3");
  }

  @Test
  void annotatorProvidesTimesFromTokensAndSentences() {
    Document d = new DictionaryRecogniser(java.util.Map.of())
        .annotate(Document.of(Articles.of("a", null, "Troops renewed the siege on Sunday.", "2016-09-04")));
    List<TimeExpression> times = new TimeTagger().annotate(d).get(Layers.TIMES);
    assertThat(times).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Sunday");
      assertThat(t.type()).isEqualTo("DATE");
      assertThat(t.value()).isEqualTo("2016-09-04");
    });
  }
}
