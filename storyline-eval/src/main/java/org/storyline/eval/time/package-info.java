/**
 * Dates and times (TIMEX3) scored on TimeBank the TempEval-3 way: {@link org.storyline.eval.time.TimeEval}
 * over {@link org.storyline.eval.time.TimemlDocument}s, Storyline's tagger beside SUTime.
 */
package org.storyline.eval.time;
