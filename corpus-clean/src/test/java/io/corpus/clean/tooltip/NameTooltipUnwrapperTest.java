package io.corpus.clean.tooltip;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import org.junit.jupiter.api.Test;

class NameTooltipUnwrapperTest {

  private static CorpusDocument clean(String text) {
    return Cleaner.standard().clean(RawDocument.text("t.txt", text));
  }

  /** The cut-off-tail scan passes over these chars without asking the Unicode tables. */
  @Test
  void noCharBelowCapitalAOrBetweenZAndLatinOneLettersIsACapital() {
    for (char c = 0; c < '\u00C0'; c++) {
      if (c < 'A' || c > 'Z') {
        assertThat(Character.isUpperCase(c)).as("U+%04X", (int) c).isFalse();
      }
    }
  }

  @Test
  void keepsTheDisplayedNameAndWhatFollowsExactly() {
    CorpusDocument d = clean("Secretary Antony BlinkenAntony BlinkenNorth Korea conducts test MORE said on Sunday.");
    assertThat(d.text()).isEqualTo("Secretary Antony Blinken said on Sunday.");
    assertThat(d.removals()).singleElement().satisfies(r -> {
      assertThat(r.ruleId()).isEqualTo(NameTooltipUnwrapper.ID);
      assertThat(r.text()).isEqualTo("Antony BlinkenNorth Korea conducts test MORE");
    });
  }

  @Test
  void theFullNameMustRepeatTheDisplayedSurname() {
    String s = "Secretary Antony BlinkenAntony SmithNorth Korea conducts test MORE said on Sunday.";
    assertThat(clean(s).text()).isEqualTo(s);
  }

  @Test
  void aTooltipGluedToWhatFollowsGoesAndLeavesOneSpaceNotTheSentence() {
    String tip = "Antony BlinkenAntony BlinkenNorth Korea conducts potential 6th missile test in a month MORE";
    CorpusDocument glued = clean("He said Antony Blinken" + tip.substring("Antony Blinken".length()) + "said it.");
    assertThat(glued.text()).isEqualTo("He said Antony Blinken said it.");
    assertThat(glued.truncated()).isFalse();
    assertThat(clean("Then " + tip + "[Espa\u00f1ol](https://www.usa.gov/es/) next.").text())
        .isEqualTo("Then Antony Blinken [Espa\u00f1ol](https://www.usa.gov/es/) next.");
    assertThat(clean("Then " + tip + ", who spoke.").text()).isEqualTo("Then Antony Blinken, who spoke.");
  }

  @Test
  void twoTooltipsWhoseRemovalLeavesACutOffOneAreAllGoneInOneRun() {
    String tip = "Antony BlinkenAntony BlinkenNorth Korea conducts potential 6th missile test in a month MORE";
    String raw = "He spoke.\n\n" + tip + " " + tip + " A lock ( ) or https:// means you\u2019ve safely conn\u2026";
    CorpusDocument once = clean(raw);
    assertThat(clean(once.text()).text()).isEqualTo(once.text());
    assertThat(once.text()).isEqualTo("He spoke.\n\nAntony Blinken");
    assertThat(once.truncated()).isTrue();
  }

  @Test
  void aTooltipNeverSpansALineBreak() {
    String s = "Antony BlinkenAntony Blinken said it.\n\nNorth Korea conducts test MORE than before.";
    assertThat(clean(s).text()).isEqualTo(s);
  }

  @Test
  void onlyAStandaloneMoreClosesATooltip() {
    assertThat(NameTooltipUnwrapper.moreTokens("FAR MORE THAN EXPECTED")).isEmpty();
    assertThat(NameTooltipUnwrapper.moreTokens("BALTIMORE said, MOREOVER MORE2")).isEmpty();
    // A lower-case letter right after it is the next word, glued on by a flattened page.
    assertThat(NameTooltipUnwrapper.moreTokens("in a month MOREsaid")).singleElement().satisfies(m -> assertThat(m[0]).isEqualTo(11));
    assertThat(NameTooltipUnwrapper.moreTokens("to Russia MORE said")).singleElement().satisfies(m -> assertThat(m[0]).isEqualTo(10));
    assertThat(NameTooltipUnwrapper.moreTokens("to EuropeMORE, who")).hasSize(1);
    assertThat(NameTooltipUnwrapper.moreTokens("MORE")).hasSize(1);
  }

  @Test
  void aCutOffTooltipAtTheEndGoesAndFlagsTruncation() {
    CorpusDocument d = clean("It goes to Leader Charles SchumerCharles (Chuck) Ellis SchumerSchumer calls for");
    assertThat(d.text()).isEqualTo("It goes to Leader Charles Schumer");
    assertThat(d.truncated()).isTrue();
  }

  @Test
  void aGluedNameInALastSentenceThatEndsIsNoCutOffTooltip() {
    // the text's last sentence ends: nothing was cut off, and the careless join stays
    String s = "Disclaimer: Opinions expressed here are those of the writers and do not reflect those of AccraPulse Online. "
        + "AccraPulse Online will not be responsible or liable for any inaccurate statements contained in comments.";
    assertThat(clean(s).text()).isEqualTo(s);
    assertThat(clean(s).truncated()).isFalse();
  }

  @Test
  void aGluedNameAtTheEndThatIsNotATooltipStays() {
    String s = "The vote came late in WashingtonSen. Jane Doe";
    assertThat(clean(s).text()).isEqualTo(s);
    assertThat(clean(s).truncated()).isFalse();
  }

  @Test
  void anAcronymGluedToMoreClosesATooltipButWordsEndingInMoreDoNot() {
    assertThat(NameTooltipUnwrapper.moreTokens("tensions with the FBIMORE said")).hasSize(1);
    assertThat(NameTooltipUnwrapper.moreTokens("a rally in BALTIMORE on Saturday")).isEmpty();
    assertThat(NameTooltipUnwrapper.moreTokens("WE WON'T TAKE IT ANYMORE")).isEmpty();
    assertThat(clean("Lloyd AustinLloyd James AustinAustin to travel to Europe amid tensions with the FBIMORE said it.").text())
        .isEqualTo("Lloyd Austin said it.");
    String prose = "Sen. Ben Cardin spoke in BALTIMORE and in ELMORE said he would attend.";
    assertThat(clean(prose).text()).isEqualTo(prose);
  }

  @Test
  void aSpacedReadingAnchoredByAGivenNameIsNotReplacedByAShiftedOne() {
    assertThat(clean("Rep. Debbie Wasserman Schultz Deborah (Debbie) Wasserman Schultz Wasserman Schultz pushes for gun bill MORE \u2014 a Democrat \u2014 said it.").text())
        .isEqualTo("Rep. Debbie Wasserman Schultz \u2014 a Democrat \u2014 said it.");
  }

  @Test
  void aTooltipCutInsideItsFullNameGoesWhenItSharesAGivenName() {
    CorpusDocument d = clean("Sen. Elizabeth WarrenElizabeth Ann Warr\u2026 [+3012 chars]");
    assertThat(d.text()).isEqualTo("Sen. Elizabeth Warren");
    assertThat(d.truncated()).isTrue();
    assertThat(clean("Leader Chuck SchumerCharles (Chu\u2026 [+1994 chars]").text()).isEqualTo("Leader Chuck Schumer");
    // a careless join of two capitalised words shares no given name: it stays
    String join = "The vote came at the Capitol in Washington WashingtonSen. Jane Do\u2026 [+300 chars]";
    assertThat(clean(join).text()).isEqualTo("The vote came at the Capitol in Washington WashingtonSen. Jane Do");
  }

  /** The step alone, so blanks around lines stay as they are and only the tooltip goes. */
  private static String unwrapOnly(String text) {
    Cleaner.Builder b = Cleaner.builder();
    for (var step : Cleaner.standard().steps()) {
      if (!step.id().equals(NameTooltipUnwrapper.ID)) {
        b.disable(step.id());
      }
    }
    return b.build().clean(RawDocument.text("t.txt", text)).text();
  }

  @Test
  void cutOffTooltipsAreFoundOnTheLastLineAndOnLinesCutShortWhateverBlanksSurroundThem() {
    assertThat(unwrapOnly("  Leader Charles SchumerCharles (Chuck) Ellis SchumerSchumer calls for \n\n \n"))
        .isEqualTo("  Leader Charles Schumer \n\n \n");
    assertThat(unwrapOnly("First line.\n\n  Leader Chuck SchumerCharles (Chu\u2026\n  Next line."))
        .isEqualTo("First line.\n\n  Leader Chuck Schumer\n  Next line.");
    assertThat(unwrapOnly("  Leader Chuck SchumerCharles (Chu\u2026  \nNext line."))
        .isEqualTo("  Leader Chuck Schumer  \nNext line.");
    String prose = "  Senator Jane Doe spoke.\n\n  The vote came late in WashingtonSen. Jane Doe";
    assertThat(unwrapOnly(prose)).isEqualTo(prose);
  }

  // --- tooltips without "MORE" (the fifth held-out check) ----------------------------------------

  @Test
  void aTooltipWhoseHeadlinesEndInAnEllipsis() {
    String raw = "Consumer Financial Protection Bureau Director Rohan MehtaRohan Vikram MehtaCFPB targets 'junk fees' in new rule"
        + " Banks push back on credit card late fee cap Mehta: Overdraft fees a 'hidden tax' on\u2026 on Tuesday unveiled a rule.";
    assertThat(clean(raw).text()).isEqualTo("Consumer Financial Protection Bureau Director Rohan Mehta on Tuesday unveiled a rule.");
    String dots = "Chairman Warren KesslerWarren KesslerKessler presses Fed on stress tests Overnight Health Care \u2014 Drug pricing..."
        + " (D-Ohio) praised the proposal.";
    assertThat(clean(dots).text()).isEqualTo("Chairman Warren Kessler (D-Ohio) praised the proposal.");
  }

  @Test
  void aTooltipCutByAnEllipsisRightBeforeAComma() {
    // Sets K and L: the sentence goes on after the tooltip with a comma, a hyphenated surname too.
    String raw = "Lt. Gen. Kwame OseiKwame OseiPentagon names new acquisition chief Osei says Army will cut legacy\u2026, director of"
        + " the agency, told lawmakers the reviews took longer.";
    assertThat(clean(raw).text()).isEqualTo("Lt. Gen. Kwame Osei, director of the agency, told lawmakers the reviews took longer.");
    String hyphen = "according to the Rev. Samuel Okafor-LindSamuel Okafor-LindRural congregations try shared pastors as clergy"
        + " shortage deepens Okafor-Lind named to\u2026, the synod\u2019s director for congregations.";
    assertThat(clean(hyphen).text()).isEqualTo("according to the Rev. Samuel Okafor-Lind, the synod\u2019s director for congregations.");
  }

  @Test
  void anEllipsisAndACommaAfterAnUnconfirmedNameStay() {
    String raw = "The report named Kwame Osei as a witness and then went on\u2026, the director said on Tuesday.";
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void anEmptyTooltipLeavesTheNameOnce() {
    String tooltip = "\n\nSecretary of State Antony BlinkenAntony BlinkenNorth Korea conducts test MORE said on Sunday it was unlikely.";
    String cleanTooltip = "\n\nSecretary of State Antony Blinken said on Sunday it was unlikely.";
    String raw = "Rep. Curtis VandermeerCurtis Vandermeer (R-Ind.), the top Republican on the committee, said the change won votes.";
    assertThat(clean(raw + tooltip).text())
        .isEqualTo("Rep. Curtis Vandermeer (R-Ind.), the top Republican on the committee, said the change won votes." + cleanTooltip);
    String said = "Speaker Nancy PelosiNancy Pelosi said the House would vote on Friday.";
    assertThat(clean(said + tooltip).text()).isEqualTo("Speaker Nancy Pelosi said the House would vote on Friday." + cleanTooltip);
    // In the last line, where a cut-off tooltip is looked for, the sentence going on after the
    // name tells a doubled name from a cut-off tooltip.
    assertThat(clean(said).text()).isEqualTo("Speaker Nancy Pelosi said the House would vote on Friday.");
    // Elsewhere on a page with no other tooltip the name stays doubled: that pass reads only pages with tooltips.
    String notLast = said + "\n\nThe vote was delayed by a week, the clerk said on Monday.";
    assertThat(clean(notLast).text()).isEqualTo(notLast);
  }

  @Test
  void ellipsesAndRepeatsInProseStay() {
    for (String raw : new String[] {
      "The senator paused\u2026 and then she said the vote would wait until the spring session of the legislature.",
      "He kept saying the name, Nancy Pelosi, Nancy Pelosi, as if it were a spell, and the crowd laughed at him.",
      "The band played New York, New York twice\u2026 and the crowd sang along with every word of it.",
      "She wrote McDonaldMcDonald on the board by mistake... and erased the second one before class began.",
    }) {
      assertThat(clean(raw).text()).as(raw).isEqualTo(raw);
    }
  }
}
