package io.corpus.clean.normalize;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;

/**
 * Normalizes white space in one linear pass: line endings become {@code \n}, no-break and other
 * space separators and tabs become ordinary spaces, zero-width chars and ASCII control chars go,
 * runs of spaces become one space, lines lose leading and trailing spaces, and the text loses
 * leading and trailing blank lines.
 *
 * <p>Three instances run: {@link #early()} keeps single line breaks and folds blank-line runs into
 * one blank line; {@link #seams()} mends, where chrome removals changed the text, the white space
 * they left (two spaces, a space at a line's end) before the metadata steps read lines, so that
 * they judge a line as a second run would see it; {@link #paragraphs()} runs last and makes every
 * line break a paragraph break (exactly one blank line), the layout of the clean text.
 * Thread-safe and stateless.
 */
public final class WhitespaceNormalizer implements CleanStep {

  private final boolean everyLineIsParagraph;
  /** Whether only the places edits changed since the early step are read (the seams step). */
  private final boolean seamsOnly;
  private final Phase phase;
  /**
   * Whether plain blocks are passed over unread and the paragraph step reads only what changed
   * since the early step (off only to test that this changes nothing).
   */
  private final boolean skipPlainBlocks;

  /** The key under which the early step has the draft track what later steps change. */
  private static final String NORMAL_SINCE = WhitespaceNormalizer.class.getName() + ".early";

  private WhitespaceNormalizer(boolean everyLineIsParagraph, Phase phase) {
    this(everyLineIsParagraph, phase, true);
  }

  WhitespaceNormalizer(boolean everyLineIsParagraph, Phase phase, boolean skipPlainBlocks) {
    this(everyLineIsParagraph, false, phase, skipPlainBlocks);
  }

  private WhitespaceNormalizer(boolean everyLineIsParagraph, boolean seamsOnly, Phase phase, boolean skipPlainBlocks) {
    this.everyLineIsParagraph = everyLineIsParagraph;
    this.seamsOnly = seamsOnly;
    this.phase = phase;
    this.skipPlainBlocks = skipPlainBlocks;
  }

  /** The first step of every pipeline. */
  public static WhitespaceNormalizer early() {
    return new WhitespaceNormalizer(false, Phase.NORMALIZE);
  }

  /**
   * The first metadata step: mends the white space chrome removals left, reading only where the
   * text changed since the early step (all of it when that step did not run).
   */
  public static WhitespaceNormalizer seams() {
    return new WhitespaceNormalizer(false, true, Phase.METADATA, true);
  }

  /** The layout step that runs after every removal: also mends the seams removals leave. */
  public static WhitespaceNormalizer paragraphs() {
    return new WhitespaceNormalizer(true, Phase.FINISH);
  }

  @Override
  public String id() {
    return everyLineIsParagraph ? "layout.paragraphs" : seamsOnly ? "layout.seams" : "normalize.whitespace";
  }

  @Override
  public String description() {
    return everyLineIsParagraph
        ? "Lays the text out as paragraphs separated by exactly one blank line and mends seams."
        : seamsOnly
            ? "Mends the white space chrome removals left, before metadata lines are read."
            : "Normalizes line endings, no-break and zero-width spaces, and runs of spaces.";
  }

  @Override
  public Phase phase() {
    return phase;
  }

  @Override
  public void apply(Draft draft) {
    int[] changed = (everyLineIsParagraph || seamsOnly) && skipPlainBlocks ? draft.changedSince(NORMAL_SINCE) : null;
    if (changed != null) {
      applyWhereChanged(draft, changed);
      return;
    }
    applyEverywhere(draft);
    if (!everyLineIsParagraph && !seamsOnly && skipPlainBlocks) {
      draft.trackChanges(NORMAL_SINCE);
    }
  }

  /**
   * The paragraph step on a text the early step normalized: there every blank run is one space
   * between words, a line break or a blank line, so only two kinds of place can need more, the
   * line breaks (each becomes a blank line) and the places later steps edited (a removal leaves
   * two spaces, a space before a line break, a blank line at the start). Both are read run by run;
   * the rest of the text is not read at all.
   */
  private void applyWhereChanged(Draft draft, int[] changed) {
    String t = draft.text();
    int n = t.length();
    int i = 0; // the text before i is read
    int k = 0; // the next changed span
    int nl = seamsOnly ? -1 : t.indexOf('\n'); // the seams step leaves line breaks as they are
    while (true) {
      int spanFrom = k < changed.length ? runStart(t, changed[k], i) : Integer.MAX_VALUE;
      int nlFrom = nl >= 0 ? runStart(t, nl, i) : Integer.MAX_VALUE;
      if (spanFrom == Integer.MAX_VALUE && nlFrom == Integer.MAX_VALUE) {
        return;
      }
      int until;
      if (spanFrom <= nlFrom) {
        i = Math.max(i, spanFrom);
        until = changed[k + 1];
        k += 2;
      } else {
        i = Math.max(i, nlFrom);
        until = nl + 1;
      }
      // Every run from here to the span's end, and the run that touches its end.
      while (i < n && (i < until || Draft.isBlank(t.charAt(i)))) {
        i = Draft.isBlank(t.charAt(i)) ? normalizeRun(t, i, draft) : i + 1;
      }
      if (nl >= 0 && nl < i) {
        nl = t.indexOf('\n', i);
      }
    }
  }

  /**
   * The start of the blank run that ends at {@code p} (p itself when the char before it is
   * visible), not looking before {@code read}: the text before it is read, and ends with a
   * visible char, so no run crosses it. Each char is so walked over once, however many spans
   * fall in one long run.
   */
  private static int runStart(String t, int p, int read) {
    int s = p;
    while (s > read && Draft.isBlank(t.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  private void applyEverywhere(Draft draft) {
    // The text is read in place with charAt: in these loops that costs about half of copying the
    // chars to an array first and reading the array (measured with C2 on Java 17).
    String t = draft.text();
    int n = t.length();
    int i = 0;
    while (i < n) {
      // Most of any text is words and single spaces, which this step leaves as they are: a block
      // of them is passed over with one branch, and only a block that holds anything else (a line
      // break, a run of blanks, another blank char) is read run by run.
      if (skipPlainBlocks && i + BLOCK < n && plainBlock(t, i)) {
        i += BLOCK;
        continue;
      }
      // Read closely up to the first run that is not one space between words, then go back to
      // passing over blocks from right after it.
      int limit = Math.min(n, i + BLOCK);
      while (i < limit) {
        if (KIND[t.charAt(i)] == VISIBLE) {
          i++;
          continue;
        }
        int start = i;
        i = normalizeRun(t, i, draft);
        if (i - start > 1 || t.charAt(start) != ' ') {
          break;
        }
      }
    }
  }

  /** How many chars {@link #plainBlock} looks at in one go. */
  private static final int BLOCK = 32;

  /** A char's kind is two bits: {@link #BLANK}, and {@link #NOT_A_SPACE} for a blank other than ' '. */
  private static final byte VISIBLE = 0;
  private static final byte BLANK = 1;
  private static final byte NOT_A_SPACE = 2;

  /** The kind of every char: 0 (visible), {@link #BLANK} (' '), or both bits (any other blank char). */
  private static final byte[] KIND = kinds();

  private static byte[] kinds() {
    byte[] k = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (c == ' ') {
        k[c] = BLANK;
      } else if (Draft.isBlank((char) c)) {
        k[c] = BLANK | NOT_A_SPACE;
      }
    }
    return k;
  }

  /**
   * Whether the block {@code [from, from + BLOCK)} holds nothing to normalize and leaves no run
   * open: every char in it and the one after it is visible or a space, no space stands next to
   * another blank (the char before the block included) or at the text's start, and so every space
   * is one space between two words. Needs {@code from + BLOCK < t.length}. Branch-free: {@code
   * kind & (prev | NOT_A_SPACE)} is not 0 when a char is a blank other than ' ', or is blank after a
   * blank.
   */
  private static boolean plainBlock(String t, int from) {
    int prev = from == 0 ? BLANK : KIND[t.charAt(from - 1)]; // a blank at the start is a leading blank
    int bad = 0;
    for (int j = from; j <= from + BLOCK; j++) {
      int kind = KIND[t.charAt(j)];
      bad |= kind & (prev | NOT_A_SPACE);
      prev = kind;
    }
    return bad == 0;
  }

  /** Normalizes the blank run that starts at {@code start}; returns where it ends. */
  private int normalizeRun(String t, int start, Draft draft) {
    int n = t.length();
    char c = t.charAt(start);
    int i = start;
    int newlines = 0;
    boolean visibleSpace = false;
    while (i < n && Draft.isBlank(t.charAt(i))) {
      char b = t.charAt(i);
      if (b == '\n') {
        newlines++;
      } else if (b == '\r') {
        if (i + 1 >= n || t.charAt(i + 1) != '\n') {
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
      return i; // one space between words, the commonest run of all: already normal
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
    if (i - start != replacement.length() || !t.startsWith(replacement, start)) {
      draft.normalize(start, i, replacement);
    }
    return i;
  }

  /**
   * Whether a blank char takes no room: zero-width chars, and the ASCII control chars that are
   * not white space (NUL to BS, SO to ESC, DEL). They go without leaving a space; the separators
   * U+001C to U+001F, which Java counts as white space, become a space.
   */
  private static boolean isInvisible(char c) {
    return (c < '\u001C' && c != '\t') || c == '\u007F'
        || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }
}
