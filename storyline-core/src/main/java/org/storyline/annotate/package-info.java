/**
 * Per-article annotation: the {@link org.storyline.annotate.Annotator} contract, the typed
 * {@link org.storyline.annotate.Layer}s annotators read and add, and the stages themselves in
 * sub-packages ({@code places}, {@code figures}, {@code quotes}, {@code events}, {@code entities}).
 * Heavy model adapters (CoreNLP) live in the {@code storyline-nlp} module and implement the same contract.
 */
package org.storyline.annotate;
