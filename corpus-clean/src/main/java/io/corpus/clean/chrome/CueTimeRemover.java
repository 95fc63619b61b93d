package io.corpus.clean.chrome;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.TextLines;
import java.util.ArrayList;
import java.util.List;

/**
 * The times of a recording's transcript or captions, one alone on each line between the lines of
 * speech: a video page's transcript panel ({@code "0:04"} / {@code "So I grew up on a farm…"}), a
 * talk's seek links, a caption file's cue times ({@code "00:00:07"}), a broadcast's clock stamps
 * ({@code "14:02:11"}). They are the player's, not the text's: a line removed from inside a
 * sentence is mended with one space.
 *
 * <p>Only bare times go ({@code "12:57 p.m. ET"}, a live blog's entry time, has more on its line),
 * and only when the text has at least {@value #MIN_TIMES} of them, mostly in increasing order, and
 * they read as a recording's: one of them has seconds ({@code "1:02:17"}, {@code "00:00:04"}), the
 * first is within the recording's first minute ({@code "0:04"}), or there are at least {@value
 * #MANY_TIMES}. A timeline's clock times ({@code "09:15"} / {@code "Police receive the call"}) are
 * none of these and stay. Stateless and thread-safe.
 */
public final class CueTimeRemover implements CleanStep {

  public static final String ID = "chrome.cue-time";

  static final int MIN_TIMES = 3;
  static final int MANY_TIMES = 10;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "A transcript's or captions' times, alone on their lines between the lines of speech (\"0:04\", \"00:00:07\").";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    String text = draft.text();
    if (text.indexOf(':') < 0 || countBareTimes(text) < MIN_TIMES) {
      return; // (nearly every text: one pass over its line breaks, nothing split)
    }
    TextLines lines = TextLines.of(text);
    List<Integer> at = new ArrayList<>();
    List<Integer> seconds = new ArrayList<>();
    boolean withSeconds = false;
    for (int i = 0; i < lines.size(); i++) {
      TextLines.Line l = lines.get(i);
      if (l.length() > 8 || l.length() < 4 || !Character.isDigit(l.first())) {
        continue;
      }
      int s = seconds(l.text());
      if (s >= 0) {
        at.add(i);
        seconds.add(s);
        withSeconds |= l.length() >= 7; // "1:02:17", "00:00:04"
      }
    }
    int n = at.size();
    if (n < MIN_TIMES) {
      return;
    }
    // A duration printed above the run ("3:47" over "0:04") is passed over in these tests.
    int from = seconds.get(0) > seconds.get(1) ? 1 : 0;
    if (n - from < MIN_TIMES) {
      return;
    }
    int rising = 0;
    for (int k = from + 1; k < n; k++) {
      rising += seconds.get(k) >= seconds.get(k - 1) ? 1 : 0;
    }
    if (rising * 5 < (n - 1 - from) * 4) {
      return; // not mostly in order: a table's, a list's
    }
    boolean fromStart = seconds.get(from) < 60;
    if (!withSeconds && !fromStart && n < MANY_TIMES) {
      return;
    }
    for (int k = n - 1; k >= 0; k--) {
      LineRemoval.removeLine(draft, lines, at.get(k), ID);
    }
  }

  /** How many lines of {@code text} are a bare time alone, blanks aside (at most {@value #MIN_TIMES}: enough to know). */
  static int countBareTimes(String text) {
    int count = 0;
    int start = 0;
    int n = text.length();
    while (start < n && count < MIN_TIMES) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      if (end - start >= 4) {
        int s = start;
        int e = end;
        while (s < e && Draft.isBlank(text.charAt(s))) {
          s++;
        }
        while (e > s && Draft.isBlank(text.charAt(e - 1))) {
          e--;
        }
        if (e - s >= 4 && e - s <= 8 && Character.isDigit(text.charAt(s)) && seconds(text.substring(s, e)) >= 0) {
          count++;
        }
      }
      start = end + 1;
    }
    return count;
  }

  /**
   * The seconds a bare time states ({@code "0:04"}, {@code "12:05"}, {@code "1:02:17"}, {@code
   * "00:00:04"}), or -1 for any other line: one or two digits, then one or two groups of a colon
   * and two digits, the minutes and seconds under 60.
   */
  static int seconds(String t) {
    int n = t.length();
    int i = 0;
    int first = 0;
    while (i < n && i < 2 && Character.isDigit(t.charAt(i))) {
      first = first * 10 + (t.charAt(i) - '0');
      i++;
    }
    if (i == 0) {
      return -1;
    }
    int total = first;
    int groups = 0;
    while (i < n) {
      if (groups == 2 || i + 2 >= n || t.charAt(i) != ':' || !Character.isDigit(t.charAt(i + 1))
          || !Character.isDigit(t.charAt(i + 2))) {
        return -1;
      }
      int v = (t.charAt(i + 1) - '0') * 10 + (t.charAt(i + 2) - '0');
      if (v >= 60) {
        return -1;
      }
      total = total * 60 + v;
      groups++;
      i += 3;
    }
    return groups == 0 ? -1 : total;
  }
}
