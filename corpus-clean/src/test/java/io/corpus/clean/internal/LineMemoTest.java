package io.corpus.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineMemoTest {

  @Test
  void aShortLineIsJudgedOnceAndALongOneEveryTime() {
    List<String> asked = new ArrayList<>();
    LineMemo<Integer> memo = new LineMemo<>();
    String longLine = "x".repeat(LineMemo.MAX_LINE + 1);
    for (int i = 0; i < 3; i++) {
      assertThat(memo.get("Share", s -> { asked.add(s); return s.length(); })).isEqualTo(5);
      assertThat(memo.get(longLine, s -> { asked.add(s); return s.length(); })).isEqualTo(LineMemo.MAX_LINE + 1);
    }
    assertThat(asked).containsExactly("Share", longLine, longLine, longLine);
  }

  @Test
  void itKeepsAtMostItsLimitAndStillAnswersPastIt() {
    LineMemo<Boolean> memo = new LineMemo<>();
    int[] asked = {0};
    for (int i = 0; i < LineMemo.MAX_ENTRIES + 100; i++) {
      assertThat(memo.get("line " + i, s -> { asked[0]++; return s.endsWith("7"); })).isEqualTo(Integer.toString(i).endsWith("7"));
    }
    int before = asked[0];
    memo.get("line " + (LineMemo.MAX_ENTRIES + 50), s -> { asked[0]++; return false; }); // past the limit: asked again
    memo.get("line 1", s -> { asked[0]++; return false; }); // kept: not asked
    assertThat(asked[0]).isEqualTo(before + 1);
  }
}
