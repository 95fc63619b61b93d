package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables of contents whose items stand again below as the section headings, and the lists that stay. */
class ContentsListRemoverTest {

  private static final Cleaner CLEANER = Cleaner.standard();
  private static final String S1 = "You need a permit if you are organising a sea angling competition or festival in English waters "
      + "with more than 50 anglers, or where fish will be sold.";
  private static final String S2 = "Apply online at least 8 weeks before the event, with the dates, the place and the number of anglers "
      + "and boats you expect.";

  private static CorpusDocument clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Contents\n\u2014 Who needs a permit\n\u2014 How to apply", "On this page\n1. Who needs a permit\n2. How to apply",
    "Table of contents:\n\u2022 Who needs a permit\n\u2022 How to apply", "In this article\nWho needs a permit\nHow to apply"})
  void aListOfTheSectionsBelowGoes(String list) {
    String raw = "Sea angling competitions: apply for an event permit\nPublished 3 May 2024\n" + list + "\n"
        + "Who needs a permit\n" + S1 + "\nHow to apply\n" + S2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Sea angling competitions: apply for an event permit");
    assertThat(doc.text()).isEqualTo("Who needs a permit\n\n" + S1 + "\n\nHow to apply\n\n" + S2);
  }

  @Test
  void aListWithAnItemNowhereBelowStays() {
    // A report's chapters, one of which is not in the excerpt: the list is the text's own.
    String raw = "Contents\n\u2014 Who needs a permit\n\u2014 Fees and charges\nWho needs a permit\n" + S1 + "\n" + S2 + "\n";
    assertThat(clean(raw).text()).startsWith("Contents\n\n\u2014 Who needs a permit\n\n\u2014 Fees and charges");
  }

  @Test
  void aGovernmentGuidancePageReadsWhole() {
    String raw = "Skip to main content\nGOV.UK\nMenu\nHome\nEnvironment\nMarine\nGuidance\n"
        + "Sea angling competitions: apply for an event permit\n"
        + "How to apply for a permit to hold a recreational sea angling competition or festival in English waters.\n"
        + "From: Marine Management Organisation\nPublished 3 May 2024\nLast updated 17 May 2024 \u2014 See all updates\n"
        + "Get emails about this page\nPrint this page\nContents\n\u2014 Who needs a permit\n\u2014 How to apply\n"
        + "Who needs a permit\n" + S1 + "\nHow to apply\n" + S2 + "\nPrint this page\n\u00A9 Crown copyright\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Sea angling competitions: apply for an event permit");
    assertThat(doc.subtitle()).startsWith("How to apply for a permit");
    assertThat(doc.publisher()).isEqualTo("Marine Management Organisation");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 5, 3));
    assertThat(doc.text()).isEqualTo("Who needs a permit\n\n" + S1 + "\n\nHow to apply\n\n" + S2);
  }

  @Test
  void anIssuersFromLineUnderTheHeadlineAnchorsIt() {
    String raw = "Skip to main content\nLanguage selection\nFran\u00E7ais\nGovernment of Canada / Gouvernement du Canada\nSearch\n"
        + "Menu\nYou are here:\nCanada.ca\nTransport Canada\n"
        + "Minister of Transport announces funding to remove abandoned boats from Atlantic waters\n"
        + "From: Transport Canada\nNews release\nMay 2, 2024        Ottawa, Ontario        Transport Canada\n" + S1 + "\n" + S2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Minister of Transport announces funding to remove abandoned boats from Atlantic waters");
    assertThat(doc.publisher()).isEqualTo("Transport Canada");
    // The dateline stays, and a second cleaning takes it for no headline.
    assertThat(doc.text()).isEqualTo("May 2, 2024 Ottawa, Ontario Transport Canada\n\n" + S1 + "\n\n" + S2);
    assertThat(clean(doc.text()).text()).isEqualTo(doc.text());
  }
}
