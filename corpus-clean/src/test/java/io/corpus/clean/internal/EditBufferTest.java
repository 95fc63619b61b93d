package io.corpus.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpus.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EditBufferTest {

  @Test
  void removalsAcrossCommitsPointIntoTheRawText() {
    String raw = "keep AAA keep BBB keep";
    EditBuffer b = new EditBuffer(raw);
    b.edit(5, 9, "", "a");
    b.commit();
    assertThat(b.text()).isEqualTo("keep keep BBB keep");
    int at = b.text().indexOf("BBB ");
    b.edit(at, at + 4, "", "b");
    b.commit();
    assertThat(b.text()).isEqualTo("keep keep keep");
    assertThat(b.removals())
        .containsExactly(new Removal("a", "AAA ", 5, 9), new Removal("b", "BBB ", 14, 18));
  }

  @Test
  void overlappingRemovalsMergeSoNoCharIsRemovedTwice() {
    EditBuffer b = new EditBuffer("0123456789");
    b.edit(2, 5, "", "first");
    b.edit(4, 7, "", "second");
    b.edit(7, 8, "", "touching");
    b.commit();
    assertThat(b.text()).isEqualTo("01" + "89");
    assertThat(b.removals()).containsExactly(new Removal("first", "23456", 2, 7), new Removal("touching", "7", 7, 8));
  }

  @Test
  void aRemovalAcrossAnEarlierOneIsRecordedInPiecesThatClaimEachRawCharOnce() {
    EditBuffer b = new EditBuffer("aa XX bb cc");
    b.edit(3, 6, "", "first");
    b.commit();
    assertThat(b.text()).isEqualTo("aa bb cc");
    b.edit(1, 6, "", "second");
    b.commit();
    assertThat(b.text()).isEqualTo("acc");
    assertThat(b.removals())
        .containsExactly(
            new Removal("second", "a ", 1, 3), new Removal("first", "XX ", 3, 6), new Removal("second", "bb ", 6, 9));
  }

  @Test
  void unrecordedRewritesShiftLaterOffsets() {
    EditBuffer b = new EditBuffer("a   b  XX c");
    b.edit(1, 4, " ", null);
    b.edit(5, 7, " ", null);
    b.commit();
    assertThat(b.text()).isEqualTo("a b XX c");
    b.edit(4, 7, "", "x");
    b.commit();
    assertThat(b.text()).isEqualTo("a b c");
    assertThat(b.removals()).containsExactly(new Removal("x", "XX ", 7, 10));
  }

  @Test
  void editsOutsideTheTextAreRefused() {
    EditBuffer b = new EditBuffer("abc");
    assertThatThrownBy(() -> b.edit(2, 4, "", "r")).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.edit(2, 1, "", "r")).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void derivedTextMapsBackThroughItsOffsetTable() {
    // "<p>Hi <b>you</b></p>" extracted as "Hi you"
    EditBuffer b = new EditBuffer("Hi you", new int[] {3, 4, 5, 9, 10, 11}, 20);
    b.edit(3, 6, "", "r");
    b.commit();
    assertThat(b.removals()).containsExactly(new Removal("r", "you", 9, 12));
    assertThat(b.rawOffset(b.text().length())).isEqualTo(20);
  }

  /** Random removals: the kept text plus the removed spans always rebuild the raw text. */
  @Test
  void keptAndRemovedTextPartitionTheRawText() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(200);
      for (int i = 0; i < len; i++) {
        sb.append((char) ('a' + random.nextInt(26)));
      }
      String raw = sb.toString();
      EditBuffer b = new EditBuffer(raw);
      for (int commit = 0; commit < 3 && !b.text().isEmpty(); commit++) {
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
          int s = random.nextInt(b.text().length());
          int end = s + random.nextInt(Math.min(10, b.text().length() - s) + 1);
          b.edit(s, end, "", "r" + commit);
        }
        b.commit();
      }
      char[] rebuilt = new char[raw.length()];
      List<Removal> removals = new ArrayList<>(b.removals());
      boolean[] removed = new boolean[raw.length()];
      for (Removal r : removals) {
        assertThat(r.end()).isLessThanOrEqualTo(raw.length());
        assertThat(raw.substring(r.start(), r.end())).isEqualTo(r.text());
        for (int i = r.start(); i < r.end(); i++) {
          assertThat(removed[i]).as("char %d removed twice", i).isFalse();
          removed[i] = true;
        }
      }
      StringBuilder kept = new StringBuilder();
      for (int i = 0; i < raw.length(); i++) {
        if (!removed[i]) {
          kept.append(raw.charAt(i));
        }
        rebuilt[i] = raw.charAt(i);
      }
      assertThat(b.text()).isEqualTo(kept.toString());
    }
  }
}
