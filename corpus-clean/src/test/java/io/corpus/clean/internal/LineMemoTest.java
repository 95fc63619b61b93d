package io.corpus.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineMemoTest {

  @Test
  void aShortLineIsJudgedOnceAndALongOneEveryTime() {
    String longLine = "x".repeat(LineMemo.MAX_LINE + 1);
    TextLines lines = TextLines.of(("Share\n" + longLine + "\n").repeat(3));
    List<String> asked = new ArrayList<>();
    LineMemo<Integer> memo = new LineMemo<>();
    for (TextLines.Line l : lines.lines()) {
      assertThat(memo.get(l, s -> { asked.add(s); return s.length(); })).isEqualTo(l.length());
    }
    assertThat(asked).containsExactly("Share", longLine, longLine, longLine);
  }

  @Test
  void linesWithTheSameHashAreToldApart() {
    // "Aa" and "BB" have the same String hash; so do "AaAa", "AaBB", "BBAa" and "BBBB".
    TextLines lines = TextLines.of("Aa\nBB\nAaAa\nAaBB\nBBAa\nBBBB\nAa\nBBBB\n");
    LineMemo<String> memo = new LineMemo<>();
    List<String> asked = new ArrayList<>();
    for (TextLines.Line l : lines.lines()) {
      assertThat(memo.get(l, s -> { asked.add(s); return s.toLowerCase(); })).isEqualTo(l.text().toLowerCase());
    }
    assertThat(asked).containsExactly("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB");
  }

  @Test
  void itKeepsAtMostItsLimitAndStillAnswersPastIt() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < LineMemo.MAX_ENTRIES + 100; i++) {
      text.append("line ").append(i).append('\n');
    }
    text.append("line ").append(LineMemo.MAX_ENTRIES + 50).append("\nline 1\n");
    List<TextLines.Line> lines = TextLines.of(text.toString()).lines();
    LineMemo<Boolean> memo = new LineMemo<>();
    int[] asked = {0};
    for (int i = 0; i < LineMemo.MAX_ENTRIES + 100; i++) {
      assertThat(memo.get(lines.get(i), s -> { asked[0]++; return s.endsWith("7"); }))
          .isEqualTo(Integer.toString(i).endsWith("7"));
    }
    int before = asked[0];
    int n = lines.size();
    memo.get(lines.get(n - 2), s -> { asked[0]++; return false; }); // past the limit: asked again
    memo.get(lines.get(n - 1), s -> { asked[0]++; return false; }); // kept: not asked
    assertThat(asked[0]).isEqualTo(before + 1);
  }

  @Test
  void itAnswersAsTheVerdictDoesOnRandomLines() {
    Random random = new Random(20261206);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      int len = 1 + random.nextInt(70);
      for (int k = 0; k < len; k++) {
        text.append("abAB \u00e9".charAt(random.nextInt(6)));
      }
      text.append('x').append('\n');
    }
    LineMemo<Integer> memo = new LineMemo<>();
    for (TextLines.Line l : TextLines.of(text.toString()).lines()) {
      assertThat(memo.get(l, String::hashCode)).isEqualTo(l.text().hashCode());
    }
  }
}
