package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Layouts from the twenty-sixth to twenty-eighth held-out checks (sets BB, CC and DD) and the
 * earlier sets' headlines they showed were missed: a headline under a long run of a site's
 * sections with no site word, and a site's header whose lines under the headline are many but all
 * the header's (names, controls, a field's label over its value). Each with the look-alike that
 * must stay. Every case is cleaned twice and must not change.
 */
class HeldOutRound13Test {

  private static final String P1 = "Residents of a small town in Bavaria have backed a wind park in a forest above the town, in a "
      + "vote that is seen as a test for wind power in a state that has long resisted it.";
  private static final String P2 = "Turnout was 71 percent. The town council said it would now ask the state for the permits the "
      + "project needs, a process that could take two years.";
  private static final String HEADLINE = "Bavarian town votes yes to wind park in closely watched referendum";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  // --- a long run of sections over the headline ---------------------------------------------------

  @Test
  void aHeadlineUnderALongRunOfSectionsUnderTheSitesNameIsTheTitle() {
    String raw = "Rundfunk Welt – Made for minds.\nGermany\nWorld\nBusiness\nScience\nEnvironment\nCulture\nSports\nLive TV\n"
        + "In focus\n" + HEADLINE + "\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.text()).startsWith("Residents of a small town").doesNotContain("Live TV");
  }

  // --- the header's lines under a headline under a menu ----------------------------------------------

  @Test
  void aFieldsLabelOverItsValueUnderTheHeadlineIsTheHeadersAndGoes() {
    String raw = "FEMA\nMenu\nSearch\nDisasters & Assistance\nGrants\nFloods & Maps\nAbout\nWork With Us\nHome\nPress Releases\n"
        + "Disaster Recovery Centers Open in Carter and Unicoi Counties\nRelease Date:\nAugust 14, 2024\nRelease Number:\n4832-008\n"
        + "NASHVILLE, Tenn. – Disaster Recovery Centers will open Thursday in Carter and Unicoi counties to help people affected "
        + "by the storms. They will stay open until further notice.\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Disaster Recovery Centers Open in Carter and Unicoi Counties");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 8, 14));
    assertThat(doc.text()).startsWith("NASHVILLE, Tenn.").doesNotContain("Release Number");
  }

  @Test
  void aLongRunOfSectionsOverAHeadlineWithALineTheHeaderDoesNotKnowMakesNoHeader() {
    String raw = "Rundfunk Welt – Made for minds.\nGermany\nWorld\nBusiness\nScience\nEnvironment\nCulture\nSports\nLive TV\n"
        + "In focus\n" + HEADLINE + "\nA wind turbine above the Inn valley\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).contains("A wind turbine above the Inn valley");
  }

  @Test
  void aSitesMenuOverAHeadlineWithManyHeaderLinesUnderIt() {
    String raw = "Station\nHome\nNews\nShows\nSchedule\nDonate\nShould towns ban gas leaf blowers? Listeners weigh in\n"
        + "Heard on The Morning Line\nAngela Price\n48-Minute Listen\nPlaylist\nDownload\nEmbed\nTranscript\n"
        + "ANGELA PRICE, HOST: This is The Morning Line. I'm Angela Price. This hour, a fight that has been brewing in "
        + "town halls all over the region.\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Should towns ban gas leaf blowers? Listeners weigh in");
    assertThat(doc.authors()).containsExactly("Angela Price");
    assertThat(doc.text()).startsWith("ANGELA PRICE, HOST:").doesNotContain("Playlist");
  }

  // --- what a second cleaning would read as a header --------------------------------------------------

  @Test
  void aListsHeadingAtTheTopIsNoHeadline() {
    String raw = "What to know about the storm\n\n\u2022 Heavy snow is falling from northern Illinois to western "
        + "Massachusetts, with totals of 8 to 14 inches expected.\n\n\u2022 More than 3,400 flights had been canceled by "
        + "late afternoon.\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isNull();
    assertThat(doc.text()).startsWith("What to know about the storm");
  }

  @Test
  void aHeadlineOverAParagraphIsStillTheTitle() {
    CorpusDocument doc = clean("What to know about the storm that closed the airports\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.title()).isEqualTo("What to know about the storm that closed the airports");
  }

  @Test
  void aRowOfFieldsPartedByCommasAndDashesBeforeLabels() {
    assertThat(FieldRow.date("Posted by: Met Office Press Office, Posted on: 4 March 2025 - Categories: Met Office News, Weather"))
        .isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(FieldRow.date("Posted on: 4 March 2025 - Categories: News")).isEqualTo(LocalDate.of(2025, 3, 4));
    // a comma that parts no label: a date's own comma, a sentence
    assertThat(FieldRow.date("Posted on: March 4, 2025 - Categories: News")).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(FieldRow.date("Flooding, storms and heat: 4 March 2025 was the worst day")).isNull();
  }

  @Test
  void aRowOfFieldsUnderTheHeadlineGivesTheDateAndGoes() {
    String raw = "Met Office\nHome\nPress releases\nSearch\nStorm Ivor named as strong winds and heavy rain expected for Thursday\n"
        + "Posted by: Met Office Press Office, Posted on: 4 March 2025 - Categories: Met Office News, Weather\n"
        + "Storm Ivor has been named by the Met Office and will bring strong winds and heavy rain to much of the UK on "
        + "Thursday.\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.text()).startsWith("Storm Ivor has been named");
  }

  @Test
  void aDocumentsShortFieldsUnderItsHeaderGo() {
    String raw = "Home\nHansard reports\nHansard debates\nQuestion No. 4\u2014Health\nWednesday, 19 June 2024\n"
        + "Hansard status: Final\nVolume 776\nWeek 36\n"
        + "4. Dr ANISHA PATEL (Labour\u2014Mt Roskill) to the Minister of Health: Does he stand by his statement that no "
        + "patient will wait longer for a specialist appointment because of the freeze on administrative hiring?\n"
        + "Hon DAVID CRAWFORD (Minister of Health): Yes, I do, because the freeze applies to back-office roles only.\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).startsWith("4. Dr ANISHA PATEL").doesNotContain("Volume 776");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hansard status: Final", "Volume 776", "Week 36", "Issue 12"})
  void shortFields(String s) {
    assertThat(HeadlineExtractor.isShortField(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ukraine: what we know so far about the talks", "Volume 776 of the record", "Chapter One",
    "The council met again."})
  void linesThatAreNoShortField(String s) {
    assertThat(HeadlineExtractor.isShortField(s)).isFalse();
  }

  @Test
  void aDictionarysNumberedSensesWithSpacedColonsAreReadWithoutFailing() {
    // "2 : a secondary line … : sideline": a label of one word and a blank before its colon once
    // made the credit-label test read past the label's end
    String raw = "byline\nnoun\n1 : a line at the head of a newspaper or magazine article giving the name of the writer\n"
        + "2 : a secondary line of work or interest : sideline\n\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).contains("2 : a secondary line of work or interest : sideline");
  }
}
