package org.storyline.annotate;

import java.util.Set;

/**
 * One annotation stage: reads the layers it {@link #requires()}, adds the layers it
 * {@link #provides()}. The contract, after CoreNLP's annotators:
 *
 * <ul>
 *   <li>{@link #annotate} is a pure function of the document: no shared mutable state, safe to call
 *       from several threads at once, so the same stage can later run as a stream operator.
 *   <li>It reads only layers it declares in {@link #requires()} and returns the document with every
 *       layer of {@link #provides()} set (possibly to an empty list).
 *   <li>Text that is merely odd (empty, huge, no sentences) yields empty layers, not an exception.
 * </ul>
 */
public interface Annotator {

  /** Short name for messages and metrics, e.g. "places". */
  String name();

  Set<Layer<?>> requires();

  Set<Layer<?>> provides();

  Document annotate(Document document);
}
