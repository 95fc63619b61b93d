package io.corpus.clean.transcript;

import io.corpus.clean.internal.Literal;
import io.corpus.model.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recovers the speaker turns of an interview or briefing transcript from clean text.
 *
 * <p>A paragraph that starts with a speaker label in capitals followed by a colon ({@code
 * "QUESTION:"}, {@code "SECRETARY BLINKEN:"}, {@code "MR. PRICE:"}, {@code "SEN. DOE (R-LA):"})
 * starts a turn; paragraphs without a label continue the turn before them. Text before the first
 * label belongs to no turn. A text counts as a transcript only with at least three labelled
 * paragraphs and two different speakers, so a lone {@code "NOTE:"} or {@code "UPDATE:"} paragraph
 * is not mistaken for one. Labels stay in the body text. Thread-safe and stateless.
 */
public final class SpeakerTurns {

  /**
   * One to six capitalized words (letters, dots, apostrophes, hyphens), an optional parenthetical,
   * then a colon and a space or the paragraph's end: {@code
   * ^(\p{Lu}[\p{Lu}.'’\-]{0,30}(?: \p{Lu}[\p{Lu}.'’\-]{0,30}){0,5}(?: \([^()\n]{1,40}\))?):(?: |$)}, as
   * {@link java.util.regex.Pattern} reads it (code points; {@code $} also before one final line
   * terminator). Matched by hand, not by the regex: it is tried on every paragraph of every
   * document. No part of it can backtrack into a shorter match that succeeds (a word ends only
   * where a space, a parenthesis or the colon must follow), so one left-to-right read decides.
   */
  private static final int MAX_WORDS = 6;
  private static final int MAX_WORD_TAIL = 30;
  private static final int MAX_PARENTHETICAL = 40;

  private static final int MIN_LABELLED = 3;
  private static final int MIN_SPEAKERS = 2;

  private static final Literal PARAGRAPH_BREAK = new Literal("\n\n", 0);

  private SpeakerTurns() {}

  /** The turns of {@code text}, or an empty list when it is not a transcript. */
  public static List<Turn> of(String text) {
    // Paragraphs as ranges of the text, matched in place: most texts are not transcripts, and
    // for them nothing is copied.
    int[] bounds = paragraphBounds(text);
    int count = bounds.length / 2;
    Set<String> distinct = new HashSet<>();
    int labelled = 0;
    // Each paragraph's label and where it ends, kept for the second pass (null: no label).
    String[] labels = null;
    int[] labelEnds = null;
    for (int k = 0; k < count; k++) {
      int from = bounds[2 * k];
      int to = bounds[2 * k + 1];
      int colon = mayStartLabel(text, from, to) ? labelColon(text, from, to) : -1;
      String speaker = colon < 0 ? null : text.substring(from, colon);
      if (speaker != null && hasLetters(speaker)) {
        if (labels == null) {
          labels = new String[count];
          labelEnds = new int[count];
        }
        labels[k] = speaker;
        labelEnds[k] = colon + 1 < to && text.charAt(colon + 1) == ' ' ? colon + 2 : colon + 1;
        distinct.add(speaker);
        labelled++;
      }
    }
    if (labelled < MIN_LABELLED || distinct.size() < MIN_SPEAKERS) {
      return List.of();
    }
    List<Turn> turns = new ArrayList<>(labelled);
    String speaker = null;
    // The current turn's paragraphs as stripped {start, end} ranges of the text: its text is made
    // once the turn ends, in one array of its exact length.
    int[] parts = new int[8];
    int partCount = 0;
    for (int k = 0; k < count; k++) {
      int from = bounds[2 * k];
      int to = bounds[2 * k + 1];
      String next = labels[k];
      if (next != null) {
        if (speaker != null) {
          turns.add(new Turn(speaker, joined(text, parts, partCount)));
        }
        speaker = next;
        partCount = 0;
        from = labelEnds[k];
      } else if (speaker == null) {
        continue; // before the first label
      }
      if (2 * partCount + 2 > parts.length) {
        parts = java.util.Arrays.copyOf(parts, parts.length * 2);
      }
      parts[2 * partCount] = strippedStart(text, from, to);
      parts[2 * partCount + 1] = strippedEnd(text, parts[2 * partCount], to);
      partCount++;
    }
    turns.add(new Turn(speaker, joined(text, parts, partCount)));
    return turns;
  }

  /**
   * The ranges' text joined by blank lines, as appending each range to what is there, after a
   * blank line when what is there is not empty, makes it; one range is one substring.
   */
  private static String joined(String t, int[] parts, int count) {
    if (count == 1) {
      return t.substring(parts[0], parts[1]);
    }
    int length = 0;
    for (int p = 0; p < count; p++) {
      length += (length > 0 ? 2 : 0) + parts[2 * p + 1] - parts[2 * p];
    }
    char[] out = new char[length];
    int at = 0;
    for (int p = 0; p < count; p++) {
      if (at > 0) {
        out[at++] = '\n';
        out[at++] = '\n';
      }
      t.getChars(parts[2 * p], parts[2 * p + 1], out, at);
      at += parts[2 * p + 1] - parts[2 * p];
    }
    return new String(out);
  }

  /** Where {@code t.substring(from, to).strip()} starts in {@code t}. */
  private static int strippedStart(String t, int from, int to) {
    while (from < to && Character.isWhitespace(t.charAt(from))) {
      from++;
    }
    return from;
  }

  /** Where {@code t.substring(from, to).strip()} ends in {@code t}, {@code from} its start. */
  private static int strippedEnd(String t, int from, int to) {
    while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * Where the colon of the label that starts {@code [from, to)} stands, or -1 when no label
   * starts it (see {@link #MAX_WORDS} for the shape).
   */
  private static int labelColon(String t, int from, int to) {
    int i = from;
    for (int word = 1; ; word++) {
      int first = codePointIn(t, i, to);
      if (first < 0 || !isUpper(first)) {
        return -1;
      }
      i += Character.charCount(first);
      for (int k = 0; k < MAX_WORD_TAIL; k++) {
        int c = codePointIn(t, i, to);
        if (c < 0 || !(isUpper(c) || c == '.' || c == '\'' || c == '\u2019' || c == '-')) {
          break;
        }
        i += Character.charCount(c);
      }
      if (word < MAX_WORDS && i + 1 < to && t.charAt(i) == ' ') {
        int next = codePointIn(t, i + 1, to);
        if (next >= 0 && isUpper(next)) {
          i++;
          continue;
        }
      }
      break;
    }
    if (i + 1 < to && t.charAt(i) == ' ' && t.charAt(i + 1) == '(') {
      int j = i + 2;
      int inside = 0;
      while (inside < MAX_PARENTHETICAL) {
        int c = codePointIn(t, j, to);
        if (c < 0 || c == '(' || c == ')' || c == '\n') {
          break;
        }
        j += Character.charCount(c);
        inside++;
      }
      if (inside == 0 || j >= to || t.charAt(j) != ')') {
        return -1;
      }
      i = j + 1;
    }
    if (i >= to || t.charAt(i) != ':') {
      return -1;
    }
    return i + 1 < to && t.charAt(i + 1) == ' ' || endsAt(t, i + 1, to) ? i : -1;
  }

  /**
   * The code point at {@code i}, or -1 at or past {@code to}. (A pair that {@code to} splits would
   * leave the read past {@code to}, which every caller then rejects: no label ends there.)
   */
  private static int codePointIn(String t, int i, int to) {
    return i < to ? t.codePointAt(i) : -1;
  }

  private static boolean isUpper(int codePoint) {
    return Character.getType(codePoint) == Character.UPPERCASE_LETTER;
  }

  /**
   * Whether a non-multiline {@code $} matches at {@code i} with the input ending at {@code to}: at
   * the end, or before one line terminator that ends the input.
   */
  private static boolean endsAt(String t, int i, int to) {
    if (i == to) {
      return true;
    }
    if (i == to - 2) {
      return t.charAt(i) == '\r' && t.charAt(i + 1) == '\n';
    }
    if (i == to - 1) {
      char c = t.charAt(i);
      return c == '\n' && t.charAt(i - 1) != '\r' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return false;
  }

  /**
   * Whether the paragraph {@code [from, to)} can start with a {@link #LABEL}: its first char is a
   * capital and the one after it can follow the label's first letter (a capital, a dot, an
   * apostrophe, a hyphen, a space or the colon). A surrogate is left to the regex, which reads
   * code points.
   */
  private static boolean mayStartLabel(String t, int from, int to) {
    if (from >= to) {
      return false;
    }
    char first = t.charAt(from);
    if (Character.isSurrogate(first)) {
      return true;
    }
    if (Character.getType(first) != Character.UPPERCASE_LETTER) {
      return false;
    }
    if (from + 1 == to) {
      return false; // a capital alone: no colon follows
    }
    char second = t.charAt(from + 1);
    return Character.isSurrogate(second)
        || Character.getType(second) == Character.UPPERCASE_LETTER
        || second == '.' || second == '\'' || second == '\u2019' || second == '-' || second == ' ' || second == ':';
  }

  /** The paragraphs of {@code text.split("\n\n", -1)} as start and end offsets, in pairs. */
  private static int[] paragraphBounds(String text) {
    int[] out = new int[16];
    int n = 0;
    int from = 0;
    int at;
    while (true) {
      at = PARAGRAPH_BREAK.in(text, from);
      if (n + 2 > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      out[n++] = from;
      out[n++] = at < 0 ? text.length() : at;
      if (at < 0) {
        return java.util.Arrays.copyOf(out, n);
      }
      from = at + 2;
    }
  }

  private static boolean hasLetters(String label) {
    int letters = 0;
    for (int i = 0; i < label.length(); i++) {
      if (Character.isLetter(label.charAt(i))) {
        letters++;
      }
    }
    return letters >= 1;
  }
}
