package io.corpus.clean.internal;

import java.util.BitSet;

/**
 * The chars that may match one of a few given chars when {@link String#regionMatches(boolean, int,
 * String, int, int)} compares ignoring case (see {@link Prose#mayMatchIgnoringCase}), as one bit
 * per char: a rule whose phrases start (or end) with those chars judges a line's first (or last)
 * char with one look-up, before it copies or folds anything. Immutable and thread-safe.
 */
public final class CharsIgnoringCase {

  private final BitSet bits = new BitSet(Character.MAX_VALUE + 1);

  /** {@link Prose#foldCase} of every char, made once: each set reads it for all 65,536 chars. */
  private static final class Folds {
    static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        FOLD[c] = Prose.foldCase((char) c);
      }
    }
  }

  private CharsIgnoringCase(CharSequence given) {
    char[] fold = Folds.FOLD;
    boolean[] folded = new boolean[Character.MAX_VALUE + 1];
    boolean anySurrogate = false;
    for (int i = 0; i < given.length(); i++) {
      char g = given.charAt(i);
      folded[fold[g]] = true;
      anySurrogate |= Character.isSurrogate(g);
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      // A surrogate on either side is left to the full comparison, which reads code points.
      if (anySurrogate || Character.isSurrogate((char) c) || folded[fold[c]]) {
        bits.set(c);
      }
    }
  }

  /** The chars that may match one of the chars of {@code given}. */
  public static CharsIgnoringCase of(CharSequence given) {
    return new CharsIgnoringCase(given);
  }

  /** The chars that may match the first char of one of {@code phrases} (empty phrases are skipped). */
  public static CharsIgnoringCase firstOf(Iterable<String> phrases) {
    return new CharsIgnoringCase(ends(phrases, true));
  }

  /** The chars that may match the last char of one of {@code phrases} (empty phrases are skipped). */
  public static CharsIgnoringCase lastOf(Iterable<String> phrases) {
    return new CharsIgnoringCase(ends(phrases, false));
  }

  private static CharSequence ends(Iterable<String> phrases, boolean first) {
    StringBuilder sb = new StringBuilder();
    for (String p : phrases) {
      if (!p.isEmpty()) {
        sb.append(p.charAt(first ? 0 : p.length() - 1));
      }
    }
    return sb;
  }

  /** False only when {@code c} matches none of the given chars, ignoring case. */
  public boolean mayMatch(char c) {
    return bits.get(c);
  }
}
