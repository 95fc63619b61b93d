package io.corpus.clean.meta;

import static io.corpus.clean.meta.MetadataLinesTest.BODY;
import static io.corpus.clean.meta.MetadataLinesTest.BODY2;
import static io.corpus.clean.meta.MetadataLinesTest.clean;
import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.internal.PersonNames;
import io.corpus.model.CorpusDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Round 2 of the header rules: roles and newsrooms in bylines, more date and dek shapes. */
class MetadataLinesRound2Test {

  private static final String HEADLINE = "Senate Confirms Nominee After Months of Delay";

  // --- roles and newsrooms are no authors -----------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Defense Reporter", "Staff Writer", "Associated Press", "Reuters Staff", "Senior Correspondent"})
  void rolesAndNewsroomsAreNoNames(String phrase) {
    assertThat(PersonNames.isName(phrase)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "By LISA MASCARO and MARY CLARE JALONICK, Associated Press; Lisa Mascaro|Mary Clare Jalonick; Associated Press",
        "By Paul McLeary, Defense Reporter; Paul McLeary; ",
        "By Natasha Bertrand, Oren Liebermann, and Jeremy Herb, CNN; Natasha Bertrand|Oren Liebermann|Jeremy Herb; CNN",
        "By Reuters Staff; ; Reuters",
        "By The Associated Press; ; Associated Press",
        "By AFP; ; AFP",
        "By Jan Cienski in Warsaw; Jan Cienski; ",
        "Posted by Daniel Larison; Daniel Larison; ",
        "Author Rob Mudge; Rob Mudge; ",
        "Rebecca Lindqvist, Staff Writer; Rebecca Lindqvist; ",
        "Jane Doe | Fox News; Jane Doe; Fox News",
      })
  void bylinesGiveAuthorsAndTheNewsroomGivesThePublisher(String line, String authors, String publisher) {
    CorpusDocument doc = clean(HEADLINE + "\n\n" + line + "\n\n" + BODY + "\n\n" + BODY2);
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.subtitle()).isNull();
    assertThat(String.join("|", doc.authors())).isEqualTo(authors == null ? "" : authors);
    assertThat(doc.publisher()).isEqualTo(publisher);
  }

  @Test
  void aBylineWithAnOutletAndADateGivesAllThree() {
    CorpusDocument doc = clean(HEADLINE + "\n\nBy Humeyra Pamuk, Reuters | November 12, 2021 11:02 AM\n\n" + BODY);
    assertThat(doc.authors()).containsExactly("Humeyra Pamuk");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 11, 12));
    assertThat(doc.publisher()).isEqualTo("Reuters");
    assertThat(doc.subtitle()).isNull();
  }

  @Test
  void aKnownPublisherStays() {
    CorpusDocument doc = clean("Source: Foreign Policy\n\nBy Jane Doe, Associated Press\n\n" + BODY);
    assertThat(doc.publisher()).isEqualTo("Foreign Policy");
    assertThat(doc.authors()).containsExactly("Jane Doe");
  }

  @Test
  void theAgencyOnTheLineUnderTheBylineIsThePublisher() {
    CorpusDocument doc = clean(HEADLINE + "\n\nBy Jill Lawless\nAssociated Press\n\n" + BODY);
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.publisher()).isEqualTo("Associated Press");
    assertThat(doc.title()).isEqualTo(HEADLINE);
  }

  @Test
  void aNameInACityIsABylineOnlyNextToADateLine() {
    CorpusDocument dated = clean(HEADLINE + "\n\nJulian Borger in Washington\n\nFri 19 Nov 2021 12.38 GMT\n\n" + BODY);
    assertThat(dated.authors()).containsExactly("Julian Borger");
    assertThat(dated.text()).isEqualTo(BODY);
    // Alone above the body it is headline-shaped (the headline rule may take it), but no byline.
    CorpusDocument undated = clean("Julian Borger in Washington\n\n" + BODY);
    assertThat(undated.authors()).isEmpty();
    assertThat(undated.text() + "|" + undated.title()).contains("Julian Borger in Washington");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Supreme Court | November 18, 2021", "Jane Doe | November 18, 2021", "By The Numbers", "By The Way We Live Now",
        "Washington Post Staff Said Nothing", "Jane Doe in the morning"
      })
  void unsureLinesGiveNoAuthorNorPublisher(String line) {
    CorpusDocument doc = clean(line + "\n\n" + BODY);
    assertThat(doc.authors()).isEmpty();
    assertThat(doc.publisher()).isNull();
  }

  // --- date lines ---------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"Date 19.11.2021; 2021-11-19", "11.19.2021; 2021-11-19", "19.11.2021; 2021-11-19",
        "Published 12:38 PM ET, Fri November 19, 2021; 2021-11-19", "November 19, 2021 | 4 min read; 2021-11-19"})
  void moreDateLineShapes(String line, String date) {
    CorpusDocument doc = clean(line + "\n\n" + BODY);
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.published()).isEqualTo(LocalDate.parse(date));
  }

  @Test
  void aDottedDateThatReadsBothWaysIsReadDayFirstAsBefore() {
    assertThat(DateLineExtractor.date("05.11.2021")).isEqualTo(LocalDate.of(2021, 11, 5));
    assertThat(DateLineExtractor.date("13.13.2021")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Updated 12:38 PM ET, Fri November 19, 2021", "4 Min Read", "5 min read", "Reading time: 4 minutes"})
  void updateAndReadingTimeLinesGoWithoutADateAndAreNoDek(String line) {
    CorpusDocument doc = clean(HEADLINE + "\n\n" + line + "\n\n" + BODY);
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.published()).isNull();
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.title()).isEqualTo(HEADLINE);
  }

  @Test
  void aReadingTimeInTheMiddleStays() {
    String raw = BODY + "\n\n5 min read\n\n" + BODY2 + "\n\n" + BODY;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  // --- originally published lines -----------------------------------------------------------

  @Test
  void anOriginallyPublishedLineGivesPublisherAndDate() {
    CorpusDocument doc = clean(BODY + "\n\n" + BODY2 + "\n\nOriginally published in Foreign Policy on November 19, 2021.");
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(doc.publisher()).isEqualTo("Foreign Policy");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 11, 19));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Originally published in 1960, the book was attacked as monstrous.", "Originally published in the spring.",
        "First published in Foreign Policy on a Tuesday."
      })
  void originallyPublishedLookAlikesStay(String line) {
    String raw = BODY + "\n\n" + BODY2 + "\n\n" + line;
    assertThat(clean(raw).text()).isEqualTo(raw);
    assertThat(clean(raw).publisher()).isNull();
  }

  // --- headline and dek ---------------------------------------------------------------------

  @Test
  void aSpeakerLabelLineIsNoHeadline() {
    String raw = "Jen Psaki: (12:31)\nGood afternoon. I have one item for you at the top before we get to questions.";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isNull();
    assertThat(doc.text()).startsWith("Jen Psaki: (12:31)");
  }

  @Test
  void aDekThatEndsWithAPeriodNeedsABylineOrDateBelowIt() {
    String dek = "Officials fear Ukraine could misread a push for diplomacy with Moscow.";
    CorpusDocument politico = clean(HEADLINE + "\n\n" + dek + "\n\nBy ALEXANDER WARD\n\n11/19/2021 04:30 PM EST\n\n" + BODY);
    assertThat(politico.subtitle()).isEqualTo(dek);
    assertThat(politico.text()).isEqualTo(BODY);
    String plain = HEADLINE + "\n\nIt was over in 11 minutes.\n\n" + BODY;
    assertThat(clean(plain).subtitle()).isNull();
    assertThat(clean(plain).text()).contains("It was over in 11 minutes.");
  }

  @Test
  void aShortTextStillHasAHeader() {
    String s1 = "Europe faces a security situation more serious than at any point since the end of the Cold War.";
    CorpusDocument doc = clean("Europe must not be naive about its borders\n\nBy Ursula von der Leyen and Josep Borrell\n\n"
        + "November 19, 2021\n\n" + s1 + "\n\nWe must answer with unity.");
    assertThat(doc.title()).isEqualTo("Europe must not be naive about its borders");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 11, 19));
    assertThat(doc.authors()).containsExactly("Ursula von der Leyen", "Josep Borrell");
    assertThat(doc.text()).isEqualTo(s1 + "\n\nWe must answer with unity.");
  }
}
