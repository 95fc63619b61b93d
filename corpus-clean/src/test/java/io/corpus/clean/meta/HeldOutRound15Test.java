package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Header layouts from the fifteenth round of held-out checks: a byline with the place the reporter
 * filed from and the date after a bar ("By Amina Deng-Laurent in Adré, Chad | 28 February 2024"),
 * and a name with its date glued on by textContent ("Cassie BrandtJanuary 28, 2025"). Each with
 * the look-alike that must stay. Every case is cleaned twice and must not change.
 */
class HeldOutRound15Test {

  private static final String HEADLINE = "In eastern Chad, refugee teachers keep children learning";
  private static final String P1 = "Under a shelter of wooden poles and tarpaulin on the edge of the town, 73 children sit in rows "
      + "on woven mats, copying letters from a blackboard propped against a tree.";
  private static final String P2 = "The learning spaces are run by teachers who fled the war themselves, and most of them work "
      + "without pay, the agency said in a statement.";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  // --- a byline with a place, then the date after a bar ---------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"By Amina Deng-Laurent in Adré, Chad  |  28 February 2024", "By Amina Deng-Laurent in Adré | 28 February 2024",
    "By Amina Deng-Laurent in Port Moresby, Papua New Guinea · 28 February 2024"})
  void aBylineWithThePlaceAndTheDateGivesBoth(String line) {
    CorpusDocument doc = clean("Story\n" + HEADLINE + "\n" + line + "\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.authors()).containsExactly("Amina Deng-Laurent");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Amina Deng-Laurent in Adré, Chad | 28 February 2024; Amina Deng-Laurent | 28 February 2024",
    "Jane Doe in Nairobi; Jane Doe",
    "Jane Doe in collaboration with the Bulletin | 28 February 2024; Jane Doe in collaboration with the Bulletin | 28 February 2024",
    "Jane Doe in a, b | 28 February 2024; Jane Doe in a, b | 28 February 2024"})
  void thePlaceGoesAndWhatFollowsTheBarStays(String value, String expected) {
    assertThat(BylineExtractor.withoutPlace(value)).isEqualTo(expected);
  }

  // --- a dek of two sentences or a lead picture's caption above the byline -------------------------------

  @Test
  void aLeadCaptionOverTheBylineIsNoBodyAndTheBylineIsRead() {
    String raw = "Skip to contentSkip to site index\nU.S.\n" + HEADLINE + "\n"
        + "Sudanese teachers have set up dozens of classrooms near the border. A lack of funding threatens their future, aid workers say.\n"
        + "Share full article\n"
        + "Hawa Abdelrahman with her class in a temporary learning space near the border. She fled El Geneina last June.Credit...Nora Mbaye for The Ledger\n"
        + "By Amina Deng-Laurent\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Amina Deng-Laurent");
    assertThat(doc.text()).doesNotContain("Credit...").doesNotContain("Hawa Abdelrahman with her class").doesNotContain("Skip to");
    assertThat(doc.text()).endsWith(P1 + "\n\n" + P2);
  }

  @Test
  void aParagraphOverAnEntrysBylineBelowThePagesOwnBylineIsTheBody() {
    String raw = HEADLINE + "\nBy Nora Whitlock\nJune 14, 2024\n" + P1 + "\n\n1. The Long Water\n\nBy Helena Marsh\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Nora Whitlock");
    assertThat(doc.text()).contains("By Helena Marsh");
  }

  @Test
  void theHeaderZoneGoesOnPastADekWithAByLineUnderIt() {
    String dek = "Sudanese teachers who fled the war have set up dozens of makeshift classrooms near the border. A lack of funding threatens their future.";
    String body = "Under a shelter of poles and tarpaulin, 73 children sit in rows on woven mats. They copy letters from a blackboard propped "
        + "against a tree, and their teacher walks between the rows.";
    io.corpus.clean.internal.TextLines lines = io.corpus.clean.internal.TextLines.of(HEADLINE + "\n" + dek + "\nBy Amina Deng-Laurent\n" + body + "\n");
    assertThat(lines.headerEnd()).isEqualTo(3);
    // no byline under it: the dek's line is where the body starts, as before
    io.corpus.clean.internal.TextLines plain = io.corpus.clean.internal.TextLines.of(HEADLINE + "\n" + dek + "\n" + body + "\n");
    assertThat(plain.headerEnd()).isEqualTo(1);
  }

  // --- the headline under a release's labels, below the section's name -----------------------------------

  @Test
  void theHeadlineIsTheLineUnderTheReleaseLabelsNotTheSectionsName() {
    String raw = "Home > Committees > FOPO > News Releases\n\nStanding Committee on Fisheries and Oceans\nFOPO\n"
        + "Meetings | Work | Reports & Responses | Members | News Releases | Contact\n\nCommittee News Release\nFor immediate release\n\n"
        + HEADLINE + "\n\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aHeadlinePrintedAboveTheLabelsTooIsTakenAsPrinted() {
    String raw = "Home  /  Media Centre  /  Press Releases\n" + HEADLINE + "\nPRESS RELEASE\nFOR IMMEDIATE RELEASE\n"
        + HEADLINE.toUpperCase(java.util.Locale.ROOT) + "\n\n" + P1 + "\n\n" + P2 + "\n";
    assertThat(clean(raw).title()).isEqualTo(HEADLINE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Committee News Release", "For immediate release", "PRESS RELEASE", "News release:", "Joint media release"})
  void releaseLabels(String label) {
    assertThat(HeadlineExtractor.isReleaseLabel(label)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"News", "Statement", "Committee releases its report on the fishery", "Standing Committee on Fisheries"})
  void notReleaseLabels(String line) {
    assertThat(HeadlineExtractor.isReleaseLabel(line)).isFalse();
  }

  // --- names printed in capitals ----------------------------------------------------------------------------

  @Test
  void aBylineInCapitalsGivesTheNamesAsNamesAreWritten() {
    CorpusDocument doc = clean(HEADLINE + "\nBY JULIA MARKOWITZ AND DEVON O'NEILL-PRICE\nAugust 29, 2024\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.authors()).containsExactly("Julia Markowitz", "Devon O'Neill-Price");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"EUGENE DALLOWAY; Eugene Dalloway", "MARTÍN FERREYRA; Martín Ferreyra", "SEAN MCDONALD; Sean McDonald",
    "D'ARCY O'BRIEN; D'Arcy O'Brien", "danah boyd; danah boyd", "Eugene DALLOWAY; Eugene DALLOWAY", "J.R.; J.R.", "JEAN-PAUL SARR; Jean-Paul Sarr",
    "J. R. R. TOLKIEN; J. R. R. Tolkien"})
  void aNameInCapitalsInNameCase(String printed, String name) {
    assertThat(io.corpus.clean.internal.PersonNames.inNameCase(printed)).isEqualTo(name);
  }

  // --- the Federal Register's type-by-issuer line; a site's date bar under its menu ------------------------

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"A Notice by the Fish and Wildlife Service on 05/31/2024; 2024-05-31",
    "A Proposed Rule by the Environmental Protection Agency on 01/12/2024; 2024-01-12",
    "An Executive Order by the Executive Office of the President on 01/20/2025; 2025-01-20"})
  void aDocumentsTypeIssuerAndDayGiveTheDate(String line, String date) {
    assertThat(DateLineExtractor.typeByIssuerOn(line)).isEqualTo(LocalDate.parse(date));
    CorpusDocument doc = clean("Notice\n" + HEADLINE + "\n" + line + "\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.published()).isEqualTo(LocalDate.parse(date));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A notice by the service on 05/31/2024", "A Notice by the Service", "A Notice by the Service on the river"})
  void aSentenceOfTheSameWordsGivesNone(String line) {
    assertThat(DateLineExtractor.typeByIssuerOn(line)).isNull();
  }

  @Test
  void aDateBarUnderTheMenuIsTodaysDateNotTheStorys() {
    String raw = "Section Navigation\nSEARCH\nU.S.\nLog in\nTuesday, June 10, 2025\nToday’s Paper\n" + HEADLINE + "\n"
        + "Sudanese teachers who fled the war have set up dozens of makeshift classrooms near the border. A lack of funding threatens their future.\n"
        + "Read in app\nBy Amina Deng-Laurent\nJune 9, 2025\nUpdated 3:41 p.m. ET\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 6, 9));
    assertThat(doc.text()).doesNotContain("June 9, 2025").doesNotContain("June 10").doesNotContain("Updated 3:41");
  }

  // --- a date line and its update line, the same day ------------------------------------------------------

  @Test
  void aDateAndTheSameDateWithItsUpdateAreOneDateLineNotATimeline() {
    String raw = "FEATURED\n" + HEADLINE + "\nBy Amina Deng-Laurent\nMar 14, 2019\nMar 14, 2019 Updated Mar 15, 2019\n\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2019, 3, 14));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aTimelinesDatesStay() {
    String raw = HEADLINE + "\n\nKey dates:\n\nMarch 14, 2019\nThe inspection finds rot.\n\nMarch 15, 2019\nThe bridge closes.\n\n" + P1 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).contains("March 14, 2019").contains("March 15, 2019");
  }

  // --- what is not an author's name ---------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Buy Now", "View Original", "Download PDF", "Listen Now"})
  void aPageControlUnderTheHeadlineIsNoAuthor(String control) {
    CorpusDocument doc = clean(HEADLINE + "\n" + control + "\nMarch 14, 2019\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.authors()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"By Pastor Elena Marwick; Elena Marwick", "By Hon. Grace Wanjiru; Grace Wanjiru",
    "By Rev. John Okafor; John Okafor", "By Dana Whitfield dwhitfield@example.com; Dana Whitfield"})
  void aBylinesTitleOrAddressIsNotPartOfTheName(String line, String name) {
    CorpusDocument doc = clean(HEADLINE + "\n" + line + "\nMarch 14, 2019\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.authors()).containsExactly(name);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @ValueSource(strings = {"Newsroom", "Staff", "Admin"})
  void aPagesAuthorFieldThatNamesNoPersonIsNoAuthor(String field) {
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + HEADLINE
        + "\",\"author\":{\"name\":\"" + field + "\"}}</script></head><body><article><h1>" + HEADLINE + "</h1><p>" + P1 + "</p><p>" + P2
        + "</p></article></body></html>";
    CorpusDocument doc = io.corpus.clean.Cleaner.standard().clean(io.corpus.model.RawDocument.html("t.html", html));
    assertThat(doc.authors()).isEmpty();
    String person = html.replace("\"name\":\"" + field + "\"", "\"name\":\"Jane Doe\"");
    assertThat(io.corpus.clean.Cleaner.standard().clean(io.corpus.model.RawDocument.html("t.html", person)).authors()).containsExactly("Jane Doe");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"Father Christmas; Father Christmas", "Bishop; Bishop", "Grace Wanjiru; Grace Wanjiru"})
  void aTitleAloneOrWithOneWordStays(String name, String kept) {
    assertThat(io.corpus.clean.internal.PersonNames.withoutHonorifics(name)).isEqualTo(kept);
  }

  // --- a revision stamp ---------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Entry revised Feb. 2, 2024", "Last revised: 2 February 2024", "Revised February 2, 2024"})
  void aRevisionStampGoesAndGivesNoPublicationDate(String line) {
    CorpusDocument doc = clean(HEADLINE + "\n" + line + "\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.published()).isNull();
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- a newswire's date line with the release's source -------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"May 07, 2024 07:00 ET | Source: Halvorsen Biologics, Inc.; Halvorsen Biologics, Inc.",
    "May 07, 2024 | Source: Lakeside Water Authority; Lakeside Water Authority"})
  void aDateLineWithTheReleasesSourceGivesTheDateAndTheIssuer(String line, String source) {
    CorpusDocument doc = clean("NEWS RELEASE\n" + HEADLINE + "\n" + line + "\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 5, 7));
    assertThat(doc.publisher()).isEqualTo(source);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"May 07, 2024 | Source: the company said it would not comment on the figures today or tomorrow either",
    "May 07, 2024 | Sources", "May 07, 2024 | Source: Reuters. Then more. And more."})
  void aBarWithoutASourcesNameIsNone(String line) {
    assertThat(DateLineExtractor.trailingSource(line)).isNull();
  }

  // --- a name with its date glued on ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"Cassie BrandtJanuary 28, 2025; 2025-01-28", "Aditi Raghavan18 Jul, 2024; 2024-07-18",
    "Aditi Raghavan18 Jul, 2024 · 7 min read; 2024-07-18"})
  void aNameGluedToItsDateUnderTheHeadlineIsTheByline(String line, String date) {
    CorpusDocument doc = clean("CROPS\n" + HEADLINE + "\n" + line + "\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.authors()).hasSize(1);
    assertThat(doc.authors().get(0)).isIn("Cassie Brandt", "Aditi Raghavan");
    assertThat(doc.published()).isEqualTo(LocalDate.parse(date));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kansas wheat2025 outlook", "iPhone16 MarchApril", "Mayor Brandt", "Plain words only"})
  void aLineWithNoneOrTwoGluedPlacesIsNotUnglued(String line) {
    String unglued = BylineExtractor.ungluedDate(line);
    if (line.equals("Kansas wheat2025 outlook")) {
      assertThat(unglued).isEqualTo("Kansas wheat 2025 outlook"); // unglued, but no name and date: no byline
      CorpusDocument doc = clean("CROPS\n" + HEADLINE + "\n" + line + "\n\n" + P1 + "\n\n" + P2 + "\n");
      assertThat(doc.authors()).isEmpty();
    } else {
      assertThat(unglued).as(line).isNull();
    }
  }
}
