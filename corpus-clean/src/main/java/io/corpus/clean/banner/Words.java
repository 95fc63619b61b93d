package io.corpus.clean.banner;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A fixed set of lower-case words, each at a place (0, 1, …), that a token can be looked up in
 * without building its norm ({@link BannerTokens#indexIn(int, Words)}): the matcher asks about
 * most tokens it reads, and building a string for each was most of its cost. Immutable and
 * thread-safe.
 */
final class Words {

  private final String[] words;
  private final int[] hashes;
  /** Open addressing by hash: a word's place + 1, 0 where empty; at most half full. */
  private final int[] slots;
  private final int mask;

  Words(Collection<String> words) {
    List<String> unique = List.copyOf(new LinkedHashSet<>(words));
    this.words = unique.toArray(new String[0]);
    this.hashes = new int[this.words.length];
    int capacity = Integer.highestOneBit(Math.max(4, this.words.length * 4) - 1) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    for (int i = 0; i < this.words.length; i++) {
      String w = this.words[i];
      hashes[i] = w.hashCode();
      int slot = hashes[i] & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  /** How many words the set holds. */
  int size() {
    return words.length;
  }

  /** The word at {@code place}. */
  String get(int place) {
    return words[place];
  }

  /** The place of {@code word}, or -1. */
  int indexOf(String word) {
    int h = word.hashCode();
    for (int slot = h & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int i = slots[slot] - 1;
      if (hashes[i] == h && words[i].equals(word)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the set holds {@code word}. */
  boolean contains(String word) {
    return indexOf(word) >= 0;
  }

  /**
   * The place of the ASCII chars {@code ch[from, to)} lower-cased, or -1; {@code hash} is their
   * {@link String#hashCode()} once lower-cased.
   */
  int indexOfLowerCased(int hash, char[] ch, int from, int to) {
    for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int i = slots[slot] - 1;
      if (hashes[i] == hash && sameLowerCased(words[i], ch, from, to)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean sameLowerCased(String word, char[] ch, int from, int to) {
    if (word.length() != to - from) {
      return false;
    }
    for (int x = from; x < to; x++) {
      if (lowerAscii(ch[x]) != word.charAt(x - from)) {
        return false;
      }
    }
    return true;
  }

  /** {@code c} lower-cased when it is an ASCII capital, as {@code toLowerCase(Locale.ROOT)} does. */
  static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
