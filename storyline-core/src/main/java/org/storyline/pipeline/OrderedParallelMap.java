package org.storyline.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Maps an iterator through a function on an executor, at most {@code window} items in flight, and
 * yields the results in input order. Memory is bounded by the window, never by the input size.
 *
 * <p>Written by hand because the JDK's bounded ordered equivalent ({@code Gatherers.mapConcurrent})
 * arrives after Java 21, our target, and pulling in a stream framework for twenty lines is not worth it.
 * Not thread-safe: one consumer iterates.
 */
public final class OrderedParallelMap<I, O> implements Iterator<O> {
  private final Iterator<? extends I> input;
  private final Function<? super I, ? extends O> function;
  private final Executor executor;
  private final int window;
  private final Deque<CompletableFuture<O>> inFlight = new ArrayDeque<>();

  public OrderedParallelMap(
      Iterator<? extends I> input, Function<? super I, ? extends O> function, Executor executor, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1, was " + window);
    }
    this.input = Objects.requireNonNull(input, "input");
    this.function = Objects.requireNonNull(function, "function");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.window = window;
  }

  @Override
  public boolean hasNext() {
    fill();
    return !inFlight.isEmpty();
  }

  @Override
  public O next() {
    fill();
    CompletableFuture<O> head = inFlight.pollFirst();
    if (head == null) {
      throw new NoSuchElementException();
    }
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a result");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private void fill() {
    while (inFlight.size() < window && input.hasNext()) {
      I item = input.next();
      inFlight.addLast(CompletableFuture.supplyAsync(() -> function.apply(item), executor));
    }
  }
}
