package org.storyline.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.storyline.pipeline.Pipeline;

/** What the bench commands measure with: wall seconds, this thread's CPU time, heap after a full GC, stage shares. */
final class Measure {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Measure() {}

  /** Wall seconds since {@code nanoTime}, a {@link System#nanoTime()} reading. */
  static double secondsSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1e9;
  }

  /** CPU time of the calling thread, in nanoseconds: what a shared machine does not distort. */
  static long threadCpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Bytes of heap in use after a full collection. */
  static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** "corenlp 76.8%, times 8.5%, ...": each stage's share of the time spent between two readings of {@link Pipeline#timings()}. */
  static String stageShares(List<Pipeline.StageTime> before, List<Pipeline.StageTime> after) {
    long total = 0;
    for (int i = 0; i < after.size(); i++) {
      total += after.get(i).nanos() - before.get(i).nanos();
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < after.size(); i++) {
      double share = 100.0 * (after.get(i).nanos() - before.get(i).nanos()) / Math.max(1, total);
      b.append(i == 0 ? "" : ", ").append(after.get(i).stage()).append(String.format(Locale.ROOT, " %.1f%%", share));
    }
    return b.toString();
  }
}
