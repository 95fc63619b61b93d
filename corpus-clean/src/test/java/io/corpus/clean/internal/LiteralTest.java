package io.corpus.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralTest {

  /**
   * Random texts over a few chars (so the literal, its anchor char and near misses are frequent),
   * some wider than Latin-1, searched from every offset, past both ends included, by every anchor.
   */
  @Test
  void findsWhatIndexOfFinds() {
    Random random = new Random(23);
    String alphabet = "MOREmore [+\n\u2019";
    String[] literals = {"MORE", "[+", "Page ", "\n\n", "M", "RR", "O\u2019R"};
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(24);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      for (String literal : literals) {
        for (int anchor = 0; anchor < literal.length(); anchor++) {
          Literal l = new Literal(literal, anchor);
          for (int from = -2; from <= text.length() + 2; from++) {
            int expected = text.indexOf(literal, from);
            int f = from;
            assertEquals(expected, l.in(text, from), () -> "\"" + literal + "\" in \"" + text + "\" from " + f);
            found += expected >= 0 ? 1 : 0;
          }
        }
      }
    }
    assertThat(found).isGreaterThan(100_000); // the texts do hold the literals, often
  }

  @Test
  void findsAtTheEdges() {
    Literal more = new Literal("MORE", 2);
    assertThat(more.in("MORE", 0)).isZero();
    assertThat(more.in("xMORE", 0)).isEqualTo(1);
    assertThat(more.in("xMOR", 0)).isEqualTo(-1);
    assertThat(more.in("MOREMORE", 1)).isEqualTo(4);
    assertThat(more.in("RE MORE", 0)).isEqualTo(3); // its 'R' before the literal could start is passed over
    assertThat(more.in("", 0)).isEqualTo(-1);
    assertThat(more.in("MORE", Integer.MAX_VALUE)).isEqualTo(-1);
  }

  @Test
  void theAnchorMustBeInTheLiteral() {
    assertThatThrownBy(() -> new Literal("MORE", 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Literal("", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Literal("MORE", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
