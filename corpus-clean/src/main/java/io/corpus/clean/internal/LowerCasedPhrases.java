package io.corpus.clean.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed set of phrases looked for in a text all at once, as {@link Prose#containsLowerCased}
 * looks for one: {@link #anyIn} is whether {@code s.toLowerCase(Locale.ROOT).contains(p)} for some
 * phrase {@code p}. Each phrase is found by its rarest char in English prose (a digit, a sign, or
 * the least common letter: the {@code y} of "solely", the {@code k} of "takes"), whose two cases are
 * found by {@link String#indexOf(int, int)} (the JDK's vector loop); the phrase is compared only
 * where that char stands. Phrases that share the char share the scan. Ten footer disclaimers so
 * cost a few scans for rare letters instead of ten scans that stop at every {@code s} or {@code t}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * LowerCasedPhrases p = LowerCasedPhrases.of(List.of("solely those of the author", "do not necessarily"));
 * p.anyIn("Views are SOLELY those of the author."); // true
 * }</pre>
 */
public final class LowerCasedPhrases {

  /** Letters from the most to the least frequent in English text. */
  private static final String LETTERS_BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

  /** The chars the phrases are found by, each with the phrases (and the char's place in each) it finds. */
  private final char[] anchors;
  private final Anchored[][] phrasesByAnchor;

  private record Anchored(String phrase, int offset) {}

  private LowerCasedPhrases(List<String> phrases) {
    Map<Character, List<Anchored>> byAnchor = new LinkedHashMap<>();
    for (String p : phrases) {
      if (p.isEmpty() || !p.equals(p.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("phrase \"" + p + "\" is empty or not lower case");
      }
      int best = 0;
      for (int i = 1; i < p.length(); i++) {
        if (rarity(p.charAt(i)) > rarity(p.charAt(best))) {
          best = i;
        }
      }
      byAnchor.computeIfAbsent(p.charAt(best), c -> new ArrayList<>()).add(new Anchored(p, best));
    }
    anchors = new char[byAnchor.size()];
    phrasesByAnchor = new Anchored[byAnchor.size()][];
    int k = 0;
    for (Map.Entry<Character, List<Anchored>> e : byAnchor.entrySet()) {
      anchors[k] = e.getKey();
      phrasesByAnchor[k++] = e.getValue().toArray(Anchored[]::new);
    }
  }

  /** How rare {@code c} is in prose: a letter by its frequency, a space least, anything else most. */
  private static int rarity(char c) {
    if (c == ' ') {
      return -1;
    }
    int rank = LETTERS_BY_FREQUENCY.indexOf(c);
    return rank >= 0 ? rank : LETTERS_BY_FREQUENCY.length();
  }

  /**
   * The set of {@code phrases}: each lower case (as {@link Prose#containsLowerCased} needs: ASCII
   * letters, digits, spaces and punctuation).
   *
   * @throws IllegalArgumentException if a phrase is empty or not lower case
   */
  public static LowerCasedPhrases of(List<String> phrases) {
    return new LowerCasedPhrases(phrases);
  }

  /** Whether {@code s}, lower-cased, contains one of the phrases. */
  public boolean anyIn(String s) {
    for (int k = 0; k < anchors.length; k++) {
      char lower = anchors[k];
      Anchored[] candidates = phrasesByAnchor[k];
      if (foundBy(s, lower, candidates)) {
        return true;
      }
      // The chars that lower-case into the anchor: its capital, the Kelvin sign for 'k', and
      // U+0130 for an 'i' (which it matches only as a phrase's last char).
      char other = lower >= 'a' && lower <= 'z' ? (char) (lower - ('a' - 'A')) : lower;
      if (other != lower && foundBy(s, other, candidates)) {
        return true;
      }
      if (lower == 'k' && foundBy(s, '\u212A', candidates) || lower == 'i' && foundBy(s, '\u0130', candidates)) {
        return true;
      }
    }
    return false;
  }

  private static boolean foundBy(String s, char anchor, Anchored[] candidates) {
    for (int at = s.indexOf(anchor); at >= 0; at = s.indexOf(anchor, at + 1)) {
      for (Anchored a : candidates) {
        int start = at - a.offset;
        if (start >= 0 && start + a.phrase.length() <= s.length() && Prose.matchesLowerCasedAt(s, start, a.phrase)) {
          return true;
        }
      }
    }
    return false;
  }
}
