package org.storyline.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator written as one method: {@link #advance} returns the next item or calls {@link #end}.
 * Sources read ahead one item at a time this way (after Guava's AbstractIterator, which is not worth
 * a dependency for twenty lines).
 */
public abstract class Lookahead<T> implements Iterator<T> {
  private T next;
  private boolean done;

  /** The next item, or the value of {@link #end()} when there is none. */
  protected abstract T advance();

  /** Says there are no more items; return its value from {@link #advance}. */
  protected final T end() {
    done = true;
    return null;
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = next;
    next = null;
    return item;
  }

  /** The items of each iterator in turn; iterators are asked for only when the previous one is spent. */
  public static <T> Iterator<T> concat(Iterator<? extends Iterator<? extends T>> iterators) {
    return new Lookahead<>() {
      private Iterator<? extends T> current = java.util.Collections.emptyIterator();

      @Override
      protected T advance() {
        while (!current.hasNext()) {
          if (!iterators.hasNext()) {
            return end();
          }
          current = iterators.next();
        }
        return current.next();
      }
    };
  }
}
