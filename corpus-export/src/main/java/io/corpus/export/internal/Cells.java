package io.corpus.export.internal;

import io.corpus.export.ExportOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreadsheet cell rules: the formula guard and splitting values that exceed a cell.
 *
 * <p>The guard is reversible. A value "needs a guard" when it starts with zero or more apostrophes
 * followed by one of {@code = + - @ \t \r}; such a value gets one more apostrophe in front. A
 * spreadsheet shows a value starting with an apostrophe as text, and {@link #unguard} removes
 * exactly one apostrophe from any cell of that shape, so guarding never makes two values look
 * alike: {@code "=1"} is written {@code "'=1"} and {@code "'=1"} is written {@code "''=1"}.
 */
public final class Cells {

  private Cells() {}

  /** Whether a spreadsheet could take the value (or, once guarded, our reader the guard) for a formula. */
  public static boolean needsGuard(CharSequence s) {
    int i = 0;
    int n = s.length();
    while (i < n && s.charAt(i) == ExportOptions.GUARD) {
      i++;
    }
    return i < n && isTrigger(s.charAt(i));
  }

  private static boolean isTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** The value as a guarded cell. */
  public static String guard(String s) {
    return needsGuard(s) ? ExportOptions.GUARD + s : s;
  }

  /** The value a guarded cell stands for. */
  public static String unguard(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == ExportOptions.GUARD && needsGuard(cell) ? cell.substring(1) : cell;
  }

  /**
   * The cells that hold {@code value}, each at most {@code limit} characters with its guard: one
   * cell when it fits. Pieces end after a line break or a space near the limit when there is one,
   * so that a reader sees whole words; a surrogate pair is never cut. Joining the {@link #unguard
   * unguarded} cells gives {@code value} back.
   */
  public static List<String> split(String value, int limit, boolean guard) {
    if (value.length() <= limit - 1 || (value.length() == limit && !(guard && needsGuard(value)))) {
      return List.of(guard ? guard(value) : value);
    }
    List<String> cells = new ArrayList<>(value.length() / limit + 2);
    int pos = 0;
    int n = value.length();
    while (pos < n || cells.isEmpty()) {
      int end = pieceEnd(value, pos, limit);
      String piece = value.substring(pos, end);
      if (guard && needsGuard(piece)) {
        if (piece.length() + 1 > limit) {
          end = pieceEnd(value, pos, limit - 1);
          piece = value.substring(pos, end);
        }
        if (needsGuard(piece)) {
          piece = ExportOptions.GUARD + piece;
        }
      }
      cells.add(piece);
      pos = end;
    }
    return cells;
  }

  /** Where a piece of at most {@code window} chars starting at {@code pos} ends. */
  private static int pieceEnd(String s, int pos, int window) {
    int n = s.length();
    if (n - pos <= window) {
      return n;
    }
    int end = pos + window;
    if (Character.isHighSurrogate(s.charAt(end - 1)) && Character.isLowSurrogate(s.charAt(end))) {
      end--;
    }
    if (end == pos) {
      return pos + 2; // window 1 at a surrogate pair: a pair is never cut (and never needs a guard)
    }
    // Look back at most a quarter of the window, so the scan stays linear over the whole value.
    int floor = Math.max(pos + 1, end - Math.max(1, window / 4));
    for (int i = end; i > floor; i--) {
      if (s.charAt(i - 1) == '\n') {
        return i;
      }
    }
    for (int i = end; i > floor; i--) {
      if (s.charAt(i - 1) == ' ') {
        return i;
      }
    }
    return end;
  }
}
