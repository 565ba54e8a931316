package org.storyline.model;

/**
 * A quotation, direct ("…," he said) or reported (he said that …): the content, who said it and the
 * words that say so.
 *
 * @param start       start of the content: for a direct quote, its opening quotation mark
 * @param end         end of the content (exclusive)
 * @param speaker     the named mention that identifies the speaker: the speaker's own words in the
 *                    attribution ("Mr Lavrov said") or, when the attribution has a pronoun or a
 *                    description ("he said", "the minister said"), the name it stands for, which may
 *                    lie earlier in the text; null when no name is found. Never a pronoun.
 * @param cue         the attribution cue ("said", "told", "according to"), or null
 * @param speakerName the speaker's canonical name ("Mr Kerry" → "John Kerry"), or null with no speaker
 * @param direct      true when the content is in quotation marks
 */
public record Quote(int start, int end, String text, TextSpan speaker, TextSpan cue, String speakerName, boolean direct) {

  public Quote withSpeakerName(String name) {
    return new Quote(start, end, text, speaker, cue, name, direct);
  }
}
