package io.corpus.clean.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.RawDocument;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WhitespaceNormalizerTest {

  private static final Cleaner CLEANER = Cleaner.builder().build();

  private static String clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw)).text();
  }

  @Test
  void noBreakSpacesTabsAndRunsBecomeOneSpace() {
    assertThat(clean("QUESTION:\u00a0 Hello.\u00a0\u00a0 I\u2019m\there.")).isEqualTo("QUESTION: Hello. I\u2019m here.");
  }

  @Test
  void everyLineBreakBecomesExactlyOneBlankLine() {
    assertThat(clean("\u00a0 One.\r\n\r\n\r\n  Two.  \nThree.\rFour.\n\n\n\n")).isEqualTo("One.\n\nTwo.\n\nThree.\n\nFour.");
  }

  @Test
  void zeroWidthCharsVanishWithoutSplittingWords() {
    assertThat(clean("\uFEFFword\u200Bjoin and\u200B \u200Bspace")).isEqualTo("wordjoin and space");
  }

  @Test
  void controlCharsVanishAndSeparatorsBecomeSpaces() {
    assertThat(clean("Nul\u0000 here,\u0007 bell\u001B[0m and\u007F del;\u0001word\u0002join\tend\u001Fsep."))
        .isEqualTo("Nul here, bell[0m and del;wordjoin end sep.");
    assertThat(clean("\u0000\u0000Lead and trail\u0000\n\u0003\nNext.\u0004")).isEqualTo("Lead and trail\n\nNext.");
  }

  @Test
  void cleaningCleanTextChangesNothing() {
    Random random = new Random(7);
    String alphabet = "ab \u00a0\t\n\r\u200B.\u0000\u001B\u007F\u001F";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(60);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String once = clean(sb.toString());
      assertThat(clean(once)).isEqualTo(once);
      assertThat(once).doesNotContain("  ", "\n\n\n", " \n", "\n ", "\u00a0", "\t", "\r");
    }
  }
}
