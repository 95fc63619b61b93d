package io.corpus.ingest.internal;


/**
 * Keeps ids unique within a run in bounded memory: it stores a 64-bit fingerprint per id (about
 * 16 bytes per document with the table's slack), not the ids. A fingerprint collision (odds about
 * 1 in 10^12 for a million documents) only makes an id be renamed that did not need to be.
 * Not thread-safe: the writing thread owns it.
 */
public final class IdRegistry {

  private long[] table = new long[1 << 12];
  private int size;
  private boolean hasZero;

  /**
   * Registers {@code id}; if it was already used, registers and returns {@code id-2}, {@code
   * id-3}, … (the first one free) instead.
   */
  public String claim(String id) {
    String free = firstFree(id);
    add(fingerprint(free));
    return free;
  }

  /** What {@link #claim} would return for {@code id}, without registering anything. */
  public String firstFree(String id) {
    if (!contains(fingerprint(id))) {
      return id;
    }
    for (int n = 2; ; n++) {
      String candidate = id + "-" + n;
      if (!contains(fingerprint(candidate))) {
        return candidate;
      }
    }
  }

  private boolean contains(long fp) {
    if (fp == 0) {
      return hasZero;
    }
    int mask = table.length - 1;
    int i = (int) (fp ^ (fp >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == fp) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  private boolean add(long fp) {
    if (fp == 0) {
      if (hasZero) {
        return false;
      }
      hasZero = true;
      return true;
    }
    if (size * 2 >= table.length) {
      grow();
    }
    int mask = table.length - 1;
    int i = (int) (fp ^ (fp >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == fp) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = fp;
    size++;
    return true;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    size = 0;
    int mask = table.length - 1;
    for (long fp : old) {
      if (fp != 0) {
        int i = (int) (fp ^ (fp >>> 32)) & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = fp;
        size++;
      }
    }
  }

  /** FNV-1a over the chars, then a finalizer so that similar ids spread over the table. */
  static long fingerprint(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  @Override
  public String toString() {
    return "IdRegistry[" + (size + (hasZero ? 1 : 0)) + " ids]";
  }
}
