package io.corpus.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextLinesTest {

  @Test
  void linesAreTheNonBlankLinesWithTheirBlocks() {
    TextLines lines = TextLines.of("  Title \n\nFirst line\nsecond line\n \n\n\u00A0Last\n");
    assertThat(lines.lines()).extracting(TextLines.Line::text).containsExactly("Title", "First line", "second line", "Last");
    assertThat(lines.lines()).extracting(TextLines.Line::block).containsExactly(0, 1, 1, 2);
  }

  @Test
  void aLineWithItsBlanksRunsFromLineFeedToLineFeed() {
    String text = "  Title \n\nFirst line\nsecond line\n \n\n\u00A0Last";
    TextLines lines = TextLines.of(text);
    assertThat(lines.lines())
        .extracting(l -> text.substring(l.startWithBlanks(), l.endWithBlanks()))
        .containsExactly("  Title ", "First line", "second line", "\u00A0Last");
  }

  /**
   * The first lines are those of the whole split, whether this thread's last split was of the
   * same text (the cached lines) or of another (a split that stops early).
   */
  @Test
  void firstLinesAreTheStartOfTheWholeSplit() {
    Random rnd = new Random(3);
    String[] pieces = {"a", "Word words", " ", "\u00A0", "\t", "\n", "\n", "\n\n", "\r\n", "x y"};
    for (int round = 0; round < 5000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = rnd.nextInt(20); k > 0; k--) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      int max = rnd.nextInt(5);
      TextLines.of("another text"); // the cache holds some other text
      List<String> early = shapes(TextLines.firstLines(text, max));
      List<String> all = shapes(TextLines.of(text).lines());
      List<String> expected = all.subList(0, Math.min(max, all.size()));
      assertThat(early).as(text).isEqualTo(expected);
      assertThat(shapes(TextLines.firstLines(text, max))).as("from the cache: " + text).isEqualTo(expected);
    }
  }

  private static List<String> shapes(List<TextLines.Line> lines) {
    return lines.stream().map(l -> l.start() + "-" + l.end() + "/" + l.block() + ":" + l.text()).toList();
  }
}
