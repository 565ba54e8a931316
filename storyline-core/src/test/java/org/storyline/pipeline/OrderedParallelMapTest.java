package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderedParallelMapTest {
  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void yieldsResultsInInputOrderWhateverTheyFinish() {
    Iterator<Integer> input = IntStream.range(0, 200).boxed().iterator();
    Iterator<Integer> out = new OrderedParallelMap<>(input, i -> {
      sleepMicros((200 - i) * 20L); // later items finish first
      return i * 2;
    }, executor, 8);
    List<Integer> results = new ArrayList<>();
    out.forEachRemaining(results::add);
    assertThat(results).isEqualTo(IntStream.range(0, 200).map(i -> i * 2).boxed().toList());
  }

  @Test
  void neverHasMoreThanTheWindowInFlight() {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    Iterator<Integer> input = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return read.get() < 1000;
      }

      @Override
      public Integer next() {
        maxAhead.accumulateAndGet(read.get() - consumed.get(), Math::max);
        return read.incrementAndGet();
      }
    };
    Iterator<Integer> out = new OrderedParallelMap<>(input, i -> i, executor, 5);
    while (out.hasNext()) {
      out.next();
      consumed.incrementAndGet();
    }
    assertThat(consumed.get()).isEqualTo(1000);
    assertThat(maxAhead.get()).isLessThanOrEqualTo(5);
  }

  @Test
  void aFailureReachesTheConsumerAtItsPosition() {
    Iterator<Integer> out = new OrderedParallelMap<>(List.of(1, 2, 3).iterator(), i -> {
      if (i == 2) {
        throw new IllegalStateException("item 2");
      }
      return i;
    }, executor, 3);
    assertThat(out.next()).isEqualTo(1);
    assertThatThrownBy(out::next).hasMessage("item 2");
  }

  @Test
  void rejectsAWindowBelowOne() {
    assertThatThrownBy(() -> new OrderedParallelMap<>(List.of(1).iterator(), i -> i, executor, 0))
        .hasMessageContaining("window must be at least 1, was 0");
  }

  private static void sleepMicros(long micros) {
    try {
      Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
