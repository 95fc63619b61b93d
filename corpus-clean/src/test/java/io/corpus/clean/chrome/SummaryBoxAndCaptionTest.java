package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Summary boxes, captions over a labelled credit, and what the seventh held-out check (set I)
 * found at the end of a story; each with the look-alike that stays.
 */
class SummaryBoxAndCaptionTest {

  private static final Cleaner CLEANER = Cleaner.standard();
  private static final String BODY = ChromeStepsTest.BODY;
  private static final String BODY2 = ChromeStepsTest.BODY2;
  private static final String HEADER = "Battery startup Voltrex to pay $4.5 million over production forecasts, SEC says\n\n"
      + "By Jonah Feldstein\n\nFeb 29, 2024, 4:18 PM ET\n\n";

  private static CorpusDocument clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Key Points\n\n\u2022 Voltrex agreed to pay a penalty without admitting or denying the findings.",
    "KEY POINTS\n- The 10-year yield fell to 4.05%.\n- Fed funds futures imply a 68% chance of a June cut.",
    "Key points:\n\u2022 Residents can return to some streets\n\u2022 Roads remain closed south of the river",
    "Takeaways by Meridian AI Hide\n\u2022 Robusta futures in London rose as much as 2.3%",
    "Story highlights\n\n\u2022 One\u2019s first point here\n\n\u2022 And the second point"})
  void aSummaryBoxUnderTheBylineGoes(String box) {
    CorpusDocument doc = clean(HEADER + box + "\n\n" + BODY + "\n\n" + BODY2);
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(doc.authors()).containsExactly("Jonah Feldstein");
  }

  @Test
  void aGuidancePagesKeyPointsWithNoBylineStay() {
    String raw = "Preventing Tick Bites Among Outdoor Workers\nKey points\n"
        + "\u2022 Outdoor workers in forests, fields and brushy areas are at risk of tick bites.\n"
        + "\u2022 Workers should check for ticks every day after work.\nWho is at risk\n" + BODY + "\n";
    assertThat(clean(raw).text()).contains("Key points\n\n\u2022 Outdoor workers").contains("\u2022 Workers should check");
  }

  @Test
  void keyPointsFurtherDownAreASectionOfTheStory() {
    String raw = HEADER + BODY + "\n\nKey points\n\n\u2022 The first point of the section\n\n\u2022 The second point\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(BODY + "\n\nKey points\n\n\u2022 The first point of the section\n\n\u2022 The second point\n\n" + BODY2);
  }

  @Test
  void aHeadingIsNoAuthor() {
    assertThat(io.corpus.clean.internal.PersonNames.isName("Key Points")).isFalse();
    assertThat(io.corpus.clean.internal.PersonNames.isName("Top Stories")).isFalse();
    assertThat(io.corpus.clean.internal.PersonNames.isName("Francis Scott Key")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"A koala detected by a thermal drone near Ripley. (Supplied: Canopy Survey Co)",
    "Firefighters work to contain a blaze in state forest near Bunbury. (Supplied: DFES)",
    "A test train runs along the elevated Blue Line track near Pier Street in February. (Photo: Ana Ruiz/Harbor City Tribune)"})
  void aCaptionOverALabelledCreditGoesWhole(String caption) {
    assertThat(clean(BODY + "\n\n" + caption + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void reportingProseOverALabelledCreditKeepsItsSentence() {
    // Only the credit goes: the sentence reports (said, had), a caption does not.
    String prose = "The mayor said the drones had found 40 koalas in the first week.";
    assertThat(clean(BODY + "\n\n" + prose + " (Supplied: Canopy Survey Co)\n\n" + BODY2).text())
        .isEqualTo(BODY + "\n\n" + prose + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"April 4, 202411:20 AM GMT+2Updated 3 hours ago", "April 4, 2024 11:20 AM GMT+2 Updated 3 hours ago",
    "April 4, 202411:20Updated 3 hours ago"})
  void aWireDateLineGluedToItsUpdateIsRead(String line) {
    CorpusDocument doc = clean("Oslo audit finds city paid for snow ploughing that never happened\n\nBy Annika Holm\n\n" + line + "\n\n"
        + BODY + "\n\n" + BODY2);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 4, 4));
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A version of this article appears in the March print issue of Kelpie. Subscribe to the magazine.",
    "A version of this article appears in print on March 3, 2024, Section A, Page 1 of the New York edition with the headline: Ferries Run Late.",
    "Reader Reaction\n\nLike 12   Love 4   Wow 2", "Happy 3 Sad 1 Angry 0"})
  void printNotesAndReactionsAtTheEndGo(String tail) {
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\n" + tail + "\n\n\u00A9 2024 Blue Mountain Courier").text())
        .isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A version of this song appears on her 2019 album, recorded in a church on Harris.",
    "Like 12 other towns, it voted to keep the mill open."})
  void theirLookAlikesStay(String line) {
    String raw = BODY + "\n\n" + line + "\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void theNextStorysTitleUnderContinueReadingGoesWithTheCard() {
    String raw = BODY + "\n\n" + BODY2 + "\n\nRead the full judgment (PDF)\n\nContinue reading\n\n"
        + "Court of Appeal upholds ban on boda boda parking in CBD\n\n\u00A9 2024 The Bench Report. All rights reserved.";
    assertThat(clean(raw).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void anEarningsCallsRostersGoAndTheirNamesAreNoAuthors() {
    String raw = "Fjordline Aquaculture ASA (FJRDF) Q1 2024 Earnings Call Transcript\n\nMay 07, 2024 6:10 AM ET\n\n"
        + "Company Participants\n\nIngrid Solvang - Head, Investor Relations\n\nHenrik Aas - Chief Executive Officer\n\n"
        + "Conference Call Participants\n\nTomas Berg - Nordhavn Securities\n\n" + BODY + "\n\n" + BODY2;
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).isEmpty();
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void aRosterHeadingOverProseStays() {
    String raw = BODY + "\n\nParticipants\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void aHeadingLeftBareOnceTheFooterIsGoneGoesToo() {
    String raw = BODY + "\n\n" + BODY2 + "\n\nRecommended For You\n\n"
        + "This transcript may not be 100 percent accurate and may contain misspellings and other inaccuracies.\n\n"
        + "Copyright \u00A9 2024 MarketTrail, Inc. All Rights Reserved.";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(clean(doc.text()).text()).isEqualTo(doc.text());
  }

  @Test
  void aPromosWordsAreNoName() {
    assertThat(io.corpus.clean.internal.PersonNames.isName("Transcribe Your Own Content")).isFalse();
    assertThat(io.corpus.clean.internal.PersonNames.isName("MarketTrail Transcripts")).isFalse();
  }
}
