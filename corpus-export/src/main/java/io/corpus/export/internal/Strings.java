package io.corpus.export.internal;

import io.corpus.export.DatasetException;

/** Checks on the text that goes out. */
final class Strings {

  private Strings() {}

  /** Throws when any string of the document holds a lone surrogate. */
  static boolean requireWellFormed(io.corpus.model.CorpusDocument d) {
    String id = d.id();
    boolean lineBreaks = requireWellFormed(id, id, "id");
    lineBreaks |= requireWellFormed(d.source(), id, "source");
    for (var f : new String[][] {{"url", d.url()}, {"title", d.title()}, {"subtitle", d.subtitle()},
        {"publisher", d.publisher()}, {"language", d.language()}}) {
      if (f[1] != null) {
        lineBreaks |= requireWellFormed(f[1], id, f[0]);
      }
    }
    for (String a : d.authors()) {
      lineBreaks |= requireWellFormed(a, id, "authors");
    }
    lineBreaks |= requireWellFormed(d.text(), id, "text");
    for (var t : d.turns()) {
      lineBreaks |= requireWellFormed(t.speaker(), id, "turns");
      lineBreaks |= requireWellFormed(t.text(), id, "turns");
    }
    for (var r : d.removals()) {
      lineBreaks |= requireWellFormed(r.text(), id, "removals");
    }
    return lineBreaks;
  }

  /**
   * Throws when {@code s} holds a lone surrogate: UTF-8 cannot encode one, and an encoder would
   * silently write {@code ?} instead. Returns whether {@code s} holds one of the line breaks that
   * JSON allows raw but Unicode-aware line splitters break on (U+0085, U+2028, U+2029).
   */
  static boolean requireWellFormed(String s, String documentId, String field) {
    int n = s.length();
    boolean lineBreaks = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '\u0085') {
        continue;
      }
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        lineBreaks = true;
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          throw new DatasetException(
              "document " + documentId + ": field \"" + field + "\" has a lone surrogate (U+"
                  + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") at index " + i
                  + ", which UTF-8 cannot encode");
        }
      }
    }
    return lineBreaks;
  }
}
