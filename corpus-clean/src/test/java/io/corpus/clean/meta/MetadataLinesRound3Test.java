package io.corpus.clean.meta;

import static io.corpus.clean.meta.MetadataLinesTest.BODY;
import static io.corpus.clean.meta.MetadataLinesTest.BODY2;
import static io.corpus.clean.meta.MetadataLinesTest.clean;
import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import io.corpus.model.Removal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 3 of the header rules: kickers above the headline, author lines under it, dates with
 * times, zones, sections and updates beside them.
 */
class MetadataLinesRound3Test {

  private static final String HEADLINE = "Senate confirms nominee after months of delay";
  private static final LocalDate JAN_15 = LocalDate.of(2025, 1, 15);

  // --- date lines ------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "January 15, 2025 at 10:12 AM GMT+1",
        "15 January 2025 14:38 UTC-5",
        "4:45 AM PDT \u00B7 January 15, 2025",
        "15:40 IST | January 15, 2025",
        "15 January 2025 | Departmental news | Copenhagen",
        "15 January 2025 | Departmental news | Geneva | Reading time: 2 min (514 words)",
        "15 January 2025 Climate and Environment",
        "15 January 2025 Peace and Security",
        "Desk Reports / January 15, 2025, 09:05 IST",
        "Published Wed, Jan 15 2025 2:00 PM EDT Updated Wed, Jan 15 2025 4:41 PM EDT",
        "Posted Wed 15 Jan 2025 at 9:14am, updated Wed 15 Jan 2025 at 1:02pm",
        "Posted: Jan 15, 2025 4:00 PM MST | Last Updated: January 16",
        "Published January 15, 2025 Last updated January 16, 2025",
        "Aired January 15, 2025 - 09:00 ET",
        "Aired on January 15, 2025",
        "Air date: January 15, 2025",
      })
  void dateLinesWithTimesZonesSectionsAndUpdatesGiveTheDate(String line) {
    CorpusDocument doc = clean(HEADLINE + "\n" + line + "\n\n" + BODY + "\n\n" + BODY2);
    assertThat(doc.published()).isEqualTo(JAN_15);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // A time or labels with no date beside them, or labels that read as a sentence, stay.
        "4:45 AM PDT | Departmental news",
        "Last Updated: January 15",
        "15 January 2025 | The minister said, again, that talks would resume",
        "15 January 2025 climate and environment talks resumed",
        "Copenhagen | Geneva | Brussels | Oslo | Rome | January 15, 2025",
        "The group was updated on January 15, 2025",
      })
  void linesThatOnlyLookLikeDateLinesStay(String line) {
    String raw = BODY + "\n\n" + line + "\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
    assertThat(clean(raw).published()).isNull();
  }

  @Test
  void updatedLabelsAreFoundOnlyAsWordsOfTheirOwn() {
    assertThat(DateLineExtractor.updatedLabelAt("Published Jan 15, 2025 Updated Jan 16, 2025")).isEqualTo(23);
    assertThat(DateLineExtractor.updatedLabelAt("Posted Jan 15, 2025, updated Jan 16, 2025")).isEqualTo(21);
    assertThat(DateLineExtractor.updatedLabelAt("Published Jan 15, 2025 Last updated: Jan 16, 2025")).isEqualTo(23);
    assertThat(DateLineExtractor.updatedLabelAt("Updated Jan 16, 2025")).isEqualTo(-1);
    assertThat(DateLineExtractor.updatedLabelAt("The outdated Jan 16 list")).isEqualTo(-1);
    assertThat(DateLineExtractor.updatedLabelAt("Jan 15 2025 Updatedness")).isEqualTo(-1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Departmental news", "Copenhagen", "TOI Sports Desk", "TNN", "Climate and Environment"})
  void shortCapitalizedLabelsAreSectionLabels(String label) {
    assertThat(DateLineExtractor.isSectionLabel(label)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "news", "The minister said, again", "Five words are too many", "Ends in a period.",
      "Quoted \"label\"", "A label that runs well past the forty char limit"})
  void otherPiecesAreNoSectionLabels(String label) {
    assertThat(DateLineExtractor.isSectionLabel(label)).isFalse();
  }

  // --- bylines --------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "business reporter Rachel Clayton; Rachel Clayton",
        "political editor Chris Mason; Chris Mason",
        "Europe correspondent Jessica Parker; Jessica Parker",
        "Rachel Clayton; Rachel Clayton",
        "reporter Clayton; reporter Clayton",
        "the editor in chief of the paper; the editor in chief of the paper",
      })
  void aLeadingRoleInLowerCaseGoesWhenANameStays(String value, String expected) {
    assertThat(BylineExtractor.withoutLeadingRole(value)).isEqualTo(expected);
  }

  @Test
  void aBylineWithARoleBeforeTheNameGivesTheName() {
    CorpusDocument doc = clean(HEADLINE + "\nBy business editor Hamish Pryor\n\n" + BODY);
    assertThat(doc.authors()).containsExactly("Hamish Pryor");
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @Test
  void aNameAnOutletAndALabelledDateOnOneLineGiveAllThree() {
    CorpusDocument doc = clean(HEADLINE + "\nMarcus Leblanc \u00B7 CBC News \u00B7 Posted: Jan 15, 2025 4:00 PM MST"
        + " | Last Updated: January 15\n\n" + BODY);
    assertThat(doc.authors()).containsExactly("Marcus Leblanc");
    assertThat(doc.publisher()).isEqualTo("CBC News");
    assertThat(doc.published()).isEqualTo(JAN_15);
    assertThat(doc.text()).isEqualTo(BODY);
  }

  // --- author lines under the headline ----------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Ingrid Lunden; Ingrid Lunden",
        "Ingrid Lunden and Kif Leswing; Ingrid Lunden|Kif Leswing",
        "Gerry Thornley at Murrayfield; Gerry Thornley",
        "Kif Leswing @in/kifleswing/ @kifleswing; Kif Leswing",
        "Amina Diallo~Senior Fellow, Africa Program; Amina Diallo",
        "Amina Diallo~Senior Fellow, Africa Program~Print~Comment; Amina Diallo",
      })
  void nameLinesBetweenTheHeadlineAndTheBodyAreItsAuthors(String lines, String authors) {
    CorpusDocument doc = clean(HEADLINE + "\n" + lines.replace('~', '\n') + "\n\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(String.join("|", doc.authors())).isEqualTo(authors);
    assertThat(doc.text()).endsWith(BODY).doesNotContain("Diallo").doesNotContain("Fellow");
    assertThat(doc.removals()).extracting(Removal::ruleId).contains(BylineExtractor.ID);
  }

  @Test
  void pageControlsUnderTheAuthorLineGo() {
    CorpusDocument doc = clean(HEADLINE + "\nIngrid Lunden\nComment\nTranslate\n\n" + BODY);
    assertThat(doc.authors()).containsExactly("Ingrid Lunden");
    // The headline step leaves page controls; "Comment" (round 4) and "Translate" (round 6) are
    // page controls of nav.ui-label.
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Social Sharing", "Follow Us", "Authorities Should Close Abusive Centers Now", "Gerry Thornley at the ground in the rain",
        "Kif Leswing @ home", "ingrid lunden",
      })
  void linesOfANamesShapeThatAreNoNamesAreNoAuthors(String line) {
    assertThat(HeadlineExtractor.authorLine(line)).isNull();
  }

  @Test
  void aNameLineNeedsTheBodyAfterIt() {
    String raw = HEADLINE + "\nIngrid Lunden\nThird short line here\nAnd a fourth one\n\n" + BODY;
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).isEmpty();
    assertThat(doc.text()).contains("Ingrid Lunden");
  }

  // --- kickers above the headline -------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Business", "Cricket News", "UN News", "Markets \u203A Europe",
        "Home Environment Flooding and coastal change", "News > World > Europe",
        "The Financial Ledger\nMarkets \u203A Europe", "Press release\nNews\nEurope",
      })
  void sectionAndSiteLabelsAboveTheHeadlineGo(String kickers) {
    CorpusDocument doc = clean(kickers + "\n" + HEADLINE + "\n\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.removals()).extracting(Removal::ruleId).contains(HeadlineExtractor.KICKER_ID);
  }

  @Test
  void aKickerAboveAHeadlineAndDekGoes() {
    String dek = "Asian customers push back projects until consumer demand recovers";
    CorpusDocument doc = clean("Technology\n" + HEADLINE + "\n" + dek + "\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.subtitle()).isEqualTo(dek);
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @Test
  void aSiteNameOfThreeWordsAboveAFullHeadlineIsNoHeadline() {
    CorpusDocument doc = clean("ABC Blue Mountains\n" + HEADLINE + "\nPosted Wed 15 Jan 2025 at 9:14am\n\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.published()).isEqualTo(JAN_15);
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Short lines above a sentence, three short lines, a heading over a short line: all body.
        "Part one\n\nThe crossing\n\n" + BODY,
        "Talks Begin in Geneva\n\nSecond round of talks begins\n\nThird line here\n\n" + BODY,
        "Chapter One:\n\n" + HEADLINE + "\n\n" + BODY,
        "Results\n\nSenate vote\n\n" + BODY,
      })
  void shortLinesAboveTheBodyThatAreNoKickersStay(String raw) {
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(raw);
    assertThat(doc.removals()).extracting(Removal::ruleId).doesNotContain(HeadlineExtractor.KICKER_ID);
  }

  @Test
  void aHeadlineStartingWithHomeIsNoBreadcrumb() {
    assertThat(HeadlineExtractor.isBreadcrumb("Home prices in Auckland post steepest monthly fall")).isFalse();
    assertThat(HeadlineExtractor.isBreadcrumb("Home Environment Flooding")).isTrue();
  }

  @Test
  void kickersStayWhenTheirRuleIsOff() {
    String raw = "Business\n" + HEADLINE + "\n\n" + BODY;
    CorpusDocument off = Cleaner.builder().disable(HeadlineExtractor.KICKER_ID).build().clean(RawDocument.text("t", raw));
    assertThat(off.text()).startsWith("Business");
    assertThat(off.removals()).extracting(Removal::ruleId).doesNotContain(HeadlineExtractor.KICKER_ID);
  }

  @Test
  void theKickerRuleIsListedWithItsDescription() {
    HeadlineExtractor step = new HeadlineExtractor();
    assertThat(step.ruleIds()).contains(HeadlineExtractor.KICKER_ID);
    assertThat(step.description(HeadlineExtractor.KICKER_ID)).contains("above a headline");
  }

  // --- round 3b: outlets and roles on the author line, controls, short openings, ages --------------

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Gwen Hollister | Sun Valley Record; Gwen Hollister; Sun Valley Record",
        "Kyle Fontaine \u00B7 Prairie Broadcasting; Kyle Fontaine; Prairie Broadcasting",
        "Ana Ruiz and Tom Webb \u2014 The Harbor Tribune; Ana Ruiz|Tom Webb; The Harbor Tribune",
        "Helen Ashworth Social affairs correspondent; Helen Ashworth; ",
        "Helen Ashworth Senior Writer; Helen Ashworth; ",
      })
  void anOutletOrARoleOnTheAuthorLineUnderTheHeadline(String line, String authors, String publisher) {
    CorpusDocument doc = clean(HEADLINE + "\n" + line + "\n\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(String.join("|", doc.authors())).isEqualTo(authors);
    assertThat(doc.publisher()).isEqualTo(publisher);
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Gwen Hollister | subscribe now to read more", "Gwen Hollister | Sign up, it is free",
      "Gwen Hollister | Share", "Policy and Research Council Director", "The Senate Rules Committee chair"})
  void linesWithAnOutletOrRoleShapeThatAreNoBylinesStay(String line) {
    assertThat(HeadlineExtractor.readAuthorLine(line)).isNull();
  }

  @Test
  void aLoadingControlBetweenTheAuthorAndTheBodyGoesAsAPageControl() {
    CorpusDocument doc = clean(HEADLINE + "\nIngrid Lunden\nLoading...\n\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.authors()).containsExactly("Ingrid Lunden");
    assertThat(doc.text()).isEqualTo(BODY); // nav.ui-label (round 4); the headline step left it
  }

  @Test
  void aRemovedBylineVouchesForTheHeadlineOverAShortOpening() {
    String opening = "\u201CSubscribe, share and tell a neighbor.\u201D";
    CorpusDocument doc = clean(HEADLINE + "\n\nBy Sofia Marquez\nJanuary 15, 2025\n\n" + opening + "\n\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.text()).isEqualTo(opening + "\n\n" + BODY);
    // With nothing removed between them, a short line over a short sentence is no header.
    String raw = "Three short words\n\n" + opening + "\n\n" + BODY;
    assertThat(clean(raw).title()).isNull();
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "2 days ago on February 12, 2024; February 12, 2024",
        "1 hour ago on Feb 12, 2024; Feb 12, 2024",
        "15 minutes ago, Feb 12, 2024; Feb 12, 2024",
        "2 days ago; 2 days ago",
        "2 dayz ago on February 12, 2024; 2 dayz ago on February 12, 2024",
        "February 12, 2024; February 12, 2024",
      })
  void aRelativeAgeBeforeADateGoes(String value, String expected) {
    assertThat(DateLineExtractor.withoutAge(value)).isEqualTo(expected);
  }

  @Test
  void aPublishedLineWithAnAgeGivesTheDate() {
    CorpusDocument doc = clean(HEADLINE + "\nPublished 2 days ago on January 15, 2025\nBy Chinedu Okafor\n\n" + BODY);
    assertThat(doc.published()).isEqualTo(JAN_15);
    assertThat(doc.authors()).containsExactly("Chinedu Okafor");
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Lotte van Dijk \u00B7 15 January 2025; Lotte van Dijk; 2025-01-15",
        "Lotte Smit | January 15, 2025; Lotte Smit; 2025-01-15",
        "DeShawn Pryor \u2022 January 15, 2025 \u2022 4 min read; DeShawn Pryor; 2025-01-15",
        "Ananya Rao | Mumbai | Updated: Jan 15, 2025 08:14 IST; Ananya Rao; ",
      })
  void aNameAndADateLineUnderTheHeadlineAreItsByline(String line, String author, String date) {
    CorpusDocument doc = clean(HEADLINE + "\n" + line + "\n\n" + BODY);
    assertThat(doc.authors()).containsExactly(author);
    assertThat(doc.published()).isEqualTo(date == null ? null : LocalDate.parse(date));
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @Test
  void aNameAndADateInTheBodyStay() {
    String raw = BODY + "\n\nLotte Smit | January 15, 2025\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
    assertThat(clean(raw).authors()).isEmpty();
  }

  @Test
  void aDateBeforeByGivesTheDateAndTheAuthor() {
    CorpusDocument doc = clean(HEADLINE + "\nPosted on January 15, 2025 by Holly Brennan\n\n" + BODY);
    assertThat(doc.authors()).containsExactly("Holly Brennan");
    assertThat(doc.published()).isEqualTo(JAN_15);
    assertThat(doc.text()).isEqualTo(BODY);
    String kept = BODY + "\n\nPosted on the door by the janitor\n\n" + BODY2;
    assertThat(clean(kept).text()).isEqualTo(kept);
  }

  @Test
  void aTimeBeforeTheDateAndAnUpdateOnTheNextLine() {
    CorpusDocument doc = clean(HEADLINE + "\nBy: Carly Benson\nPosted at 5:47 PM, Jan 15, 2025\nand last updated 8:12 PM,"
        + " Jan 16, 2025\n\n" + BODY);
    assertThat(doc.published()).isEqualTo(JAN_15);
    assertThat(doc.text()).isEqualTo(BODY);
    String kept = BODY + "\n\nand then the talks resumed on Jan 16, 2025\n\n" + BODY2;
    assertThat(clean(kept).text()).isEqualTo(kept);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Published\n3 hours ago", "3 hours ago", "Published 2 days ago", "Updated:\n1 hour ago",
      "Posted 3h ago, updated 1h ago", "Posted 45m ago"})
  void anAgeWithNoDateGoesAndGivesNoDate(String lines) {
    CorpusDocument doc = clean(HEADLINE + "\n" + lines + "\n\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.published()).isNull();
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @Test
  void agesAreOnlyAges() {
    assertThat(DateLineExtractor.isAge("3 hours ago")).isTrue();
    assertThat(DateLineExtractor.isAge("1 day ago")).isTrue();
    assertThat(DateLineExtractor.isAge("three hours ago")).isFalse();
    assertThat(DateLineExtractor.isAge("3 hours ago today")).isFalse();
    assertThat(DateLineExtractor.isAge("3 eons ago")).isFalse();
    assertThat(DateLineExtractor.isAge("about 5 hours ago")).isTrue();
    assertThat(DateLineExtractor.isAge("an hour ago")).isTrue();
    assertThat(DateLineExtractor.isAge("less than a minute ago")).isTrue();
    assertThat(DateLineExtractor.isAge("about the time ago")).isFalse();
    assertThat(DateLineExtractor.isAge("a long time ago")).isFalse();
    String kept = BODY + "\n\nPublished\n\n" + BODY2;
    assertThat(clean(kept).text()).isEqualTo(kept);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Published in Better Builders", "Published in\nBetter Builders"})
  void aMediumPublicationIsThePublisherNotAnAuthor(String publication) {
    CorpusDocument doc = clean(HEADLINE + "\nArjun Mehta\nFollow\n" + publication + "\n\u00B7\n6 min read\n\u00B7\n"
        + "Jan 15, 2025\n--\n3\nListen\nShare\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.authors()).containsExactly("Arjun Mehta");
    assertThat(doc.publisher()).isEqualTo("Better Builders");
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "April 17, 20248:42 AM GMTUpdated 2 hours ago; April 17, 2024 8:42 AM GMT Updated 2 hours ago",
        "January 15, 202510:05 PM ETUpdated January 16, 2025; January 15, 2025 10:05 PM ET Updated January 16, 2025",
        "January 15, 2025 8:42 AM GMT; January 15, 2025 8:42 AM GMT",
        "In 2024, 20248 people; In 2024, 20248 people",
        "The UN Updated its figures; The UN Updated its figures",
      })
  void reutersGluedDateLinesGetTheirBlanksBack(String line, String expected) {
    assertThat(DateLineExtractor.unglued(line)).isEqualTo(expected);
  }

  @Test
  void aGluedReutersDateLineGivesTheDateAndGoes() {
    CorpusDocument doc = clean(HEADLINE + "\n\nBy Natalia Ramos\n\nJanuary 15, 20258:42 AM GMTUpdated 2 hours ago\n\n" + BODY);
    assertThat(doc.published()).isEqualTo(JAN_15);
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @Test
  void anAuthorsAddressAfterTheBylineGoesWithIt() {
    CorpusDocument doc = clean(HEADLINE + "\nBy Brett Sandoval | bsandoval@ovherald.com\nJan 15, 2025\n\n" + BODY);
    assertThat(doc.authors()).containsExactly("Brett Sandoval");
    assertThat(doc.published()).isEqualTo(JAN_15);
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(BylineExtractor.isEmailAddress("bsandoval@ovherald.com")).isTrue();
    assertThat(BylineExtractor.isEmailAddress("@handle")).isFalse();
    assertThat(BylineExtractor.isEmailAddress("a@b")).isFalse();
    assertThat(BylineExtractor.isEmailAddress("write to a@b.com")).isFalse();
  }

  @Test
  void theFirstSeparatorPartsTheNameFromTheRest() {
    CorpusDocument doc = clean(HEADLINE + "\nJordan Pike @jordanpike / 9:00 AM PST \u2022 January 15, 2025\nComment\n\n" + BODY);
    assertThat(doc.authors()).containsExactly("Jordan Pike");
    assertThat(doc.published()).isEqualTo(JAN_15);
    assertThat(doc.text()).isEqualTo(BODY); // "Comment" goes by nav.ui-label (round 4)
  }

  @ParameterizedTest
  @ValueSource(strings = {"You have 2 free articles remaining this month. Subscribe for $1 a week.",
      "You've read 3 of your 5 free articles", "This is your last free article."})
  void meteredPaywallCountersGoAndUncoverTheHeadline(String line) {
    CorpusDocument doc = clean("Local News\n" + line + "\n" + HEADLINE + "\nBy Brett Sandoval\n\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @Test
  void proseAboutFreeArticlesStays() {
    String raw = BODY + "\n\nYou have the right to read five free articles a month, the publisher told subscribers, and"
        + " more if you register.\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void shareArticleViaLinesAreAShareRow() {
    CorpusDocument doc = clean(HEADLINE + "\nPriya Natarajan @PRIYA_NAT\nShare\nShare Article via Facebook\n"
        + "Share Article via Twitter\nShare Article via LinkedIn\nShare Article via Email\n" + BODY);
    assertThat(doc.authors()).containsExactly("Priya Natarajan");
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "From: Department for Environment, Food & Rural Affairs; Department for Environment, Food & Rural Affairs",
        "From: Environment Agency and Natural England; Environment Agency and Natural England",
        "From: Jane Doe <jane@example.org>; ",
        "From: Jane Doe; ",
        "From: the office of the mayor, who said the plan was dead.; ",
        "From: Office; Office",
      })
  void aFromLineNamingAnOrganisationGivesThePublisher(String line, String publisher) {
    assertThat(SourceLineExtractor.fromOrganisation(line)).isEqualTo(publisher);
  }

  @Test
  void aGovUkHeaderGivesTitleDekAndPublisher() {
    String dek = "Funding will pay for CCTV, clean-up crews and rapid removal of dumped waste in 60 council areas";
    CorpusDocument doc = clean("GOV.UK\nHome\nEnvironment\nWaste and recycling\nPress release\n" + HEADLINE + "\n" + dek
        + "\nFrom: Department for Environment, Food & Rural Affairs\nPublished 15 January 2025\n\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.subtitle()).isEqualTo(dek);
    assertThat(doc.publisher()).isEqualTo("Department for Environment, Food & Rural Affairs");
    assertThat(doc.published()).isEqualTo(JAN_15);
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @Test
  void aWordPressShareLabelUnderTheHeadlineGoes() {
    CorpusDocument doc = clean(HEADLINE + "\nBy Chinedu Okafor\nSpread the love\n\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"Arts & Culture | Books; true", "World | Europe; true", "News and Views | Science of Food; true",
      "Biden | Putin talks; false", "Senate votes | House waits for the bill; false", "One | Two | Three; true"})
  void twoSectionNamesAroundABarAreABreadcrumb(String line, boolean breadcrumb) {
    assertThat(HeadlineExtractor.isBreadcrumb(line)).isEqualTo(breadcrumb);
  }

  @Test
  void aSiteAndASectionPairAboveTheHeadlineGo() {
    CorpusDocument doc = clean("Cascade Arts Weekly\nArts & Culture | Books\n\n" + HEADLINE + "\n\nby Danny Okimoto\n"
        + "Jan 15, 2025\n\n" + BODY);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Share: Facebook | X | Email", "Share: Twitter | LinkedIn | Email | Print", "share: facebook"})
  void aLabelledShareRowGoes(String row) {
    CorpusDocument doc = clean(HEADLINE + "\nDeShawn Pryor \u2022 January 15, 2025 \u2022 4 min read\n" + row + "\n" + BODY);
    assertThat(doc.authors()).containsExactly("DeShawn Pryor");
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "PORTLAND, Maine -- January 15, 2025; 2025-01-15",
        "WASHINGTON \u2014 Jan. 15, 2025; 2025-01-15",
        "NEW YORK, NY - January 15, 2025; 2025-01-15",
        "Portland, Maine -- January 15, 2025; ",
        "PORTLAND, Maine -- the council met on January 15, 2025; ",
        "THE CITY COUNCIL OF PORTLAND MAINE STATE -- January 15, 2025; ",
      })
  void aPressReleaseDatelineGivesTheDate(String line, String date) {
    assertThat(DateLineExtractor.placeThenDate(line)).isEqualTo(date == null ? null : LocalDate.parse(date));
  }

  @Test
  void aSourceLineAfterAPressContactGivesThePublisher() {
    CorpusDocument doc = clean(BODY + "\n\n" + BODY2 + "\n\n###\n\nMedia contact:\nLauren Pike, Communications\n"
        + "(207) 555-0188 | lpike@harborview.example.org\n\nSource: Harborview Children's Hospital");
    assertThat(doc.publisher()).isEqualTo("Harborview Children's Hospital");
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void anIsoDateTimeUnderTheHeadlineIsTheDateNotPrintChrome() {
    CorpusDocument doc = clean(HEADLINE + "\n2025-01-15 14:32\nCompiled by Sipho Mahlangu\n\n" + BODY);
    assertThat(doc.published()).isEqualTo(JAN_15);
    assertThat(doc.authors()).containsExactly("Sipho Mahlangu");
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @Test
  void aTimeBeforeADateWithoutACommaAndAnNzPhotoCredit() {
    CorpusDocument doc = clean(HEADLINE + "\n5:00am Wed 15 January 2025\nAroha Tipene\nRural Affairs Reporter\n\n"
        + "Dairy cows grazing near Morrinsville. Photo / Supplied\n\n" + BODY);
    assertThat(doc.published()).isEqualTo(JAN_15);
    assertThat(doc.authors()).containsExactly("Aroha Tipene");
    assertThat(doc.text()).isEqualTo(BODY); // under the header, a short caption with its credit is the lead photo's
  }

  @Test
  void aBylineWithABarLeftAtItsEnd() {
    assertThat(BylineExtractor.withoutTrailingSeparator("Written by Anjali Menon | Thiruvananthapuram |"))
        .isEqualTo("Written by Anjali Menon | Thiruvananthapuram");
    assertThat(BylineExtractor.withoutTrailingSeparator("By Jane Doe")).isEqualTo("By Jane Doe");
    CorpusDocument doc = clean(HEADLINE + "\nWritten by Anjali Menon | Thiruvananthapuram |\n\n" + BODY);
    assertThat(doc.authors()).containsExactly("Anjali Menon");
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @Test
  void aRoleAfterTheNameIsNoSecondAuthor() {
    CorpusDocument doc = clean(HEADLINE + "\nBy Thandiwe Banda, Country Communications Officer\n\n" + BODY);
    assertThat(doc.authors()).containsExactly("Thandiwe Banda");
    assertThat(doc.text()).isEqualTo(BODY);
  }
}
