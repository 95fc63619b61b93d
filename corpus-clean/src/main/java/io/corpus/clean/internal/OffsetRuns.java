package io.corpus.clean.internal;

import java.util.Arrays;

/**
 * A map from the chars of a text to offsets in the raw input it came from, as runs: run {@code k}
 * covers the chars {@code [start[k], start[k + 1])} and maps char {@code i} to {@code raw[k] + (i -
 * start[k])} when it is a slope run (text kept as it was) or to {@code raw[k]} when it is flat (a
 * replacement of another length, all of whose chars stand for the span it replaced). A flat run
 * may also be an insertion (a space put between two words a removal left glued): its chars stand
 * for no raw char at all, map to the raw offset they were inserted before, and are stored as {@code
 * -(raw + 1)} so that {@link Cursor#inserted} can tell them. Immutable.
 *
 * <p>A text no rule has edited is one slope run; each edit adds at most a few runs, so the map
 * stays small where a per-char table would be four bytes a char, rebuilt at every commit.
 */
final class OffsetRuns {

  private final int[] start;
  private final int[] raw;
  private final boolean[] slope;
  private final int count;
  /** The text length the map covers (chars {@code [0, length)}). */
  private final int length;

  private OffsetRuns(int[] start, int[] raw, boolean[] slope, int count, int length) {
    this.start = start;
    this.raw = raw;
    this.slope = slope;
    this.count = count;
    this.length = length;
  }

  /** The map of an unedited text of {@code length} chars: char i is raw offset i. */
  static OffsetRuns identity(int length) {
    return length == 0
        ? new OffsetRuns(new int[0], new int[0], new boolean[0], 0, 0)
        : new OffsetRuns(new int[] {0}, new int[] {0}, new boolean[] {true}, 1, length);
  }

  /** The map given as a per-char table ({@code toRaw[i]} for {@code i < length}). */
  static OffsetRuns of(int[] toRaw, int length) {
    Builder b = new Builder(16);
    for (int i = 0; i < length; i++) {
      b.slope(toRaw[i], 1);
    }
    return b.build(length);
  }

  /** The raw offset of char {@code i}, {@code 0 <= i < length}. */
  int rawOffset(int i) {
    int k = runOf(i, 0);
    return slope[k] ? raw[k] + (i - start[k]) : decode(raw[k]);
  }

  /** A flat run's raw offset: insertions are stored as {@code -(raw + 1)}. */
  private static int decode(int stored) {
    return stored >= 0 ? stored : -stored - 1;
  }

  /** The index of the run holding char {@code i}, searching from run {@code from} on. */
  private int runOf(int i, int from) {
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException("char " + i + " is outside the text of length " + length);
    }
    int lo = from;
    int hi = count - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (start[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private int end(int k) {
    return k + 1 < count ? start[k + 1] : length;
  }

  /** A reader of this map for lookups and copies that mostly move forward, as a commit makes them. */
  Cursor cursor() {
    return new Cursor();
  }

  /** Walks the runs; moving forward costs the runs passed, moving back a binary search. */
  final class Cursor {
    private int k;

    private int seek(int i) {
      if (k >= count || i < start[k]) {
        k = runOf(i, 0);
      } else {
        while (i >= end(k)) {
          k++;
        }
      }
      return k;
    }

    /** The raw offset of char {@code i}, {@code 0 <= i < length}. */
    int rawOffset(int i) {
      if (i < 0 || i >= length) {
        throw new IndexOutOfBoundsException("char " + i + " is outside the text of length " + length);
      }
      int r = seek(i);
      return slope[r] ? raw[r] + (i - start[r]) : decode(raw[r]);
    }

    /** Whether char {@code i} was inserted, standing for no raw char. */
    boolean inserted(int i) {
      if (i < 0 || i >= length) {
        throw new IndexOutOfBoundsException("char " + i + " is outside the text of length " + length);
      }
      return raw[seek(i)] < 0;
    }

    /** The end (exclusive) of the run that holds char {@code i}. */
    int runEnd(int i) {
      if (i < 0 || i >= length) {
        throw new IndexOutOfBoundsException("char " + i + " is outside the text of length " + length);
      }
      return end(seek(i));
    }

    /**
     * Appends the mapping of chars {@code [from, to)} to {@code out}, with the runs {@link
     * Builder#slope} and {@link Builder#flat} would make of them one by one. Only the first two
     * runs can join the runs {@code out} ends with (the second when the first is a one-char piece
     * of a flat run); the whole runs after them are copied as they are, since the builder that
     * made them would have joined any two that continue each other. A commit so copies the
     * untouched stretches of a much-edited text in bulk.
     */
    void copy(int from, int to, Builder out) {
      int i = from;
      for (int one = 0; one < 2 && i < to; one++) {
        i = copyRun(i, to, out);
      }
      if (i >= to) {
        return;
      }
      int first = seek(i); // i starts this run: the one before it was copied whole
      int last = runOf(to - 1, first);
      if (end(last) > to) {
        last--; // the run that holds to - 1 goes on past it: copied in part, below
      }
      if (last >= first) {
        out.runs(OffsetRuns.this, first, last);
        i = end(last);
        k = last;
      }
      while (i < to) {
        i = copyRun(i, to, out);
      }
    }

    /** Appends the mapping of chars {@code [i, min(to, end of i's run))}; returns where it stops. */
    private int copyRun(int i, int to, Builder out) {
      int r = seek(i);
      int e = Math.min(to, end(r));
      if (slope[r]) {
        out.slope(raw[r] + (i - start[r]), e - i);
      } else if (raw[r] < 0) {
        out.inserted(decode(raw[r]), e - i);
      } else {
        out.flat(raw[r], e - i);
      }
      return e;
    }
  }

  /** How many runs the map has. */
  int runCount() {
    return count;
  }

  /** The text length the map covers. */
  int length() {
    return length;
  }

  /**
   * Run {@code k}'s first char, raw offset and kind (a slope or flat run), {@code 0 <= k <
   * runCount()}: what a test reads to copy a map run by run the plain way.
   */
  int runStart(int k) {
    return start[k];
  }

  int runRaw(int k) {
    return slope[k] ? raw[k] : decode(raw[k]);
  }

  boolean runIsSlope(int k) {
    return slope[k];
  }

  boolean runIsInserted(int k) {
    return !slope[k] && raw[k] < 0;
  }

  /** The runs, as {@code start:raw/} (slope) or {@code start:raw=} (flat), then the length. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < count; k++) {
      sb.append(start[k]).append(':').append(slope[k] ? raw[k] : decode(raw[k]))
          .append(slope[k] ? "/ " : raw[k] < 0 ? "+ " : "= ");
    }
    return sb.append("length ").append(length).toString();
  }

  /** Builds a map run by run, from the first char on, merging runs that continue each other. */
  static final class Builder {
    private int[] start;
    private int[] raw;
    private boolean[] slope;
    private int count;
    private int length;

    Builder(int capacity) {
      int c = Math.max(capacity, 4);
      start = new int[c];
      raw = new int[c];
      slope = new boolean[c];
    }

    /** Appends {@code n} chars mapping to {@code rawStart}, {@code rawStart + 1}, …. */
    void slope(int rawStart, int n) {
      if (n <= 0) {
        return;
      }
      int last = count - 1;
      if (last >= 0) {
        int lastLength = length - start[last];
        boolean continues = slope[last]
            ? raw[last] + lastLength == rawStart
            : lastLength == 1 && raw[last] >= 0 && raw[last] + 1 == rawStart;
        if (continues) {
          slope[last] = true;
          length += n;
          return;
        }
      }
      add(rawStart, true, n);
    }

    /** Appends {@code n} chars all mapping to {@code rawOffset}. */
    void flat(int rawOffset, int n) {
      if (n <= 0) {
        return;
      }
      int last = count - 1;
      if (last >= 0 && !slope[last] && raw[last] == rawOffset) {
        length += n;
        return;
      }
      if (n == 1) {
        slope(rawOffset, 1); // one char: flat and slope are the same, and a slope may continue
        return;
      }
      add(rawOffset, false, n);
    }

    /** Appends {@code n} inserted chars, standing for no raw char, put in before {@code rawOffset}. */
    void inserted(int rawOffset, int n) {
      if (n <= 0) {
        return;
      }
      int stored = -rawOffset - 1;
      int last = count - 1;
      if (last >= 0 && !slope[last] && raw[last] == stored) {
        length += n;
        return;
      }
      add(stored, false, n);
    }

    /** Appends runs {@code [first, last]} of {@code map} as they are (see {@link Cursor#copy}). */
    void runs(OffsetRuns map, int first, int last) {
      int n = last - first + 1;
      ensureCapacity(count + n);
      System.arraycopy(map.raw, first, raw, count, n);
      System.arraycopy(map.slope, first, slope, count, n);
      int shift = length - map.start[first];
      for (int k = 0; k < n; k++) {
        start[count + k] = map.start[first + k] + shift;
      }
      count += n;
      length += map.end(last) - map.start[first];
    }

    private void ensureCapacity(int runs) {
      if (runs > start.length) {
        int c = Math.max(runs, start.length * 2);
        start = Arrays.copyOf(start, c);
        raw = Arrays.copyOf(raw, c);
        slope = Arrays.copyOf(slope, c);
      }
    }

    private void add(int rawStart, boolean isSlope, int n) {
      ensureCapacity(count + 1);
      start[count] = length;
      raw[count] = rawStart;
      slope[count] = isSlope;
      count++;
      length += n;
    }

    OffsetRuns build() {
      return new OffsetRuns(start, raw, slope, count, length);
    }

    /** Builds, checking the runs cover exactly {@code expectedLength} chars. */
    OffsetRuns build(int expectedLength) {
      if (length != expectedLength) {
        throw new IllegalStateException("the runs cover " + length + " chars, not " + expectedLength);
      }
      return build();
    }
  }
}
