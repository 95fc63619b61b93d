package io.corpus.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpus.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EditBufferTest {

  @Test
  void removalsAcrossCommitsPointIntoTheRawText() {
    String raw = "keep AAA keep BBB keep";
    EditBuffer b = new EditBuffer(raw);
    b.edit(5, 9, "", "a");
    b.commit();
    assertThat(b.text()).isEqualTo("keep keep BBB keep");
    int at = b.text().indexOf("BBB ");
    b.edit(at, at + 4, "", "b");
    b.commit();
    assertThat(b.text()).isEqualTo("keep keep keep");
    assertThat(b.removals())
        .containsExactly(new Removal("a", "AAA ", 5, 9), new Removal("b", "BBB ", 14, 18));
  }

  @Test
  void overlappingRemovalsMergeSoNoCharIsRemovedTwice() {
    EditBuffer b = new EditBuffer("0123456789");
    b.edit(2, 5, "", "first");
    b.edit(4, 7, "", "second");
    b.edit(7, 8, "", "touching");
    b.commit();
    assertThat(b.text()).isEqualTo("01" + "89");
    assertThat(b.removals()).containsExactly(new Removal("first", "23456", 2, 7), new Removal("touching", "7", 7, 8));
  }

  @Test
  void aRemovalAcrossAnEarlierOneIsRecordedInPiecesThatClaimEachRawCharOnce() {
    EditBuffer b = new EditBuffer("aa XX bb cc");
    b.edit(3, 6, "", "first");
    b.commit();
    assertThat(b.text()).isEqualTo("aa bb cc");
    b.edit(1, 6, "", "second");
    b.commit();
    assertThat(b.text()).isEqualTo("acc");
    assertThat(b.removals())
        .containsExactly(
            new Removal("second", "a ", 1, 3), new Removal("first", "XX ", 3, 6), new Removal("second", "bb ", 6, 9));
  }

  @Test
  void unrecordedRewritesShiftLaterOffsets() {
    EditBuffer b = new EditBuffer("a   b  XX c");
    b.edit(1, 4, " ", null);
    b.edit(5, 7, " ", null);
    b.commit();
    assertThat(b.text()).isEqualTo("a b XX c");
    b.edit(4, 7, "", "x");
    b.commit();
    assertThat(b.text()).isEqualTo("a b c");
    assertThat(b.removals()).containsExactly(new Removal("x", "XX ", 7, 10));
  }

  @Test
  void editsOutsideTheTextAreRefused() {
    EditBuffer b = new EditBuffer("abc");
    assertThatThrownBy(() -> b.edit(2, 4, "", "r")).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.edit(2, 1, "", "r")).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void derivedTextMapsBackThroughItsOffsetTable() {
    // "<p>Hi <b>you</b></p>" extracted as "Hi you"
    EditBuffer b = new EditBuffer("Hi you", new int[] {3, 4, 5, 9, 10, 11}, 20);
    b.edit(3, 6, "", "r");
    b.commit();
    assertThat(b.removals()).containsExactly(new Removal("r", "you", 9, 12));
    assertThat(b.rawOffset(b.text().length())).isEqualTo(20);
  }

  /** Random removals: the kept text plus the removed spans always rebuild the raw text. */
  @Test
  void keptAndRemovedTextPartitionTheRawText() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(200);
      for (int i = 0; i < len; i++) {
        sb.append((char) ('a' + random.nextInt(26)));
      }
      String raw = sb.toString();
      EditBuffer b = new EditBuffer(raw);
      for (int commit = 0; commit < 3 && !b.text().isEmpty(); commit++) {
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
          int s = random.nextInt(b.text().length());
          int end = s + random.nextInt(Math.min(10, b.text().length() - s) + 1);
          b.edit(s, end, "", "r" + commit);
        }
        b.commit();
      }
      char[] rebuilt = new char[raw.length()];
      List<Removal> removals = new ArrayList<>(b.removals());
      boolean[] removed = new boolean[raw.length()];
      for (Removal r : removals) {
        assertThat(r.end()).isLessThanOrEqualTo(raw.length());
        assertThat(raw.substring(r.start(), r.end())).isEqualTo(r.text());
        for (int i = r.start(); i < r.end(); i++) {
          assertThat(removed[i]).as("char %d removed twice", i).isFalse();
          removed[i] = true;
        }
      }
      StringBuilder kept = new StringBuilder();
      for (int i = 0; i < raw.length(); i++) {
        if (!removed[i]) {
          kept.append(raw.charAt(i));
        }
        rebuilt[i] = raw.charAt(i);
      }
      assertThat(b.text()).isEqualTo(kept.toString());
    }
  }

  /**
   * Random removals, same-length and other-length rewrites and insertions (the end included), over
   * several commits, on plain and derived text: every char's raw offset equals what a per-char
   * table, updated the simple way, gives; and the removals recorded equal what recording them
   * char by char against that table gives.
   */
  @Test
  void theOffsetRunsAgreeWithAPerCharTable() {
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      int len = random.nextInt(60);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < len; i++) {
        sb.append((char) ('a' + random.nextInt(26)));
      }
      String text = sb.toString();
      int rawLength;
      int[] table = new int[len + 1];
      EditBuffer b;
      if (random.nextBoolean()) {
        rawLength = len;
        for (int i = 0; i <= len; i++) {
          table[i] = i;
        }
        b = new EditBuffer(text);
      } else {
        // Derived text: non-decreasing offsets with gaps and repeats, into a longer raw input.
        int at = random.nextInt(3);
        for (int i = 0; i < len; i++) {
          table[i] = at;
          at += random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(3);
        }
        rawLength = at + random.nextInt(3);
        table[len] = rawLength;
        b = new EditBuffer(text, java.util.Arrays.copyOf(table, len), rawLength);
      }
      // Which chars were inserted (a replacement of an empty span): they stand for no raw char.
      boolean[] inserted = new boolean[len + 1];
      List<Removal> expectedRemovals = new ArrayList<>();
      java.util.BitSet removedRaw = new java.util.BitSet();
      for (int commit = 0; commit < 4; commit++) {
        int n = b.text().length();
        // Non-overlapping edits, as most steps make them (overlaps merge and are tested above).
        List<int[]> spans = new ArrayList<>();
        int pos = 0;
        while (pos <= n && spans.size() < 5) {
          int s = pos + random.nextInt(Math.max(1, Math.min(12, n - pos + 1)));
          if (s > n) {
            break;
          }
          int e = Math.min(n, s + random.nextInt(4));
          spans.add(new int[] {s, e, random.nextInt(4)});
          pos = e + 1;
        }
        int[] next = new int[n + 64];
        boolean[] nextInserted = new boolean[n + 64];
        StringBuilder model = new StringBuilder();
        int m = 0;
        int at = 0;
        String t = b.text();
        for (int[] sp : spans) {
          String replacement = switch (sp[2]) {
            case 0 -> "";
            case 1 -> "x".repeat(sp[1] - sp[0]);
            case 2 -> " ";
            default -> "\n\n";
          };
          if (sp[0] == sp[1] && replacement.isEmpty()) {
            continue;
          }
          b.edit(sp[0], sp[1], replacement, replacement.isEmpty() ? "r" : null);
          if (replacement.isEmpty()) {
            recordCharByChar(expectedRemovals, removedRaw, t, table, inserted, rawLength, sp[0], sp[1]);
          }
          model.append(t, at, sp[0]);
          for (int k = at; k < sp[0]; k++) {
            nextInserted[m] = inserted[k];
            next[m++] = table[k];
          }
          for (int k = 0; k < replacement.length(); k++) {
            boolean sameLength = replacement.length() == sp[1] - sp[0];
            nextInserted[m] = sameLength ? inserted[sp[0] + k] : sp[0] == sp[1];
            next[m++] = sameLength ? table[sp[0] + k] : table[sp[0]];
          }
          model.append(replacement);
          at = sp[1];
        }
        model.append(t, at, n);
        for (int k = at; k < n; k++) {
          nextInserted[m] = inserted[k];
          next[m++] = table[k];
        }
        next[m] = rawLength;
        b.commit();
        table = java.util.Arrays.copyOf(next, m + 1);
        inserted = java.util.Arrays.copyOf(nextInserted, m + 1);
        assertThat(b.text()).isEqualTo(model.toString());
        for (int i = 0; i <= b.text().length(); i++) {
          assertThat(b.rawOffset(i)).as("round %d commit %d char %d of \"%s\"", round, commit, i, b.text()).isEqualTo(table[i]);
        }
        List<Removal> sorted = new ArrayList<>(expectedRemovals);
        sorted.sort(java.util.Comparator.comparingInt(Removal::start).thenComparingInt(Removal::end));
        assertThat(b.removals()).as("round %d commit %d", round, commit).isEqualTo(sorted);
      }
    }
  }

  /** Two sorted runs of spans, merged in one pass, give what sorting all of them and joining gives. */
  @Test
  void mergingTwoSortedRunsEqualsSortingThem() {
    Random random = new Random(31);
    for (int round = 0; round < 20_000; round++) {
      int first = random.nextInt(5);
      int second = random.nextInt(5);
      int[] spans = new int[2 * (first + second)];
      for (int[] run : new int[][] {{0, first}, {first, first + second}}) {
        int pos = 0;
        for (int k = run[0]; k < run[1]; k++) {
          pos += random.nextInt(4); // equal starts allowed: spans moved together may meet
          spans[2 * k] = pos;
          spans[2 * k + 1] = pos + random.nextInt(4);
          pos = spans[2 * k + 1] - random.nextInt(2) * (spans[2 * k + 1] - pos); // the next may start inside
        }
      }
      List<int[]> pairs = new ArrayList<>();
      for (int k = 0; k < first + second; k++) {
        pairs.add(new int[] {spans[2 * k], spans[2 * k + 1]});
      }
      pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
      List<Integer> expected = new ArrayList<>();
      for (int[] p : pairs) {
        int last = expected.size() - 1;
        if (last > 0 && p[0] <= expected.get(last)) {
          expected.set(last, Math.max(expected.get(last), p[1]));
        } else {
          expected.add(p[0]);
          expected.add(p[1]);
        }
      }
      int[] merged = EditBuffer.mergeSpans(spans, first, first + second);
      assertThat(merged).as("round %d: %s", round, java.util.Arrays.toString(spans))
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** Edits asked for out of text order are applied as if asked in order. */
  @Test
  void editsInAnyOrderGiveTheSameText() {
    EditBuffer inOrder = new EditBuffer("one two three four");
    inOrder.edit(0, 4, "", "a");
    inOrder.edit(8, 14, "", "b");
    inOrder.edit(3, 4, "  ", null);
    inOrder.commit();
    EditBuffer reversed = new EditBuffer("one two three four");
    reversed.edit(8, 14, "", "b");
    reversed.edit(3, 4, "  ", null);
    reversed.edit(0, 4, "", "a");
    reversed.commit();
    assertThat(reversed.text()).isEqualTo(inOrder.text()).isEqualTo("two four");
    assertThat(reversed.removals()).isEqualTo(inOrder.removals());
  }

  /**
   * Tracking what changed: after random removals, rewrites and insertions over several commits,
   * every char outside the tracked spans is an unedited char of the text tracking started on, and
   * two such chars next to each other with no span between them were next to each other there
   * too. So a step that re-checks only the spans sees every place where the text changed.
   */
  @Test
  void trackedSpansCoverEveryPlaceTheTextChanged() {
    Random random = new Random(23);
    for (int round = 0; round < 2000; round++) {
      int len = random.nextInt(50);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < len; i++) {
        sb.append((char) ('a' + random.nextInt(26)));
      }
      EditBuffer b = new EditBuffer(sb.toString());
      // An edit before tracking starts, in the same commit: not reported.
      if (len > 2) {
        b.edit(0, 1, "", "before");
      }
      b.trackChanges("k");
      assertThat(b.changedSince("k")).as("tracking starts at the commit").isNull();
      b.commit();
      assertThat(b.changedSince("k")).isEmpty();
      List<Integer> ids = new ArrayList<>(); // where each char of the text stood when tracking started
      int tracked = b.text().length();
      for (int i = 0; i < tracked; i++) {
        ids.add(i);
      }
      for (int commit = 0; commit < 4; commit++) {
        int n = b.text().length();
        int pos = 0;
        List<int[]> spans = new ArrayList<>();
        while (pos <= n && spans.size() < 4) {
          int s = pos + random.nextInt(Math.max(1, Math.min(10, n - pos + 1)));
          if (s > n) {
            break;
          }
          int e = Math.min(n, s + random.nextInt(4));
          spans.add(new int[] {s, e, random.nextInt(3)});
          pos = e + 1;
        }
        List<Integer> next = new ArrayList<>();
        int at = 0;
        for (int[] sp : spans) {
          String replacement = switch (sp[2]) {
            case 0 -> "";
            case 1 -> " ";
            default -> "\n\n";
          };
          if (sp[0] == sp[1] && replacement.isEmpty()) {
            continue;
          }
          b.edit(sp[0], sp[1], replacement, replacement.isEmpty() ? "r" : null);
          next.addAll(ids.subList(at, sp[0]));
          for (int k = 0; k < replacement.length(); k++) {
            next.add(-1);
          }
          at = sp[1];
        }
        next.addAll(ids.subList(at, n));
        b.commit();
        ids = next;
        int[] changed = b.changedSince("k");
        boolean[] inSpan = new boolean[ids.size()];
        boolean[] boundary = new boolean[ids.size() + 1];
        for (int k = 0; k < changed.length; k += 2) {
          assertThat(changed[k]).isLessThanOrEqualTo(changed[k + 1]);
          if (k > 0) {
            assertThat(changed[k]).as("sorted and disjoint").isGreaterThan(changed[k - 1]);
          }
          for (int i = changed[k]; i < changed[k + 1]; i++) {
            inSpan[i] = true;
          }
          boundary[changed[k]] = true;
          boundary[changed[k + 1]] = true;
        }
        int size = ids.size();
        if ((size == 0 && tracked > 0) || (size > 0 && ids.get(0) != 0)) {
          assertThat(boundary[0] || (size > 0 && inSpan[0])).as("round %d: the start changed", round).isTrue();
        }
        if (size > 0 && ids.get(size - 1) != tracked - 1) {
          assertThat(boundary[size] || inSpan[size - 1]).as("round %d: the end changed", round).isTrue();
        }
        for (int i = 0; i < ids.size(); i++) {
          if (!inSpan[i]) {
            assertThat(ids.get(i)).as("round %d: char %d outside every span is unedited", round, i).isNotNegative();
            if (i + 1 < ids.size() && !inSpan[i + 1] && !boundary[i + 1]) {
              assertThat(ids.get(i + 1)).as("round %d: chars %d and %d were neighbours", round, i, i + 1).isEqualTo(ids.get(i) + 1);
            }
          }
        }
      }
    }
  }

  /**
   * The simple reading of how a removal is recorded: walk its chars, and close a piece wherever
   * the raw offsets of two neighbours straddle raw text an earlier removal already claimed.
   */
  private static void recordCharByChar(
      List<Removal> out, java.util.BitSet removed, String t, int[] table, boolean[] inserted, int rawLength, int start, int end) {
    int pieceStart = start;
    int rawPieceStart = table[start];
    int rawHere = rawPieceStart;
    for (int i = start; i < end; i++) {
      boolean last = i + 1 == end;
      int rawNext = last ? -1 : table[i + 1];
      boolean bridges = false;
      if (!last && rawNext > rawHere + 1) {
        int hit = removed.nextSetBit(rawHere + 1);
        bridges = hit >= 0 && hit < rawNext;
      }
      if (last || bridges) {
        // An inserted char stands for no raw char: a piece that ends with one claims none for it.
        int rawEnd = Math.min(rawLength, Math.max(rawPieceStart, rawHere + (inserted[i] ? 0 : 1)));
        out.add(new Removal("r", t.substring(pieceStart, i + 1), rawPieceStart, rawEnd));
        removed.set(rawPieceStart, rawEnd);
        pieceStart = i + 1;
        rawPieceStart = rawNext;
      }
      rawHere = rawNext;
    }
  }
}
