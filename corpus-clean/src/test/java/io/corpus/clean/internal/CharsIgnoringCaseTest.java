package io.corpus.clean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharsIgnoringCaseTest {

  /** For every char, the look-up answers what comparing with each given char ignoring case does. */
  @Test
  void everyCharIsJudgedAsTheCaseInsensitiveComparisonJudgesIt() {
    String given = "PiSk'(\u00C9\u0130\u2019\u017F\u0131\u03C2";
    CharsIgnoringCase set = CharsIgnoringCase.of(given);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean expected = false;
      for (int g = 0; g < given.length(); g++) {
        expected |= Prose.mayMatchIgnoringCase((char) c, given.charAt(g));
      }
      int code = c;
      assertEquals(expected, set.mayMatch((char) c), () -> "U+" + Integer.toHexString(code));
    }
  }

  @Test
  void firstAndLastCharsOfPhrases() {
    CharsIgnoringCase first = CharsIgnoringCase.firstOf(List.of("Photo", "", "AFP"));
    CharsIgnoringCase last = CharsIgnoringCase.lastOf(List.of("Photo", "", "AFP"));
    assertEquals(true, first.mayMatch('p') && first.mayMatch('a') && first.mayMatch('A'));
    assertEquals(false, first.mayMatch('o') || first.mayMatch('x'));
    assertEquals(true, last.mayMatch('O') && last.mayMatch('p'));
    assertEquals(false, last.mayMatch('a'));
    assertEquals(true, first.mayMatch('\uD835'), "a surrogate is left to the full comparison");
  }

  @Test
  void aGivenSurrogateMayMatchAnyChar() {
    CharsIgnoringCase set = CharsIgnoringCase.of("\uD801");
    assertEquals(true, set.mayMatch('x') && set.mayMatch('\u00E9'));
  }
}
