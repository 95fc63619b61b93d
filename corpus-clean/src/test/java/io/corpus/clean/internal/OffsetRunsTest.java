package io.corpus.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetRunsTest {

  /** A random map: slope and flat runs of random lengths, continuing each other now and then. */
  private static OffsetRuns randomMap(Random random, int runs) {
    OffsetRuns.Builder b = new OffsetRuns.Builder(4);
    int raw = random.nextInt(3);
    for (int k = 0; k < runs; k++) {
      int n = 1 + random.nextInt(random.nextBoolean() ? 2 : 6);
      if (random.nextBoolean()) {
        b.slope(raw, n);
        raw += n + (random.nextInt(3) == 0 ? 0 : random.nextInt(3)); // a gap, or none: then it continues
      } else {
        b.flat(raw, n);
        raw += random.nextInt(3); // the same raw offset again, the next, or one past
      }
    }
    return b.build();
  }

  /** The mapping of {@code [from, to)} copied run by run through slope and flat: what copy did before it copied runs in bulk. */
  private static void copyRunByRun(OffsetRuns map, int from, int to, OffsetRuns.Builder out) {
    int i = from;
    while (i < to) {
      int k = map.runCount() - 1;
      while (map.runStart(k) > i) {
        k--;
      }
      int end = Math.min(to, k + 1 < map.runCount() ? map.runStart(k + 1) : map.length());
      if (map.runIsSlope(k)) {
        out.slope(map.runRaw(k) + (i - map.runStart(k)), end - i);
      } else {
        out.flat(map.runRaw(k), end - i);
      }
      i = end;
    }
  }

  /**
   * Copying a stretch of a map after some runs already built gives the very runs that appending
   * its runs one by one gives (the builder joins what continues), so the bulk copy of whole runs
   * changes neither the mapping nor how it is cut into runs.
   */
  @Test
  void copyingGivesTheRunsThatAppendingRunByRunGives() {
    Random random = new Random(41);
    int bulk = 0;
    for (int round = 0; round < 20_000; round++) {
      OffsetRuns map = randomMap(random, random.nextInt(12));
      int length = map.length();
      if (length == 0) {
        continue;
      }
      int from = random.nextInt(length);
      int to = from + random.nextInt(length - from + 1);
      OffsetRuns prefix = randomMap(random, random.nextInt(3));
      int p = prefix.length();
      OffsetRuns.Builder fast = new OffsetRuns.Builder(4);
      OffsetRuns.Builder slow = new OffsetRuns.Builder(4);
      prefix.cursor().copy(0, p, fast);
      copyRunByRun(prefix, 0, p, slow);
      // the prefix may end with a run the copied stretch continues
      map.cursor().copy(from, to, fast);
      copyRunByRun(map, from, to, slow);
      OffsetRuns expected = slow.build();
      OffsetRuns actual = fast.build();
      assertThat(actual.toString()).as("round %d: [%d, %d) of %s after %s", round, from, to, map, prefix).isEqualTo(expected.toString());
      bulk += map.runCount() >= 4 && to - from >= length / 2 ? 1 : 0;
    }
    assertThat(bulk).as("copies long enough to take whole runs in bulk").isGreaterThan(2_000);
  }

  @Test
  void aCursorCopiesPieceByPieceAsACommitAsksIt() {
    Random random = new Random(43);
    for (int round = 0; round < 5_000; round++) {
      OffsetRuns map = randomMap(random, random.nextInt(14));
      int length = map.length();
      OffsetRuns.Cursor cursor = map.cursor();
      OffsetRuns.Builder fast = new OffsetRuns.Builder(4);
      OffsetRuns.Builder slow = new OffsetRuns.Builder(4);
      int at = 0;
      while (at < length) {
        int to = Math.min(length, at + random.nextInt(9));
        cursor.copy(at, to, fast);
        copyRunByRun(map, at, to, slow);
        if (to < length && random.nextBoolean()) {
          int raw = cursor.rawOffset(to);
          fast.flat(raw, 2);
          slow.flat(raw, 2);
        }
        at = to + (random.nextInt(3) == 0 ? 1 : 0); // a removed char now and then
      }
      assertThat(fast.build().toString()).as("round %d: %s", round, map).isEqualTo(slow.build().toString());
    }
  }
}
