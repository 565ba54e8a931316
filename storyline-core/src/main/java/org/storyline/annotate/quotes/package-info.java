/** Quotes: quoted speech with its speaker and cue ({@link org.storyline.annotate.quotes.QuoteExtractor}). */
package org.storyline.annotate.quotes;
