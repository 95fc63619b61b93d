package io.corpus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Draft#isBlank}'s shortcuts answer as its definition does, for every char. */
class DraftBlankTest {

  /** The definition: white space, a space separator, an invisible format char, an ASCII control. */
  private static boolean blankByDefinition(char c) {
    return c < ' ' || c == '\u007F' || Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }

  @Test
  void everyCharIsBlankExactlyWhenTheDefinitionSaysSo() {
    int blanks = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      assertThat(Draft.isBlank((char) c)).as("U+%04X", c).isEqualTo(blankByDefinition((char) c));
      blanks += Draft.isBlank((char) c) ? 1 : 0;
    }
    // the 33 ASCII controls and the space, the no-break and the other Unicode spaces, the two separators, the format chars
    assertThat(blanks).isGreaterThan(50);
    assertThat(Draft.isBlank('\u00A0') && Draft.isBlank('\u1680') && Draft.isBlank('\u2028') && Draft.isBlank('\u202F')).isTrue();
    assertThat(Draft.isBlank('\u2019') || Draft.isBlank('\u00E9') || Draft.isBlank('\u2026')).isFalse();
  }
}
