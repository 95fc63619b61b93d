package io.corpus.clean.normalize;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;

/**
 * Removes the line numbers of pleading paper: court, deposition, hearing and council transcripts
 * turned from PDF into text number every line of a page, 1 to 25 (or 28), the empty ones too
 * ({@code "4   Q. Ms. Kessler, before the break we were talking about"} / {@code "5   the
 * electronic logging devices in the Northshore"} / {@code "16"}). The numbers go, and so do the
 * lines that held nothing else, the page's running header and footer (its unnumbered lines that
 * stand twice or more, its page numbers) and the blank lines of its page breaks; the hard-wrapped
 * lines left are joined by {@link LineUnwrapper}, which runs next, across the page breaks too.
 *
 * <p>A document counts as numbered only when the numbers show the layout: at least {@value
 * #MIN_NUMBERED} lines start with a number from 1 to {@value #MAX_NUMBER} (alone, or before a
 * blank), they are at least half of its non-blank lines, nine in ten of them follow the one before
 * (one more, or 1 again after a page of at least ten), a page reaches line {@value
 * #MIN_PAGE_LINES}, and {@value #MIN_EMPTY} numbered lines at least hold nothing else. A numbered
 * list, a table's ranks or a schedule never shows all of that.
 * Linear in the text's length; a second cleaning finds no numbered page and changes nothing.
 */
public final class LineNumberRemover implements CleanStep {

  public static final String ID = "layout.line-numbers";
  /** Numbered lines a document needs at least. */
  static final int MIN_NUMBERED = 20;
  /** The highest line number of a page. */
  static final int MAX_NUMBER = 34;
  /** Numbered lines with nothing else on them a document needs at least (a table's ranks have none). */
  static final int MIN_EMPTY = 2;
  /** A numbered text shows {@value #PROBE_NUMBERED} numbered lines in its first {@value #PROBE_LINES} non-blank lines. */
  static final int PROBE_LINES = 80;
  static final int PROBE_NUMBERED = 10;
  /** A page must reach this line number. */
  static final int MIN_PAGE_LINES = 15;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Removes the line numbers of pleading-paper transcripts (1 to 25 on every page, the empty lines too).";
  }

  @Override
  public Phase phase() {
    return Phase.NORMALIZE;
  }

  @Override
  public void apply(Draft draft) {
    String t = draft.text();
    if (!isNumbered(t)) {
      return;
    }
    // The page's own lines, unnumbered, that stand twice or more: its running header and footer
    // ("LAKESHORE COURT REPORTING, LLC", "Official - Subject to Final Review").
    java.util.Map<String, Integer> unnumbered = new java.util.HashMap<>();
    int n = t.length();
    for (int start = 0; start < n; ) {
      int end = LineUnwrapper.lineEnd(t, start);
      if (end > start && numberEnd(t, start, end) == start && end - start <= MAX_RUNNING_LINE) {
        unnumbered.merge(t.substring(start, end), 1, Integer::sum);
      }
      start = end + 1;
    }
    for (int start = 0; start < n; ) {
      int end = LineUnwrapper.lineEnd(t, start);
      int digits = numberEnd(t, start, end);
      if (digits > start) {
        if (digits == end) {
          draft.remove(start, Math.min(n, end + 1), ID); // an empty numbered line: the line and its break
        } else {
          draft.remove(start, digits + 1, ID); // the number and the blank after it
        }
      } else if (end == start) {
        if (end < n) {
          draft.normalize(start, end + 1, ""); // a blank line: a page's break, not a paragraph's
        }
      } else if (isPageNumber(t, start, end) || end - start <= MAX_RUNNING_LINE && unnumbered.get(t.substring(start, end)) >= 2) {
        draft.remove(start, Math.min(n, end + 1), ID);
      }
      start = end + 1;
    }
  }

  /** A running header's or footer's line is at most this long. */
  static final int MAX_RUNNING_LINE = 100;

  /** A page's number alone: {@code "41"}, {@code "Page 37"}, {@code "Page 2 of 3"}, {@code "- 4 -"}. */
  static boolean isPageNumber(String t, int start, int end) {
    String s = t.substring(start, end).strip();
    return PAGE_NUMBER.matcher(s).matches();
  }

  private static final java.util.regex.Pattern PAGE_NUMBER =
      java.util.regex.Pattern.compile("(?:(?:Page|PAGE|p\\.) )?\\d{1,4}(?: (?:of|OF) \\d{1,4})?|- \\d{1,4} -");

  /**
   * Where the line number that starts the line {@code [start, end)} ends: one or two digits from
   * 1 to {@value #MAX_NUMBER}, then the line's end or a blank; {@code start} when there is none.
   */
  static int numberEnd(String t, int start, int end) {
    int p = start;
    while (p < end && p - start < 2 && Character.isDigit(t.charAt(p))) {
      p++;
    }
    if (p == start || p < end && t.charAt(p) != ' ') {
      return start;
    }
    int value = Integer.parseInt(t, start, p, 10);
    return value >= 1 && value <= MAX_NUMBER && t.charAt(start) != '0' ? p : start;
  }

  /** Whether {@code t}'s lines show pleading paper's numbering (see the class comment). */
  static boolean isNumbered(String t) {
    int n = t.length();
    int numbered = 0;
    int lines = 0;
    int following = 0;
    int previous = -1;
    int highest = 0;
    int empty = 0;
    int start = 0;
    while (start < n) {
      int end = LineUnwrapper.lineEnd(t, start);
      if (lines == PROBE_LINES && numbered < PROBE_NUMBERED) {
        return false; // (most texts: decided on their first lines)
      }
      if (end > start) {
        lines++;
        int digits = numberEnd(t, start, end);
        if (digits > start) {
          int value = Integer.parseInt(t, start, digits, 10);
          numbered++;
          empty += digits == end ? 1 : 0;
          if (previous >= 0 && (value == previous + 1 || value == 1 && previous >= 10)) {
            following++;
          }
          highest = Math.max(highest, value);
          previous = value;
        }
      }
      start = end + 1;
    }
    return numbered >= MIN_NUMBERED && numbered * 2 >= lines && following * 10 >= (numbered - 1) * 9
        && highest >= MIN_PAGE_LINES && empty >= MIN_EMPTY;
  }
}
