package io.corpus.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LowerCasedPhrasesTest {

  private static final List<String> DISCLAIMERS = List.of("solely those of the author", "do not necessarily reflect the views",
      "under title 17 u.s.c. section 107", "takes no institutional position");

  @Test
  void findsAPhraseInAnyCaseAnywhereInTheLine() {
    LowerCasedPhrases p = LowerCasedPhrases.of(DISCLAIMERS);
    assertThat(p.anyIn("The views expressed are SOLELY Those of the Author.")).isTrue();
    assertThat(p.anyIn("solely those of the author")).isTrue();
    assertThat(p.anyIn("Copyright Disclaimer Under Title 17 U.S.C. Section 107, allowance is made")).isTrue();
    assertThat(p.anyIn("The institute takes no institutional positions.")).isTrue();
    assertThat(p.anyIn("The views are solely those of the authors' employers")).isTrue(); // as contains() reads it
  }

  @Test
  void missesNearMisses() {
    LowerCasedPhrases p = LowerCasedPhrases.of(DISCLAIMERS);
    assertThat(p.anyIn("")).isFalse();
    assertThat(p.anyIn("solely those of the")).isFalse();
    assertThat(p.anyIn("solely\u00A0those of the author")).isFalse(); // a no-break space is no space, as in contains()
    assertThat(p.anyIn("They do not necessarily agree with the views of the board.")).isFalse();
  }

  @Test
  void phrasesOfOneWordOrWithoutLettersAreFoundToo() {
    LowerCasedPhrases p = LowerCasedPhrases.of(List.of("unsubscribe", "opt out"));
    assertThat(p.anyIn("Click to UNSUBSCRIBE.")).isTrue();
    assertThat(p.anyIn("You may Opt Out at any time")).isTrue();
    assertThat(p.anyIn("Subscribe today")).isFalse();
    LowerCasedPhrases signs = LowerCasedPhrases.of(List.of("(c) 2024", "--"));
    assertThat(signs.anyIn("(C) 2024 The Ledger")).isTrue();
    assertThat(signs.anyIn("2024 - 2025")).isFalse();
  }

  @Test
  void refusesAPhraseThatIsNotLowerCase() {
    assertThatThrownBy(() -> LowerCasedPhrases.of(List.of("Solely those"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Solely those");
    assertThatThrownBy(() -> LowerCasedPhrases.of(List.of(""))).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Random lines over a few chars (the phrases' letters in both cases, spaces, a no-break space,
   * the Kelvin sign and U+0130, which lower-case into ASCII), against the definition:
   * {@code toLowerCase(Locale.ROOT).contains} of some phrase.
   */
  @Test
  void agreesWithLowerCasingAndContains() {
    Random random = new Random(61);
    String alphabet = "kKiIoOfF  \u00A0\u212A\u0130-.";
    List<String> phrases = List.of("ko if", "i k", "fi", "of k", "k i", " ko", "kk ", "i", "oi", "-.", " ");
    LowerCasedPhrases set = LowerCasedPhrases.of(phrases);
    int found = 0;
    for (int round = 0; round < 30_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(16);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String line = sb.toString();
      String lower = line.toLowerCase(Locale.ROOT);
      boolean expected = phrases.stream().anyMatch(lower::contains);
      assertEquals(expected, set.anyIn(line), () -> "\"" + line + "\"");
      found += expected ? 1 : 0;
      for (String p : phrases) {
        LowerCasedPhrases one = LowerCasedPhrases.of(List.of(p));
        assertEquals(lower.contains(p), one.anyIn(line), () -> "\"" + p + "\" in \"" + line + "\"");
      }
    }
    assertThat(found).isGreaterThan(1000);
  }
}
