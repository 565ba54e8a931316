package org.storyline.annotate;

import java.util.Objects;

/**
 * A typed key for one kind of annotation on a {@link Document}: what stages declare they need and
 * add. Identity is the name; the type token makes reads type-safe without casts at call sites.
 *
 * @param <T> the value type, always immutable
 */
public final class Layer<T> {
  private final String name;
  private final Class<?> type;

  private Layer(String name, Class<?> type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** A layer holding one immutable value of the given type. */
  public static <T> Layer<T> of(String name, Class<T> type) {
    return new Layer<>(name, type);
  }

  /** A layer whose values are lists of the given element type. */
  public static <E> Layer<java.util.List<E>> listOf(String name, Class<E> elementType) {
    return new Layer<>(name, elementType);
  }

  public String name() {
    return name;
  }

  /** The element type of the values (for list layers, the type of their elements). */
  public Class<?> type() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Layer<?> other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
