package io.corpus.clean.banner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The banner step skips texts that hold none of its anchors; this checks that no confirmable
 * sentence, in any of its readings and cut to its shortest accepted part, lacks an anchor.
 */
class BannerAnchorsTest {

  @Test
  void everyHeadAndBodySentenceHoldsAnAnchorInEachShortestReading() {
    for (BannerSentence s : GovBannerRemover.SENTENCES) {
      if (s.role != BannerSentence.Role.HEAD && s.role != BannerSentence.Role.BODY) {
        continue;
      }
      for (List<String> reading : readings(s.pattern)) {
        List<String> shortest = reading.subList(0, Math.min(s.minPartial, reading.size()));
        for (String variant : List.of(String.join(" ", shortest), String.join("", shortest))) {
          assertThat(GovBannerRemover.mayHoldBanner(variant))
              .as("sentence %s, reading '%s'", s.name, variant)
              .isTrue();
          assertThat(GovBannerRemover.mayHoldBanner(variant.toUpperCase(java.util.Locale.ROOT))).isTrue();
        }
      }
    }
  }

  @Test
  void ordinaryNewsTextIsSkippedAndBannersAreNot() {
    assertThat(GovBannerRemover.mayHoldBanner("The senator said on Sunday that the talks would resume in June.")).isFalse();
    assertThat(GovBannerRemover.mayHoldBanner("AN OFFICIAL WEBSITE OF THE UNITED STATES GOVERNMENT")).isTrue();
    assertThat(GovBannerRemover.mayHoldBanner("Un sitio oficial del Gobierno de Estados Unidos")).isTrue();
  }

  @Test
  void theOnePassCheckAgreesWithLowerCasingAndSearchingForEachAnchor() {
    // Edge cases: an anchor at the very start and end, a text shorter than any anchor, mixed
    // case, non-ASCII letters around and inside anchors, a first letter with no second letter.
    List<String> edges = List.of("", "s", "si", "sit", "site", "SITE", "xsite", "websITe", "HTTPs://", "caNDado",
        "lock.", "bLoCk", "Ŝite", "s\u00EDte", "\u201Csite\u201D", "mean", "means", "MEANs", "significa", "sensibl", "x c");
    for (String e : edges) {
      assertThat(GovBannerRemover.mayHoldBanner(e)).as("'%s'", e).isEqualTo(byLowerCasing(e));
    }
    // Random texts over an alphabet that makes anchors and their near misses common.
    java.util.Random random = new java.util.Random(20261123);
    String alphabet = "sSiItTeEhHpPlLoOcCkKmMnNaAdDgGfF \n.\u00E9\u201C";
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextInt(4) == 0) {
        String anchor = GovBannerRemover.ANCHORS.get(random.nextInt(GovBannerRemover.ANCHORS.size()));
        sb.insert(random.nextInt(sb.length() + 1), random.nextBoolean() ? anchor : anchor.toUpperCase(java.util.Locale.ROOT));
      }
      String text = sb.toString();
      boolean expected = byLowerCasing(text);
      found += expected ? 1 : 0;
      assertThat(GovBannerRemover.mayHoldBanner(text)).as("'%s'", text).isEqualTo(expected);
    }
    assertThat(found).as("texts holding an anchor").isGreaterThan(4_000);
  }

  @Test
  void theCheckAgreesWithAsciiLowerCasingOnMixesOfAnchorFragmentsInMixedCase() {
    // Chars an anchor letter must not be taken for: letters outside ASCII that lower-case or fold
    // to one (Kelvin sign, long s, dotted capital I, a combining accent), and chars whose five low
    // bits are a letter's ('@', '[', 'ų', fullwidth S): the scan keys on those bits.
    String[] others = {"\u212A", "\u017F", "\u0130", "\u0131", "\uFF33", "\u0173", "\u00E9", "\u0301", "@", "[", "{", "`", "\u00A0",
        " ", "\n", "-", ".", "\u201C"};
    java.util.Random random = new java.util.Random(20261124);
    int holding = 0;
    int nearMisses = 0;
    for (int round = 0; round < 60_000; round++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(7);
      for (int k = 0; k < pieces; k++) {
        String anchor = GovBannerRemover.ANCHORS.get(random.nextInt(GovBannerRemover.ANCHORS.size()));
        String piece = switch (random.nextInt(5)) {
          case 0 -> anchor;
          case 1, 2 -> {
            // a fragment: with its neighbours' fragments it may make up an anchor, or nearly
            int from = random.nextInt(anchor.length());
            yield anchor.substring(from, from + 1 + random.nextInt(anchor.length() - from));
          }
          case 3 -> {
            // one letter changed, to another letter or to a look-alike
            int at = random.nextInt(anchor.length());
            String other = random.nextBoolean() ? String.valueOf((char) ('a' + random.nextInt(26))) : others[random.nextInt(others.length)];
            yield anchor.substring(0, at) + other + anchor.substring(at + 1);
          }
          default -> others[random.nextInt(others.length)];
        };
        for (int c = 0; c < piece.length(); c++) {
          char ch = piece.charAt(c);
          sb.append(random.nextBoolean() && ch >= 'a' && ch <= 'z' ? (char) (ch - 32) : ch);
        }
      }
      String text = sb.toString();
      boolean expected = byAsciiLowerCasing(text);
      assertThat(GovBannerRemover.mayHoldBanner(text)).as("'%s'", text).isEqualTo(expected);
      holding += expected ? 1 : 0;
      nearMisses += !expected && byLowerCasing(text.replaceAll("[^A-Za-z]", "")) ? 1 : 0;
    }
    assertThat(holding).as("texts holding an anchor").isBetween(10_000, 50_000);
    assertThat(nearMisses).as("texts holding an anchor only once other chars are dropped").isGreaterThan(100);
  }

  /** Whether the text holds an anchor once its ASCII capitals, and nothing else, are lower-cased. */
  private static boolean byAsciiLowerCasing(String text) {
    StringBuilder lower = new StringBuilder(text.length());
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      lower.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return GovBannerRemover.ANCHORS.stream().anyMatch(lower.toString()::contains);
  }

  private static boolean byLowerCasing(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return GovBannerRemover.ANCHORS.stream().anyMatch(lower::contains);
  }

  /** Every word sequence the pattern accepts, with each optional element taken and left out. */
  private static List<List<String>> readings(String pattern) {
    List<List<String>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    for (String item : pattern.trim().split(" +")) {
      List<List<String>> next = new ArrayList<>();
      if (item.startsWith("{")) {
        // The icon's alt text: up to six words from the set, or none.
        String[] bag = item.substring(1, item.length() - 1).split(",");
        for (List<String> r : out) {
          next.add(r);
          for (String w : bag) {
            List<String> withWord = new ArrayList<>(r);
            withWord.add(w);
            next.add(withWord);
          }
        }
      } else {
        boolean optional = item.endsWith("?");
        String body = optional ? item.substring(0, item.length() - 1) : item;
        for (List<String> r : out) {
          if (optional) {
            next.add(r);
          }
          for (String alt : body.split("\\|")) {
            List<String> withAlt = new ArrayList<>(r);
            withAlt.addAll(List.of(alt.split("_")));
            next.add(withAlt);
          }
        }
      }
      out = next;
      if (out.size() > 20_000) {
        out = out.subList(0, 20_000);
      }
    }
    return out;
  }
}
