package org.storyline.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of handling one input: a value, or a rejection naming the input and the reason.
 * Bad input is data, not an exception: a batch collects rejections and goes on.
 */
public sealed interface Result<T> permits Result.Ok, Result.Rejected {

  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Result<T> rejected(String input, String reason) {
    return new Rejected<>(input, reason);
  }

  <U> Result<U> map(Function<? super T, ? extends U> f);

  <U> Result<U> flatMap(Function<? super T, Result<U>> f);

  record Ok<T>(T value) implements Result<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public <U> Result<U> map(Function<? super T, ? extends U> f) {
      return new Ok<>(f.apply(value));
    }

    @Override
    public <U> Result<U> flatMap(Function<? super T, Result<U>> f) {
      return f.apply(value);
    }
  }

  /**
   * @param input  what was rejected, as a user would name it ("feeds/bad.xml", "in.jsonl:12")
   * @param reason one line saying why
   */
  record Rejected<T>(String input, String reason) implements Result<T> {
    public Rejected {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(reason, "reason");
      reason = reason.replaceAll("\\s+", " ").strip();
    }

    @SuppressWarnings("unchecked")
    @Override
    public <U> Result<U> map(Function<? super T, ? extends U> f) {
      return (Result<U>) this;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <U> Result<U> flatMap(Function<? super T, Result<U>> f) {
      return (Result<U>) this;
    }

    /** The one-line message a user sees: {@code input: reason}. */
    public String message() {
      return input + ": " + reason;
    }
  }
}
