package io.corpus.clean.internal;

import java.util.function.Function;

/**
 * A step's verdicts on short lines within one text, for verdicts that depend on a line's text
 * alone: a page that repeats its short lines ("Share", "12 Comments", "Video" under every teaser,
 * a menu one item a line) has each read once. Lines longer than {@value #MAX_LINE} chars are
 * always read (paragraphs do not repeat), and at most {@value #MAX_ENTRIES} verdicts are kept, so
 * the memory stays bounded whatever the text. A line is looked up by its chars in the text, so a
 * line already judged is neither copied nor hashed as a new string. One per step run; not
 * thread-safe.
 */
public final class LineMemo<V> {

  /** Lines up to this long have their verdict kept. */
  public static final int MAX_LINE = 60;
  /** The most verdicts kept. */
  public static final int MAX_ENTRIES = 4096;

  /** Open addressing, linear probing; the table is at most half full. */
  private String[] keys = new String[8];
  private Object[] values = new Object[8];
  private int size;

  /**
   * The verdict on {@code line}'s text: the one kept, or {@code verdict}'s (kept when there is
   * room). {@code verdict} never returns null.
   */
  @SuppressWarnings("unchecked")
  public V get(TextLines.Line line, Function<String, V> verdict) {
    int length = line.length();
    if (length > MAX_LINE) {
      return verdict.apply(line.text());
    }
    String source = line.source();
    int start = line.start();
    int h = 0;
    for (int i = start; i < start + length; i++) {
      h = 31 * h + source.charAt(i);
    }
    int mask = keys.length - 1;
    int slot = spread(h) & mask;
    for (String k = keys[slot]; k != null; k = keys[slot]) {
      if (k.length() == length && k.regionMatches(0, source, start, length)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    String text = line.text();
    V v = verdict.apply(text);
    if (size < MAX_ENTRIES) {
      keys[slot] = text;
      values[slot] = v;
      if (++size * 2 > keys.length) {
        grow();
      }
    }
    return v;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }

  private void grow() {
    String[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      String k = oldKeys[i];
      if (k != null) {
        int slot = spread(k.hashCode()) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        values[slot] = oldValues[i];
      }
    }
  }
}
