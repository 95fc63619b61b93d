package io.corpus.export.internal;

import io.corpus.export.DatasetException;

/** Checks on the text that goes out. */
final class Strings {

  private Strings() {}

  /** Throws when any string of the document holds a lone surrogate. */
  static void requireWellFormed(io.corpus.model.CorpusDocument d) {
    String id = d.id();
    requireWellFormed(id, id, "id");
    requireWellFormed(d.source(), id, "source");
    for (var f : new String[][] {{"url", d.url()}, {"title", d.title()}, {"subtitle", d.subtitle()},
        {"publisher", d.publisher()}, {"language", d.language()}}) {
      if (f[1] != null) {
        requireWellFormed(f[1], id, f[0]);
      }
    }
    for (String a : d.authors()) {
      requireWellFormed(a, id, "authors");
    }
    requireWellFormed(d.text(), id, "text");
    for (var t : d.turns()) {
      requireWellFormed(t.speaker(), id, "turns");
      requireWellFormed(t.text(), id, "turns");
    }
    for (var r : d.removals()) {
      requireWellFormed(r.text(), id, "removals");
    }
  }

  /**
   * Throws when {@code s} holds a lone surrogate: UTF-8 cannot encode one, and an encoder would
   * silently write {@code ?} instead.
   */
  static void requireWellFormed(String s, String documentId, String field) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
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
  }
}
