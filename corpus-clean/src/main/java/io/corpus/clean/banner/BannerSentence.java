package io.corpus.clean.banner;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of the US-government banner as a token pattern over {@link BannerTokens} norms.
 *
 * <p>Pattern syntax, one element per space-separated item: {@code word}; {@code a|b} (either; an
 * alternative may hold several words joined by {@code _}, e.g. {@code youve|you_ve}); {@code
 * word?} (optional); {@code {a,b,c}} (up to six words from the set, in any order: the lock icon's
 * alt text). Matching is greedy and never backtracks, so it costs at most the pattern's length.
 */
final class BannerSentence {

  /** How a sentence counts towards confirming a banner. */
  enum Role {
    /** The banner's first sentence ("An official website of the United States government"). */
    HEAD,
    /** A sentence of the banner's body: two of them confirm a banner without its head. */
    BODY,
    /** Part of a banner but too common alone ("Here's how you know", "Skip to main content"). */
    WEAK,
    /** An icon's alt text ("U.S. flag", "Dot gov", "Https"): only alone on its line or next to a banner sentence. */
    ICON
  }

  private static final Words NO_BAG = new Words(List.of());

  private record Element(String[][] alternatives, boolean optional, Words bag) {}

  final String name;
  final Role role;
  /** The pattern as written, for tests that reason about every sentence. */
  final String pattern;
  private final Element[] elements;
  /** Fewest tokens a cut-off (truncated) match must keep to count. */
  final int minPartial;

  BannerSentence(String name, Role role, String pattern) {
    this.name = name;
    this.role = role;
    this.pattern = pattern;
    List<Element> els = new ArrayList<>();
    int words = 0;
    for (String item : pattern.trim().split(" +")) {
      if (item.startsWith("{")) {
        els.add(new Element(new String[0][], true, new Words(List.of(item.substring(1, item.length() - 1).split(",")))));
        continue;
      }
      boolean optional = item.endsWith("?");
      String body = optional ? item.substring(0, item.length() - 1) : item;
      String[] alts = body.split("\\|");
      String[][] parsed = new String[alts.length][];
      for (int k = 0; k < alts.length; k++) {
        parsed[k] = alts[k].split("_");
      }
      els.add(new Element(parsed, optional, NO_BAG));
      words++;
    }
    this.elements = els.toArray(new Element[0]);
    this.minPartial = role == Role.HEAD ? 4 : Math.min(3, words);
  }

  /** The norms this sentence can start with (its first element's first words, or more if that is optional). */
  List<String> firstWords() {
    List<String> out = new ArrayList<>();
    for (Element e : elements) {
      if (e.bag.size() > 0) {
        for (int k = 0; k < e.bag.size(); k++) {
          out.add(e.bag.get(k));
        }
        continue;
      }
      for (String[] alt : e.alternatives) {
        out.add(alt[0]);
      }
      if (!e.optional) {
        break;
      }
    }
    return out;
  }

  /**
   * Matches this sentence at token {@code i}.
   *
   * @return the match (complete, or cut off with how many words it kept), or null when not even
   *     the first word matches
   */
  Match matchAt(BannerTokens tk, int i) {
    int j = i;
    int matched = 0;
    for (Element e : elements) {
      if (e.bag.size() > 0) {
        int count = 0;
        while (tk.has(j) && count < 6 && inBag(tk, j, e.bag)) {
          j++;
          count++;
        }
        continue;
      }
      String[] hit = null;
      for (String[] alt : e.alternatives) {
        if (matches(tk, j, alt)) {
          hit = alt;
          break;
        }
      }
      if (hit != null) {
        j += hit.length;
        matched += hit.length;
        continue;
      }
      if (e.optional) {
        continue;
      }
      if (matched == 0) {
        return null;
      }
      boolean cutWord = tk.has(j) && !tk.image[j] && isProperPrefix(tk, j, e.alternatives);
      return new Match(this, i, cutWord ? j + 1 : j, matched, false);
    }
    return matched == 0 ? null : new Match(this, i, j, matched, true);
  }

  /** A word of the set, or an icon image whose alt text uses only words of the set. */
  private static boolean inBag(BannerTokens tk, int j, Words bag) {
    if (!tk.image[j]) {
      return tk.normIn(j, bag);
    }
    if (tk.norm(j).isEmpty()) {
      return true;
    }
    for (String w : tk.norm(j).split(" ")) {
      if (!bag.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(BannerTokens tk, int j, String[] words) {
    if (!tk.has(j + words.length - 1)) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (tk.image[j + k] || !tk.normIs(j + k, words[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether token j's norm is a word of the alternatives cut short. */
  private static boolean isProperPrefix(BannerTokens tk, int j, String[][] alternatives) {
    for (String[] alt : alternatives) {
      if (tk.normIsProperPrefixOf(j, alt[0])) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return name;
  }

  /** A match of a sentence over tokens {@code [from, to)}. */
  record Match(BannerSentence sentence, int from, int to, int words, boolean complete) {}
}
