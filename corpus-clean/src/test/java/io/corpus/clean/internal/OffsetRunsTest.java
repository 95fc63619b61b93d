package io.corpus.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetRunsTest {

  /** A random map: slope, flat and inserted runs of random lengths, continuing each other now and then. */
  private static OffsetRuns randomMap(Random random, int runs) {
    OffsetRuns.Builder b = new OffsetRuns.Builder(4);
    int raw = random.nextInt(3);
    for (int k = 0; k < runs; k++) {
      int n = 1 + random.nextInt(random.nextBoolean() ? 2 : 6);
      if (random.nextBoolean()) {
        b.slope(raw, n);
        raw += n + (random.nextInt(3) == 0 ? 0 : random.nextInt(3)); // a gap, or none: then it continues
      } else if (random.nextInt(4) == 0) {
        b.inserted(raw, n); // then the same raw offset again, or the next
        raw += random.nextInt(2);
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
      } else if (map.runIsInserted(k)) {
        out.inserted(map.runRaw(k), end - i);
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
  void insertedCharsMapToTheRawOffsetTheyStandBeforeAndAreToldApart() {
    OffsetRuns.Builder b = new OffsetRuns.Builder(4);
    b.slope(0, 5); // "Hello"
    b.inserted(9, 1); // a space put in where "Skip" (raw 5 to 9) was removed
    b.slope(9, 5);
    b.inserted(0, 1); // before raw 0: never taken for a slope that continues
    OffsetRuns map = b.build();
    OffsetRuns.Cursor c = map.cursor();
    assertThat(c.rawOffset(5)).isEqualTo(9);
    assertThat(c.inserted(5)).isTrue();
    assertThat(c.inserted(4)).isFalse();
    assertThat(c.inserted(6)).isFalse();
    assertThat(c.rawOffset(11)).isZero();
    assertThat(c.inserted(11)).isTrue();
    assertThat(map.toString()).isEqualTo("0:0/ 5:9+ 6:9/ 11:0+ length 12");
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
