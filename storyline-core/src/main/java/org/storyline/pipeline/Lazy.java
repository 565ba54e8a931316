package org.storyline.pipeline;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first; the others wait. Used so that a run
 * that finds nothing new to annotate never pays for loading the language models.
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> factory;
  private volatile T value;

  public Lazy(Supplier<? extends T> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(factory.get(), "factory returned null");
          value = v;
        }
      }
    }
    return v;
  }

  /** Whether the value has been made. */
  public boolean isMade() {
    return value != null;
  }
}
