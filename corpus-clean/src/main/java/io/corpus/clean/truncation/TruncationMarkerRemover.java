package io.corpus.clean.truncation;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.Literal;

/**
 * Removes the truncation markers news APIs append to cut-off content ({@code "… [+7040 chars]"})
 * and marks the document as truncated.
 *
 * <p>The marker is {@code [+N chars]} (or {@code char}), with the ellipsis the API puts before it
 * when there is one. The cut word before the marker stays: it is the source's text, and removing
 * it would lose a real word. A document that merely ends in "…" is not touched: only the bracketed
 * count proves truncation. Linear time; stateless and thread-safe.
 *
 * <pre>{@code
 * Cleaner.builder().addStep(new TruncationMarkerRemover()).build();
 * }</pre>
 */
public final class TruncationMarkerRemover implements CleanStep {

  /** The rule id recorded with every marker removed. */
  public static final String ID = "truncation.marker";

  private static final int MAX_DIGITS = 9;

  /** Where a marker's bracket opens, found by its '[', rare in prose. */
  private static final Literal MARKER_START = new Literal("[+", 0);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "News-API truncation markers such as \"… [+7040 chars]\" and a feed excerpt's \" […]\" at a paragraph's end; marks the document as truncated.";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    String t = draft.text();
    elisionsAtParagraphEnds(draft, t);
    int from = 0;
    while (true) {
      int at = MARKER_START.in(t, from);
      if (at < 0) {
        return;
      }
      int end = markerEnd(t, at);
      if (end < 0) {
        from = at + 2;
        continue;
      }
      int start = markerStart(t, at);
      draft.remove(start, end);
      Draft.keepApart(draft, t, start, end); // a marker glued to text after it ("chars]The") leaves a space
      draft.markTruncated();
      from = end;
    }
  }

  /** The elision marks a feed puts where it cut an excerpt: {@code "[…]"}, {@code "[...]"}. */
  private static final String[] ELISIONS = {"[\u2026]", "[...]"};

  /**
   * A feed's excerpt cut off with {@code " […]"} or {@code " [...]"} at a paragraph's end (the
   * mark, then a line break or the text's end; a space before it): the mark goes, the text before
   * it stays, and the document is truncated. Inside a paragraph the same mark is an editor's
   * elision in a quotation, and stays.
   */
  private static void elisionsAtParagraphEnds(Draft draft, String t) {
    // One search for '[', rare in prose, for both spellings.
    for (int at = t.indexOf('['); at >= 0; at = t.indexOf('[', at + 1)) {
      String mark = t.startsWith(ELISIONS[0], at) ? ELISIONS[0] : t.startsWith(ELISIONS[1], at) ? ELISIONS[1] : null;
      if (mark == null || at == 0 || t.charAt(at - 1) != ' ') {
        continue;
      }
      int end = at + mark.length();
      int after = end;
      while (after < t.length() && isSpace(t.charAt(after))) {
        after++;
      }
      if (after < t.length() && t.charAt(after) != '\n' && t.charAt(after) != '\r') {
        continue; // inside a paragraph: an editor's elision
      }
      int start = at;
      while (start > 0 && isSpace(t.charAt(start - 1))) {
        start--;
      }
      if (start == 0 || t.charAt(start - 1) == '\n') {
        continue; // a mark alone on its line is no excerpt's end
      }
      draft.remove(start, end);
      draft.markTruncated();
    }
  }


  /** The end of {@code [+N chars]} starting at {@code at}, or -1 when it is not a marker. */
  static int markerEnd(String t, int at) {
    int i = at + 2;
    int digits = 0;
    while (i < t.length() && digits <= MAX_DIGITS && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits == 0 || digits > MAX_DIGITS) {
      return -1;
    }
    if (i < t.length() && t.charAt(i) == ' ') {
      i++;
    }
    if (!t.startsWith("char", i)) {
      return -1;
    }
    i += 4;
    if (i < t.length() && t.charAt(i) == 's') {
      i++;
    }
    return i < t.length() && t.charAt(i) == ']' ? i + 1 : -1;
  }

  /** Widens the marker back over the spaces and the ellipsis the API put before it. */
  private static int markerStart(String t, int at) {
    int s = at;
    while (s > 0 && isSpace(t.charAt(s - 1))) {
      s--;
    }
    if (s > 0 && t.charAt(s - 1) == '\u2026') {
      s--;
    } else if (s >= 3 && t.startsWith("...", s - 3)) {
      s -= 3;
    } else {
      return at;
    }
    while (s > 0 && isSpace(t.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }
}
