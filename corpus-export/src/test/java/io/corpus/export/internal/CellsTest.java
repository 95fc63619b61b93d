package io.corpus.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CellsTest {

  @Test
  void guardsWhatASpreadsheetWouldRunAndNothingElse() {
    assertThat(Cells.guard("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(Cells.guard("+1")).isEqualTo("'+1");
    assertThat(Cells.guard("-2")).isEqualTo("'-2");
    assertThat(Cells.guard("@x")).isEqualTo("'@x");
    assertThat(Cells.guard("\tx")).isEqualTo("'\tx");
    assertThat(Cells.guard("\rx")).isEqualTo("'\rx");
    assertThat(Cells.guard("'=x")).isEqualTo("''=x");
    assertThat(Cells.guard("'tis")).isEqualTo("'tis");
    assertThat(Cells.guard("a=b")).isEqualTo("a=b");
    assertThat(Cells.guard("007")).isEqualTo("007");
    assertThat(Cells.guard("")).isEqualTo("");
    assertThat(Cells.guard("'")).isEqualTo("'");
  }

  /** Strings over a small alphabet full of guard triggers, apostrophes, surrogate pairs and breaks. */
  private static Gen<String> hostile() {
    String[] atoms = {"=", "+", "-", "@", "\t", "\r", "\n", "'", " ", "a", "Ж", "😀", "\"", ","};
    return lists().of(integers().between(0, atoms.length - 1)).ofSizeBetween(0, 40)
        .map(ix -> {
          StringBuilder sb = new StringBuilder();
          ix.forEach(i -> sb.append(atoms[i]));
          return sb.toString();
        });
  }

  @Test
  void guardIsUndoneExactlyAndNeverMakesTwoValuesAlike() {
    qt().withFixedSeed(4L).forAll(hostile()).checkAssert(s -> {
      String g = Cells.guard(s);
      assertThat(Cells.unguard(g)).isEqualTo(s);
      assertThat(Cells.needsGuard(g) && g.charAt(0) != '\'').isFalse();
    });
  }

  @Test
  void splitPiecesFitJoinBackAndNeverCutASurrogatePair() {
    qt().withFixedSeed(7L)
        .forAll(hostile(), integers().between(2, 12), org.quicktheories.generators.SourceDSL.booleans().all())
        .checkAssert((s, limit, guard) -> {
          List<String> cells = Cells.split(s, limit, guard);
          StringBuilder joined = new StringBuilder();
          for (String c : cells) {
            assertThat(c.length()).isLessThanOrEqualTo(limit);
            assertThat(c).doesNotEndWith("\ud83d");
            if (guard) {
              assertThat(Cells.needsGuard(c) && c.charAt(0) != '\'').as("unguarded trigger in %s", c).isFalse();
            }
            joined.append(guard ? Cells.unguard(c) : c);
          }
          assertThat(joined.toString()).isEqualTo(s);
          assertThat(cells).isNotEmpty();
        });
  }

  @Test
  void aValueAtTheLimitIsOneCellAndOneMoreIsTwo() {
    assertThat(Cells.split("x".repeat(32_767), 32_767, true)).hasSize(1);
    assertThat(Cells.split("x".repeat(32_768), 32_767, true)).hasSize(2);
    // at the limit, a guard would not fit: the guarded piece is shortened by one
    List<String> cells = Cells.split("=" + "x".repeat(32_766), 32_767, true);
    assertThat(cells).hasSize(2);
    assertThat(cells.get(0)).hasSize(32_767).startsWith("'=");
  }

  @Test
  void piecesPreferToEndAfterALineBreakOrASpace() {
    String text = "alpha beta gamma\n\ndelta epsilon";
    List<String> cells = Cells.split(text, 20, false);
    assertThat(cells).containsExactly("alpha beta gamma\n\n", "delta epsilon");
  }
}
