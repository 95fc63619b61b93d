package io.corpus.clean.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A step's verdicts on short lines within one text, for verdicts that depend on a line's text
 * alone: a page that repeats its short lines ("Share", "12 Comments", "Video" under every teaser,
 * a menu one item a line) has each read once. Lines longer than {@value #MAX_LINE} chars are
 * always read (paragraphs do not repeat), and at most {@value #MAX_ENTRIES} verdicts are kept, so
 * the memory stays bounded whatever the text. One per step run; not thread-safe.
 */
public final class LineMemo<V> {

  /** Lines up to this long have their verdict kept. */
  public static final int MAX_LINE = 60;
  /** The most verdicts kept. */
  public static final int MAX_ENTRIES = 4096;

  private final Map<String, V> known = new HashMap<>();

  /** The verdict on {@code line}: the one kept, or {@code verdict}'s (kept when there is room). */
  public V get(String line, Function<String, V> verdict) {
    if (line.length() > MAX_LINE) {
      return verdict.apply(line);
    }
    V v = known.get(line);
    if (v == null) {
      v = verdict.apply(line);
      if (known.size() < MAX_ENTRIES) {
        known.put(line, v);
      }
    }
    return v;
  }
}
