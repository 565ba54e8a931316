/**
 * Adapters to heavy language models, behind the core's {@link org.storyline.annotate.Annotator}
 * contract: {@link org.storyline.nlp.CoreNlpAnnotator} (Stanford CoreNLP 4.5.10: tokens, sentences,
 * entity mentions; SUTime dates when asked for), and {@link org.storyline.nlp.StandardPipeline}, which assembles
 * Storyline's default stages around it.
 */
package org.storyline.nlp;
