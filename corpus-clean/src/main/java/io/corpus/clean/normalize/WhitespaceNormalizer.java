package io.corpus.clean.normalize;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;

/**
 * Normalizes white space in one linear pass: line endings become {@code \n}, no-break and other
 * space separators and tabs become ordinary spaces, zero-width chars go, runs of spaces become one
 * space, lines lose leading and trailing spaces, and the text loses leading and trailing blank
 * lines.
 *
 * <p>Two instances run: {@link #early()} keeps single line breaks and folds blank-line runs into
 * one blank line; {@link #paragraphs()} runs last and makes every line break a paragraph break
 * (exactly one blank line), the layout of the clean text. Thread-safe and stateless.
 */
public final class WhitespaceNormalizer implements CleanStep {

  private final boolean everyLineIsParagraph;
  private final Phase phase;

  private WhitespaceNormalizer(boolean everyLineIsParagraph, Phase phase) {
    this.everyLineIsParagraph = everyLineIsParagraph;
    this.phase = phase;
  }

  /** The first step of every pipeline. */
  public static WhitespaceNormalizer early() {
    return new WhitespaceNormalizer(false, Phase.NORMALIZE);
  }

  /** The layout step that runs after every removal: also mends the seams removals leave. */
  public static WhitespaceNormalizer paragraphs() {
    return new WhitespaceNormalizer(true, Phase.FINISH);
  }

  @Override
  public String id() {
    return everyLineIsParagraph ? "layout.paragraphs" : "normalize.whitespace";
  }

  @Override
  public String description() {
    return everyLineIsParagraph
        ? "Lays the text out as paragraphs separated by exactly one blank line and mends seams."
        : "Normalizes line endings, no-break and zero-width spaces, and runs of spaces.";
  }

  @Override
  public Phase phase() {
    return phase;
  }

  @Override
  public void apply(Draft draft) {
    // A char array, not String.charAt: this loop touches every char of every document twice.
    char[] t = draft.text().toCharArray();
    int n = t.length;
    int i = 0;
    while (i < n) {
      char c = t[i];
      if (!Draft.isBlank(c)) {
        i++;
        continue;
      }
      int start = i;
      int newlines = 0;
      boolean visibleSpace = false;
      while (i < n && Draft.isBlank(t[i])) {
        char b = t[i];
        if (b == '\n') {
          newlines++;
        } else if (b == '\r') {
          if (i + 1 >= n || t[i + 1] != '\n') {
            newlines++;
          }
        } else if (b == '\u2028' || b == '\u2029' || b == '\u000B' || b == '\u000C' || b == '\u0085') {
          newlines++;
        } else if (!isInvisible(b)) {
          visibleSpace = true;
        }
        i++;
      }
      if (i - start == 1 && c == ' ' && start != 0 && i != n) {
        continue; // one space between words, the commonest run of all: already normal
      }
      String replacement;
      if (start == 0 || i == n) {
        replacement = "";
      } else if (newlines == 0) {
        replacement = visibleSpace ? " " : "";
      } else if (newlines == 1 && !everyLineIsParagraph) {
        replacement = "\n";
      } else {
        replacement = "\n\n";
      }
      if (i - start != replacement.length() || !regionEquals(t, start, replacement)) {
        draft.normalize(start, i, replacement);
      }
    }
  }

  private static boolean regionEquals(char[] t, int start, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (t[start + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }
}
