package io.corpus.clean.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pleading paper's line numbers (deposition, hearing and council transcripts turned from PDF into
 * text), from the twenty-fifth to twenty-eighth held-out checks, and the numbered look-alikes that
 * must keep their numbers. Every case is cleaned twice and must not change.
 */
class LineNumberRemoverTest {

  private static final String[] TURNS = {
    "THE VIDEOGRAPHER: We are back on the record. The time is 10:58 a.m.",
    "BY MS. ARCENEAUX:",
    "Q. Ms. Kessler, before the break we were talking about the electronic logging devices in the Northshore fleet. Do you "
        + "recall that?",
    "A. Yes.",
    "Q. And you testified that every tractor in the fleet had an ELD installed as of January 2021; is that right?",
    "A. That's correct. Every power unit.",
    "Q. Who at Northshore was responsible for reviewing the ELD data for hours-of-service violations?",
    "A. That would be the safety department. So myself, and at that time we had two compliance coordinators who reported "
        + "to me.",
    "Q. Who were they?",
    "A. Tanya Ruiz and Kevin Dunleavy.",
    "Q. How often did the safety department review the logs?",
    "A. The system generates exception reports automatically. Those were reviewed daily, Monday through Friday.",
    "Q. What about Saturday and Sunday?",
    "A. The weekend exceptions would be reviewed on Monday.",
    "Q. So if a driver exceeded his on-duty limit on a Saturday, nobody at the company would know about it until the "
        + "following Monday?",
    "A. That's right, unless the driver or the dispatcher called it in."
  };

  /** The turns wrapped at {@code width} on numbered pages of 25 lines, with a reporter's footer and a page header. */
  private static String pleading(int width) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    int page = 37;
    out.append("                                        Page ").append(page).append('\n');
    for (String turn : TURNS) {
      StringBuilder row = new StringBuilder();
      for (String word : turn.split(" ")) {
        if (row.length() > 0 && row.length() + 1 + word.length() > width) {
          line = emit(out, line, row.toString(), ++page);
          row.setLength(0);
        }
        row.append(row.length() > 0 ? " " : "").append(word);
      }
      line = emit(out, line, row.toString(), ++page);
      page--;
    }
    while (line < 25) {
      out.append(String.format("%2d", ++line)).append('\n');
    }
    out.append("\n              LAKESHORE COURT REPORTING, LLC\n");
    return out.toString();
  }

  private static int emit(StringBuilder out, int line, String text, int nextPage) {
    if (line == 25) {
      out.append("\n              LAKESHORE COURT REPORTING, LLC\n\f                                        Page ").append(nextPage)
          .append('\n');
      line = 0;
    }
    out.append(String.format("%2d", line + 1)).append("    ").append(text).append('\n');
    return line + 1;
  }

  @Test
  void theNumbersTheEmptyNumberedLinesAndTheRunningFooterGoAndTheTurnsAreWholeAgain() {
    CorpusDocument doc = CleanedTwice.clean(pleading(52));
    assertThat(doc.text()).doesNotContain("LAKESHORE").doesNotContain("Page 3");
    for (String turn : TURNS) {
      assertThat(doc.text()).contains(turn);
    }
  }

  @Test
  void everyWrapWidthGivesTheSameWords() {
    Random random = new Random(11);
    for (int round = 0; round < 20; round++) {
      int width = 40 + random.nextInt(20); // (two pages at least: a footer that stands once is no running footer)
      CorpusDocument doc = CleanedTwice.clean(pleading(width));
      // (a line that ends a sentence over one that starts with a capital may keep its break: the
      // unwrapper cannot tell it from a paragraph's end; no word is lost or moved)
      String words = doc.text().replaceAll("\\s+", " ");
      for (String turn : TURNS) {
        assertThat(words).as("width " + width).contains(turn);
      }
      assertThat(doc.text()).doesNotContain("LAKESHORE").doesNotContain("Page ");
    }
  }

  @Test
  void aTableOfRanksKeepsItsNumbers() {
    StringBuilder table = new StringBuilder("League table\n\n");
    String[] teams = {"Arsenal", "Liverpool", "Chelsea", "Everton", "Fulham", "Brentford", "Burnley", "Leeds", "Wolves",
      "Spurs", "Villa", "Forest", "Palace", "Bournemouth", "Brighton", "Sunderland", "Newcastle", "Ipswich", "Hull", "Derby"};
    for (int i = 0; i < teams.length; i++) {
      table.append(i + 1).append(' ').append(teams[i]).append(' ').append(38).append(' ').append(80 - 3 * i).append('\n');
    }
    assertThat(LineNumberRemover.isNumbered(table.toString())).isFalse();
    assertThat(CleanedTwice.clean(table.toString()).text()).contains("1 Arsenal 38 80").contains("20 Derby 38 23");
  }

  @Test
  void aNumberedListAndAScheduleKeepTheirNumbers() {
    StringBuilder list = new StringBuilder();
    for (int i = 1; i <= 24; i++) {
      list.append(i).append(" Step ").append(i).append(": check the valve and record the pressure.\n");
    }
    assertThat(LineNumberRemover.isNumbered(list.toString())).isFalse();
    assertThat(LineNumberRemover.isNumbered("9 a.m. Registration\n10 Opening remarks\n11 Keynote\n12 Lunch\n")).isFalse();
  }

  @Test
  void numbersAreReadOnlyAtTheLineStartAndOnlyUpToTheHighestLine() {
    String t = "12 an Illinois corporation,\n120 tonnes\n07 July\n35 feet\n";
    assertThat(LineNumberRemover.numberEnd(t, 0, 27)).isEqualTo(2);
    assertThat(LineNumberRemover.numberEnd(t, 28, 38)).isEqualTo(28); // "120": three digits
    assertThat(LineNumberRemover.numberEnd(t, 39, 46)).isEqualTo(39); // "07": a leading zero
    assertThat(LineNumberRemover.numberEnd(t, 47, 54)).isEqualTo(47); // 35: past a page's last line
  }

  @Test
  void pageNumbers() {
    for (String s : new String[] {"Page 37", "41", "Page 2 of 3", "- 4 -"}) {
      assertThat(LineNumberRemover.isPageNumber(s, 0, s.length())).as(s).isTrue();
    }
    for (String s : new String[] {"Page 37 of the report", "41 people", "Chapter 3"}) {
      assertThat(LineNumberRemover.isPageNumber(s, 0, s.length())).as(s).isFalse();
    }
  }
}
