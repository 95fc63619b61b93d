package io.corpus.clean.internal;

import io.corpus.clean.Draft;
import java.util.function.Predicate;

/** Removes whole lines, mending the sentence a removed line interrupted. Stateless. */
public final class LineRemoval {

  private LineRemoval() {}

  /**
   * Removes every line of the draft's text at most {@code maxLine} chars long that {@code matches}
   * accepts, each on its own (see {@link #removeRun}): the loop of the steps that judge a line by
   * its text alone. {@code matches} gets the line, so it can reject most lines by their first or
   * last char before it copies their text.
   */
  public static void removeMatchingLines(Draft draft, int maxLine, Predicate<TextLines.Line> matches, String ruleId) {
    TextLines lines = TextLines.of(draft.text());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).length() <= maxLine && matches.test(lines.get(i))) {
        removeLine(draft, lines, i, ruleId);
      }
    }
  }

  /** Removes line {@code i}; see {@link #removeRun}. */
  public static void removeLine(Draft draft, TextLines lines, int i, String ruleId) {
    removeRun(draft, lines, i, i + 1, ruleId);
  }

  /**
   * Removes lines {@code [from, to)} under {@code ruleId}. When the removed lines sat inside a
   * sentence (the line before does not end a sentence and the line after starts in lower case, as
   * when a print header lands in the middle of a paragraph), the two halves are joined with one
   * space instead of being left as two paragraphs.
   */
  public static void removeRun(Draft draft, TextLines lines, int from, int to, String ruleId) {
    if (from >= to) {
      return;
    }
    for (int k = from; k < to; k++) {
      TextLines.Line l = lines.get(k);
      draft.remove(l.start(), l.end(), ruleId);
    }
    if (from > 0 && to < lines.size()) {
      TextLines.Line before = lines.get(from - 1);
      TextLines.Line after = lines.get(to);
      if (continuesSentence(before.text(), after.text())) {
        draft.normalize(before.end(), lines.get(from).start(), " ");
        for (int k = from; k < to; k++) {
          int gapEnd = k + 1 < to ? lines.get(k + 1).start() : after.start();
          draft.normalize(lines.get(k).end(), gapEnd, "");
        }
      }
    }
  }

  /** Whether {@code after} reads as the rest of the sentence {@code before} left open. */
  public static boolean continuesSentence(String before, String after) {
    char last = before.charAt(before.length() - 1);
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || Prose.isClosingQuote(last)
        || last == '\u2026' || last == ')') {
      return false;
    }
    char first = after.charAt(0);
    return Character.isLetter(first) && Character.isLowerCase(first) && !startsWithKey(after) && !startsWithBrand(after)
        && !isDateStamp(after);
  }

  /**
   * A date line in lower case ({@code "published 22 January 2025"}, {@code "updated 3 hours
   * ago"}): a header's field under a removed byline, not the rest of the dek above it.
   */
  private static boolean isDateStamp(String line) {
    for (String label : new String[] {"published ", "updated ", "posted ", "last updated ", "first published "}) {
      if (line.startsWith(label) && line.length() <= 60) {
        for (int i = label.length(); i < line.length(); i++) {
          if (Character.isDigit(line.charAt(i))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the first word has a capital after its lower-case start, as a brand has ({@code "ePaper"}, {@code "iPlayer"}): no sentence goes on so. */
  private static boolean startsWithBrand(String line) {
    for (int i = 1; i < line.length() && i < 20; i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        return false;
      }
      if (Character.isUpperCase(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code line} starts with a field's key, one token and a colon ({@code "title: …"},
   * {@code "gdelt.tone: …"}): an export's next field, not the rest of a sentence.
   */
  static boolean startsWithKey(String line) {
    int n = Math.min(line.length(), 31);
    for (int i = 1; i < n; i++) {
      char c = line.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
        return false;
      }
    }
    return false;
  }
}
