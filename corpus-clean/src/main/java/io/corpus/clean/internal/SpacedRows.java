package io.corpus.clean.internal;

import io.corpus.clean.Draft;
import io.corpus.model.ContentType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rows whose items a scrape set apart by wide gaps ({@code "Health Topics   Countries   Newsroom"},
 * {@code "© Skerry News ehf.   About   Advertise   Contact"}): a menu, a language switch or a
 * footer flattened into one line. The white-space step makes the gaps single spaces, so the gaps
 * are read in the input text itself, through the draft's offsets; only text input keeps them (an
 * HTML page's text is extraction's). Stateless.
 */
public final class SpacedRows {

  /** A row is read up to this many chars of input. */
  static final int MAX_ROW = 600;

  private SpacedRows() {}

  /**
   * The items of {@code line} as the input set them apart by two or more blanks or a tab, or null
   * when the line had no such gap, the input was not text, or the line does not stand for one line
   * of the input (an earlier step removed text inside it and joined what was around).
   */
  public static @Nullable List<String> items(Draft draft, TextLines.Line line) {
    return items(draft, line.start(), line.end());
  }

  /** {@link #items(Draft, TextLines.Line)} for the line {@code [start, end)} of the draft's text. */
  public static @Nullable List<String> items(Draft draft, int start, int end) {
    int length = end - start;
    if (draft.type() != ContentType.TEXT || length < 3 || length > MAX_ROW) {
      return null;
    }
    String raw = draft.originalText();
    int from = draft.rawOffset(start);
    int to = draft.rawOffset(end - 1) + 1;
    if (from < 0 || to > raw.length() || to - from > MAX_ROW || to - from > 2 * length + 16) {
      return null; // (a line that an earlier step joined over removed text: its input is no row)
    }
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r') {
        return null; // the line spans input lines: a seam left by a removal, not one row of the input
      }
    }
    List<String> items = null;
    int itemStart = from;
    for (int i = from + 1; i + 1 < to; i++) {
      char c = raw.charAt(i);
      if (c == '\t' || isBlank(c) && isBlank(raw.charAt(i + 1))) {
        int gapStart = i;
        while (i + 1 < to && (isBlank(raw.charAt(i + 1)) || raw.charAt(i + 1) == '\t')) {
          i++;
        }
        if (items == null) {
          items = new ArrayList<>();
        }
        add(items, raw, itemStart, gapStart);
        itemStart = i + 1;
      }
    }
    if (items == null) {
      return null;
    }
    add(items, raw, itemStart, to);
    return items.size() >= 2 ? items : null;
  }

  /** Whether the line had two gaps or more (three items): a row, not a label and its value. */
  public static boolean isRow(Draft draft, TextLines.Line line) {
    List<String> items = items(draft, line);
    return items != null && items.size() >= 3;
  }

  private static void add(List<String> items, String raw, int from, int to) {
    String item = raw.substring(from, to).strip();
    if (!item.isEmpty()) {
      items.add(item);
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\u00A0';
  }
}
