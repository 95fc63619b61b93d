package io.corpus.clean.internal;

import io.corpus.model.Removal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The text being cleaned, the edits asked for since the last commit, and the map from every char
 * of the current text back to its offset in the raw input.
 *
 * <p>Edits are collected against one snapshot of the text and applied together by {@link
 * #commit()}, in one linear pass. Overlapping edits are merged: a removal that overlaps another
 * widens it, so no char is removed twice and no offset is lost. Not thread-safe: one per document.
 *
 * <p>The offset map is kept as runs, not one entry per char: a run is a stretch of the text whose
 * chars map to consecutive raw offsets (text kept as it was) or all to one raw offset (a
 * replacement of another length). A commit costs the text it rebuilds plus the runs and edits,
 * and a document that no step edits never pays for a map at all.
 */
public final class EditBuffer {

  private record Edit(int start, int end, String replacement, @Nullable String ruleId) {}

  private static final Comparator<Edit> ORDER =
      Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end);

  private final int rawLength;
  private String text;
  /** The offset map of {@link #text}; its end ({@code text.length()}) maps to the raw end. */
  private OffsetRuns map;

  private final List<Edit> pending = new ArrayList<>();
  private final List<Removal> removals = new ArrayList<>();
  /** Raw offsets already recorded as removed, so a later removal never claims them again. */
  private final BitSet removedRaw = new BitSet();

  /**
   * The spans of {@link #text} that edits produced since each tracking key was set, as sorted,
   * disjoint {start, end} pairs (a removal leaves an empty span where it was). Null until a step
   * asks for tracking: most pipelines never pay for it.
   */
  private @Nullable Map<String, Spans> tracked;
  /** Keys asked for by the running step: tracking starts once its own edits are applied. */
  private @Nullable List<String> trackFromCommit;
  /** Keys asked for by the running step whose tracking counts its own edits. */
  private @Nullable List<String> trackWithCommit;

  /** A buffer over raw text, each char mapping to itself. */
  public EditBuffer(String raw) {
    this.text = raw;
    this.rawLength = raw.length();
    this.map = OffsetRuns.identity(raw.length());
  }

  /**
   * A buffer over text derived from a longer raw input (e.g. text extracted from HTML), with the
   * raw offset of every char.
   *
   * @param text the text to clean
   * @param toRaw the raw offset of each char of {@code text}, non-decreasing, {@code text.length()}
   *     entries (or one more, the raw end)
   * @param rawLength the length of the raw input
   */
  public EditBuffer(String text, int[] toRaw, int rawLength) {
    if (toRaw.length != text.length() && toRaw.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "toRaw must have text.length() or text.length() + 1 entries, got " + toRaw.length);
    }
    for (int i = 0; i < text.length(); i++) {
      if (toRaw[i] < 0 || toRaw[i] > rawLength) {
        throw new IllegalArgumentException("toRaw[" + i + "] = " + toRaw[i] + " is outside the raw input");
      }
    }
    this.text = text;
    this.rawLength = rawLength;
    this.map = OffsetRuns.of(toRaw, text.length());
  }

  public String text() {
    return text;
  }

  /** The raw offset of char {@code index} of the current text ({@code text().length()} maps to the raw end). */
  public int rawOffset(int index) {
    if (index < 0 || index > text.length()) {
      throw new IndexOutOfBoundsException("index " + index + " is outside the text of length " + text.length());
    }
    return index == text.length() ? rawLength : map.rawOffset(index);
  }

  /** Asks for {@code [start, end)} of the current text to be replaced; applied by {@link #commit()}. */
  public void edit(int start, int end, String replacement, @Nullable String ruleId) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IndexOutOfBoundsException(
          "edit [" + start + ", " + end + ") is outside the text of length " + text.length());
    }
    if (start == end && replacement.isEmpty()) {
      return;
    }
    pending.add(new Edit(start, end, replacement, ruleId));
  }

  public boolean hasPending() {
    return !pending.isEmpty();
  }

  /** Applies the pending edits in one pass and records the removals among them. */
  public void commit() {
    if (trackWithCommit != null) {
      if (tracked == null) {
        tracked = new LinkedHashMap<>();
      }
      for (String key : trackWithCommit) {
        tracked.put(key, new Spans());
      }
      trackWithCommit = null;
    }
    if (pending.isEmpty()) {
      startTracking();
      return;
    }
    if (!inOrder(pending)) {
      pending.sort(ORDER); // most steps ask in text order: then the sort is neither run nor compiled
    }
    List<Edit> merged = merge(pending);
    pending.clear();

    int size = text.length();
    for (Edit e : merged) {
      size += e.replacement.length() - (e.end - e.start);
    }
    // Into a char array, not a StringBuilder: a builder starts with one byte per char and copies
    // itself to two at the first char past Latin-1, which nearly every scraped text has.
    char[] out = new char[size];
    int written = 0;
    OffsetRuns.Builder next = new OffsetRuns.Builder(map.runCount() + merged.size() * 2 + 4);
    OffsetRuns.Cursor old = map.cursor();
    int at = 0;
    for (Edit e : merged) {
      text.getChars(at, e.start, out, written);
      written += e.start - at;
      old.copy(at, e.start, next);
      if (e.ruleId != null && e.end > e.start) {
        record(e.start, e.end, e.ruleId, old);
      }
      String r = e.replacement;
      if (r.length() == e.end - e.start) {
        old.copy(e.start, e.end, next); // a same-length replacement keeps its chars' offsets
      } else if (!r.isEmpty()) {
        int rawAt = e.start == text.length() ? rawLength : old.rawOffset(e.start);
        if (e.end == e.start) {
          next.inserted(rawAt, r.length()); // stands for no raw char: removing it later claims none
        } else {
          next.flat(rawAt, r.length());
        }
      }
      r.getChars(0, r.length(), out, written);
      written += r.length();
      at = e.end;
    }
    text.getChars(at, text.length(), out, written);
    old.copy(at, text.length(), next);
    text = new String(out);
    map = next.build(size);
    if (tracked != null) {
      for (Spans spans : tracked.values()) {
        spans.update(merged);
      }
    }
    startTracking();
  }

  private static boolean inOrder(List<Edit> edits) {
    for (int k = 1; k < edits.size(); k++) {
      if (ORDER.compare(edits.get(k - 1), edits.get(k)) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Starts keeping track, under {@code key}, of the spans of the text that later edits produce,
   * from the moment the edits asked for so far are applied (the next {@link #commit()}). Setting a
   * key again starts it afresh.
   */
  public void trackChanges(String key) {
    if (trackFromCommit == null) {
      trackFromCommit = new ArrayList<>(2);
    }
    trackFromCommit.add(key);
  }

  /** {@link #trackChanges}, with the running step's own edits counted too. */
  public void trackChangesFromThisStep(String key) {
    if (trackWithCommit == null) {
      trackWithCommit = new ArrayList<>(2);
    }
    trackWithCommit.add(key);
  }

  /**
   * The spans of the current text that edits produced since tracking under {@code key} started,
   * as {start, end} pairs, sorted and disjoint (a removal gives an empty span where it was); or
   * null when nothing is tracked under that key.
   */
  public int @Nullable [] changedSince(String key) {
    Spans spans = tracked == null ? null : tracked.get(key);
    return spans == null ? null : spans.toArray();
  }

  private void startTracking() {
    if (trackFromCommit == null) {
      return;
    }
    if (tracked == null) {
      tracked = new LinkedHashMap<>();
    }
    for (String key : trackFromCommit) {
      tracked.put(key, new Spans());
    }
    trackFromCommit = null;
  }

  /** Sorted, disjoint spans of the current text, carried through each commit's edits. */
  private static final class Spans {
    private int[] at = new int[8];
    private int count; // pairs

    /**
     * Moves every span through {@code edits} (sorted, merged, against the text before them) and
     * adds the span each edit leaves: its replacement, or an empty span where it removed text.
     */
    void update(List<Edit> edits) {
      int[] starts = new int[edits.size()];
      int[] newStarts = new int[edits.size()];
      int delta = 0;
      for (int k = 0; k < edits.size(); k++) {
        Edit e = edits.get(k);
        starts[k] = e.start;
        newStarts[k] = e.start + delta;
        delta += e.replacement.length() - (e.end - e.start);
      }
      int[] out = new int[2 * (count + edits.size())];
      int n = 0;
      // The spans' ends never decrease (sorted, disjoint), so the last edit at or before each
      // moves only forward: one walk over spans and edits together, not a search per end.
      int last = -1;
      for (int q = 0; q < 2 * count; q++) {
        int p = at[q];
        while (last + 1 < starts.length && starts[last + 1] <= p) {
          last++;
        }
        out[n++] = moved(p, last, edits, newStarts, q % 2 == 0);
      }
      for (int k = 0; k < edits.size(); k++) {
        out[n++] = newStarts[k];
        out[n++] = newStarts[k] + edits.get(k).replacement.length();
      }
      at = mergeSpans(out, count, n / 2);
      count = at.length / 2;
    }

    /**
     * Where offset {@code p} of the old text lies in the new one, {@code k} being the last edit
     * that starts at or before it (-1 for none): shifted by the edits before it; inside an edit,
     * at the start of its replacement ({@code start}) or its end (not {@code start}).
     */
    private static int moved(int p, int k, List<Edit> edits, int[] newStarts, boolean start) {
      if (k < 0) {
        return p;
      }
      Edit e = edits.get(k);
      int replacementEnd = newStarts[k] + e.replacement.length();
      if (p >= e.end) {
        return replacementEnd + (p - e.end);
      }
      return start ? newStarts[k] : replacementEnd;
    }

    int[] toArray() {
      return Arrays.copyOf(at, 2 * count);
    }
  }

  /**
   * The {@code pairs} {start, end} pairs of {@code spans} as sorted, disjoint spans, those that
   * overlap or touch joined into one. The pairs before {@code split} and those from it on are each
   * sorted by start, then end (spans moved through edits keep their order, and the edits' own
   * spans come in text order), so one merge of the two runs sorts them all.
   */
  static int[] mergeSpans(int[] spans, int split, int pairs) {
    int[] merged = new int[2 * pairs];
    int m = 0;
    int a = 0;
    int b = split;
    while (a < split || b < pairs) {
      int k;
      if (b >= pairs || a < split
          && (spans[2 * a] < spans[2 * b] || spans[2 * a] == spans[2 * b] && spans[2 * a + 1] <= spans[2 * b + 1])) {
        k = a++;
      } else {
        k = b++;
      }
      int s = spans[2 * k];
      int e = spans[2 * k + 1];
      if (m > 0 && s <= merged[2 * m - 1]) {
        merged[2 * m - 1] = Math.max(merged[2 * m - 1], e);
      } else {
        merged[2 * m] = s;
        merged[2 * m + 1] = e;
        m++;
      }
    }
    return Arrays.copyOf(merged, 2 * m);
  }

  /**
   * Records the removal of {@code [start, end)} of the current text. Where the span bridges raw
   * text that an earlier rule already removed, it is recorded as several pieces, so every raw char
   * is claimed by one removal at most; gaps left by white-space normalization are bridged.
   */
  private void record(int start, int end, String ruleId, OffsetRuns.Cursor old) {
    // Inside one run the raw offsets step by one or stay put, so no earlier removal can lie
    // between two neighbours there: only the seams between runs need a look, not every char.
    int pieceStart = start;
    int rawPieceStart = old.rawOffset(start);
    int i = start;
    while (true) {
      int runEnd = Math.min(end, old.runEnd(i));
      int rawHere = old.rawOffset(runEnd - 1);
      boolean last = runEnd == end;
      int rawNext = last ? -1 : old.rawOffset(runEnd);
      if (last || bridgesRecordedRemoval(rawHere, rawNext)) {
        // An inserted char (a seam space) stands for no raw char: a piece ending in one claims none for it.
        int rawEnd = Math.min(rawLength, Math.max(rawPieceStart, rawHere + (old.inserted(runEnd - 1) ? 0 : 1)));
        removals.add(new Removal(ruleId, text.substring(pieceStart, runEnd), rawPieceStart, rawEnd));
        removedRaw.set(rawPieceStart, rawEnd);
        pieceStart = runEnd;
        rawPieceStart = rawNext;
      }
      if (last) {
        return;
      }
      i = runEnd;
    }
  }

  private boolean bridgesRecordedRemoval(int rawHere, int rawNext) {
    int from = rawHere + 1;
    if (rawNext <= from) {
      return false;
    }
    int hit = removedRaw.nextSetBit(from);
    return hit >= 0 && hit < rawNext;
  }

  /**
   * Merges overlapping edits. Two removals that overlap or touch become one (the first rule's id
   * is kept); an edit that overlaps a removal is absorbed by it.
   */
  private static List<Edit> merge(List<Edit> sorted) {
    List<Edit> out = new ArrayList<>(sorted.size());
    Edit cur = sorted.get(0);
    for (int i = 1; i < sorted.size(); i++) {
      Edit next = sorted.get(i);
      boolean overlaps = next.start < cur.end || (next.start == cur.end && next.start == next.end && cur.start == cur.end);
      if (overlaps) {
        int end = Math.max(cur.end, next.end);
        boolean curRemoves = cur.replacement.isEmpty();
        boolean nextRemoves = next.replacement.isEmpty();
        if (curRemoves || nextRemoves) {
          String rule = cur.ruleId != null ? cur.ruleId : next.ruleId;
          cur = new Edit(cur.start, end, "", rule);
        } else {
          // Two rewrites of the same span: keep the first, drop the second.
          cur = next.end > cur.end ? new Edit(cur.start, cur.end, cur.replacement, cur.ruleId) : cur;
        }
      } else {
        out.add(cur);
        cur = next;
      }
    }
    out.add(cur);
    return out;
  }

  /**
   * Records a removal made before this buffer's text existed (an HTML element removed from the
   * page before extraction). Its offsets are into the raw input.
   *
   * @throws IllegalArgumentException if the removal ends past the raw input
   */
  public void record(Removal removal) {
    if (removal.end() > rawLength) {
      throw new IllegalArgumentException(
          "removal " + removal.ruleId() + " ends at " + removal.end() + ", past the raw input of length " + rawLength);
    }
    removals.add(removal);
  }

  /** How many removals have been recorded so far. */
  public int removalCount() {
    return removals.size();
  }

  /** The removals recorded so far, in raw-input order. */
  public List<Removal> removals() {
    List<Removal> sorted = new ArrayList<>(removals);
    sorted.sort(Comparator.comparingInt(Removal::start).thenComparingInt(Removal::end));
    return sorted;
  }
}
