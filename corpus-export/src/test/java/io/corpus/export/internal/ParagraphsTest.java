package io.corpus.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

  @Test
  void splitsOnBlankLinesAndKeepsSingleBreaks() {
    assertThat(Paragraphs.split("One.\n\nTwo\nstill two.\n \t\n\n\nThree."))
        .containsExactly("One.", "Two\nstill two.", "Three.");
  }

  @Test
  void noWordsNoParagraphs() {
    assertThat(Paragraphs.split("")).isEmpty();
    assertThat(Paragraphs.split("\n \n\t\n")).isEmpty();
  }

  @Test
  void leadingAndTrailingBlankLinesAreNotParagraphs() {
    assertThat(Paragraphs.split("\n\nOnly.\n\n")).containsExactly("Only.");
  }
}
