package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Layouts from the twenty-third to twenty-fifth held-out checks (sets Y, Z and AA): a site's
 * header under a banner's or a cookie notice's sentence, a page of questions and answers, a life's
 * span and a programme's day that read as date lines. Each layout with a variant, and the
 * look-alike that must stay. Every case is cleaned twice and must not change.
 */
class HeldOutRound12Test {

  private static final String P1 = "On Tuesday, deputies recovered a compact tractor and a flatbed trailer that had been reported "
      + "stolen from a farm south of the county seat earlier this month.";
  private static final String P2 = "The owner reported the theft on February 11, telling deputies the tractor had been parked "
      + "behind a barn for the winter and was last seen three days earlier.";
  private static final String HEADLINE = "Stolen tractor recovered, Haskell man arrested";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  // --- a banner's sentence over the site's header ------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
    "Create a Website Account - Manage notification subscriptions, save form progress and more.",
    "We'd also like to use analytics cookies so we can understand how you use the service and make improvements."
  })
  void aHeaderUnderABannersSentenceIsReadWithTheBanner(String banner) {
    String raw = banner + "\nWebsite Sign In\nSearch\nPell County, OK\nDepartments\nGovernment\nResidents\nBusiness\n"
        + "Home\nNews Flash\nSheriff's Office News\n" + HEADLINE + "\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aBreadcrumbTrailVouchesForAHeaderUnderAnAlert() {
    String raw = "Kolob Road is closed at Mile 9 due to rockfall until further notice.\nDismiss\n"
        + "Home › Newsroom › News releases\n" + HEADLINE + "\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aBannerFarDownIsNoBanner() {
    // nine lines of prose over the menu: a story's start, not a banner; nothing is taken
    StringBuilder raw = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      raw.append("Line ").append(i + 1).append(" of the story tells how the growers met on a cold morning.\n");
    }
    raw.append("Home\nSearch\nNews\nSport\n").append(HEADLINE).append('\n').append(P1).append("\n\n").append(P2).append('\n');
    CorpusDocument doc = clean(raw.toString());
    assertThat(doc.title()).isNull();
    assertThat(doc.text()).startsWith("Line 1 of the story").contains(HEADLINE);
  }

  @Test
  void aFooterUnderATranscriptIsNoHeader() {
    String raw = "WHITCOMB: Welcome back. We are continuing to follow the storm in the Gulf tonight.\n"
        + "Return to Transcripts main page\nSearch ANN...\nUS | World | Politics | Business | Opinion | Health | Video\n"
        + "Terms of Use Privacy Policy Ad Choices Accessibility About Newsletters Transcripts\n"
        + "© 2024 Atlantic News Network. A Meridian Media Company. All Rights Reserved.\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isNull();
    assertThat(doc.text()).startsWith("WHITCOMB: Welcome back.");
  }

  @Test
  void aListUnderAParagraphIsNoMenuAndItsHeadingNoHeadline() {
    // short lines under prose with no site's menu word among them: an article's own list and section
    String raw = "The orchard grows four varieties, and the growers say each has a season of its own.\nApples\nPears\n"
        + "Plums\nCherries\nWhy the growers prefer late varieties\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isNull();
    assertThat(doc.text()).startsWith("The orchard grows").contains("Apples").contains("Pears").contains("Plums")
        .contains("Cherries").contains("Why the growers prefer late varieties");
  }

  // --- questions and answers ---------------------------------------------------------------------

  @Test
  void aFaqsFirstQuestionIsNoHeadline() {
    String q1 = "Do I need a library card to use the computers?";
    String a1 = "Yes. You need a library card in good standing, or a guest pass from the front desk.";
    String q2 = "How do I sign in?";
    String a2 = "Enter your library card number and your PIN. Ask at the front desk if you have forgotten it.";
    String raw = "Fernvale Public Library\nMy Account\nLog In\nCatalog\nEvents\nServices\nAbout\nHome › Help › FAQ\n"
        + "Frequently Asked Questions\nExpand all | Collapse all\nComputers, printing and your account\n" + q1 + "\n" + a1
        + "\nBack to top\n" + q2 + "\n" + a2 + "\nBack to top\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isNotEqualTo(q1);
    assertThat(doc.text()).contains(q1 + "\n\n" + a1).contains(q2 + "\n\n" + a2);
  }

  @Test
  void aQuestionHeadlineOverAStoryIsStillTheHeadline() {
    String head = "Will the new bypass finally end the town's traffic jams?";
    String raw = "Home\nNews\nSport\nBusiness\nSearch\n" + head + "\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(head);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- dates that are no date lines ----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"March 3, 1941 – February 26, 2024", "3 March 1941 - 26 February 2024", "12 May 2025 to 18 May 2025"})
  void aSpanOfTwoDatesIsNoDateLine(String span) {
    assertThat(DateLineExtractor.parse(span)).isNull();
    assertThat(DateLineExtractor.isDateSpan(span)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"November 18, 2021", "Nov 14, 2023 - 4:12 PM", "Published: 12 May 2025 - 09:40"})
  void aDateWithItsTimeIsStillADateLine(String line) {
    assertThat(DateLineExtractor.isDateSpan(line)).isFalse();
    assertThat(DateLineExtractor.parse(line)).isNotNull();
  }

  @Test
  void anObituarysLifeSpanStaysAndGivesNoPublishedDate() {
    String raw = "Eleanor Ruth Vance\n\nMarch 3, 1941 – February 26, 2024\n\nEleanor Ruth (Haugen) Vance, 82, of Willow Falls, "
        + "passed away peacefully on Monday, February 26, 2024, surrounded by her family. She taught second grade for 31 years.\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isNull();
    assertThat(doc.text()).contains("March 3, 1941 – February 26, 2024");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Day 1 – Wednesday 17 September 2025", "Week 3: 14 April 2025", "Session 2 - 10 March 2025"})
  void aProgrammesNumberedDayIsNoDateLine(String line) {
    assertThat(DateLineExtractor.startsWithNumberedPart(line)).isTrue();
    assertThat(DateLineExtractor.parse(line)).isNull();
    String raw = "Programme\n\n" + line + "\n\n09:00 Registration and coffee in the foyer. The doors open at half past eight.\n\n"
        + "10:00 Opening keynote in the main hall. Seats are not reserved.\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isNull();
    // (at the top under a label the day may head the page: then it is the title, never lost)
    assertThat(line.equals(doc.title()) || doc.text().contains(line)).isTrue();
  }

  @Test
  void aDayOfTheWeekIsNoNumberedPart() {
    assertThat(DateLineExtractor.startsWithNumberedPart("Day of action: 12 May 2025")).isFalse();
    assertThat(DateLineExtractor.parse("Monday, 12 May 2025")).isNotNull();
    assertThat(DateLineExtractor.parse("Monday, 12 May 2025").published()).isEqualTo(LocalDate.of(2025, 5, 12));
  }

  // --- what a second cleaning would read differently -----------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"BREAKING: Fire guts Ladipo auto spare parts market", "JUST IN: Senate passes the budget bill"})
  void aTickersLabelIsNoSpeakersLabel(String line) {
    assertThat(io.corpus.clean.internal.TextLines.isBodyLine(line)).isFalse();
    assertThat(io.corpus.clean.internal.TextLines.isBodyLine("SENATOR SMITH: We will not support this bill.")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Photo of a ferry arriving at Brodick", "61,408 views Mar 3, 2025 Shop Projects", "1.2K plays",
    "Filed under Bulletins", "Add to calendar", "Why you can trust The Harbour Standard",
    "Opinion summary | Decided February 20, 2025", "Heard on The Morning Line", "This page refreshes automatically every 5 minutes. Last updated: 11:47 PM, March 11, 2025"})
  void aPagesLeftoverIsNoHeadline(String line) {
    assertThat(HeadlineExtractor.headlineShaped(line, 40)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Photographers of the year gather in Arles", "61 views of Mount Fuji go on show in Kyoto"})
  void headlinesThatStartSoStayHeadlines(String line) {
    assertThat(HeadlineExtractor.headlineShaped(line, 40)).isTrue();
  }

  @Test
  void aBreakingTickerOverTheHeadlineLeavesTheBylineAndDateToTheHeader() {
    String raw = "DAILY LANTERN\nHome\nNews\nPolitics\nBusiness\nSports\n"
        + "BREAKING: Fire guts Ladipo auto spare parts market\nOgun cassava farmers count losses as prices crash\n"
        + "Adeola Badru\n14th March 2024\n\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(doc.text()).endsWith(P1 + "\n\n" + P2).doesNotContain("14th March 2024");
  }

  @Test
  void theFirstPublicationAtTheEndGoesThoughTheHeaderGaveAnotherDay() {
    String raw = "PUBLISHED: March 11, 2025 at 6:00 a.m.\n\n" + P1 + "\n\n" + P2 + "\n\n"
        + "Originally Published: March 10, 2025 at 9:15 p.m.\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(DateLineExtractor.statesFirstPublication("Originally Published: March 10, 2025")).isTrue();
    assertThat(DateLineExtractor.statesFirstPublication("The story was first published in 1952.")).isFalse();
  }

  // --- a headline under the page's trail ---------------------------------------------------------

  @Test
  void aHeadlineUnderTheTrailIsReadOverUnknownFurniture() {
    String head = "Melton Hospital Fast-Tracked For Growing West";
    String raw = "Premier of Victoria\nSearch\nMedia releases\nPremier\nMinisters\nContact\nHome » Media releases\n" + head
        + "\nMedia release\nFrom\nThe Hon Marcus Delaney MP\nPremier\nThe Hon Rebecca Tanaka MP\nMinister for Health\n"
        + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(head);
    // the lines under it stay: what they are is not known
    assertThat(doc.text()).startsWith("Media release").contains("Minister for Health").endsWith(P2).doesNotContain("Ministers");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Home » Media releases", "Home / Kitchen / Small Appliances / Kettles", "News › Sheriff's Office › Releases"})
  void pageTrails(String line) {
    assertThat(HeadlineExtractor.isPageTrail(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Posted by ICT Admin | April 3, 2025 | Notices | 0 Comments", "Red / Green", "Homeowners / buyers / sellers",
    "News / 12 March 2025 / Updates"})
  void rowsThatAreNoTrails(String line) {
    assertThat(HeadlineExtractor.isPageTrail(line)).isFalse();
  }

  @Test
  void aDocumentsHeadingUnderAFieldRowIsNoHeadline() {
    String heading = "PUBLIC PARTICIPATION ON THE KERICHO COUNTY FINANCE BILL, 2025";
    String raw = "Public Notice: Public Participation on the Kericho County Finance Bill, 2025\n"
        + "Posted by ICT Admin | April 3, 2025 | Notices | 0 Comments\n\n" + heading + "\n\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isNotEqualTo(heading);
    assertThat(doc.text()).contains(heading);
  }

  @Test
  void aHeadlineUnderASitesMenuIsReadOverAFewUnknownLines() {
    String head = "Minister Breen announces €48 million to bring vacant council homes back into use";
    String raw = "Gaeilge\nSearch\nSearch gov.ie\nMenu\nHome\nPress release\n" + head + "\n"
        + "From Department of Housing, Local Government and Heritage\nPart of\nHousing for All\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(head);
    assertThat(doc.text()).doesNotContain("Gaeilge").contains("Housing for All").endsWith(P2);
  }

  @Test
  void aMenusLastItemIsNoHeadline() {
    // a menu item of four words under the menu is the menu's, not a headline
    String raw = "Welcome to the United Nations\nHome\nSecretary-General\nGeneral Assembly\nSecurity Council\n"
        + "Economic and Social Council\nMeetings Coverage\n" + P1 + "\n\n" + P2 + "\n";
    assertThat(clean(raw).title()).isNotEqualTo("Economic and Social Council");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Expand all | Collapse all", "Expand All  |  Collapse All"})
  void aFaqsExpandControlsGo(String controls) {
    assertThat(clean(P1 + "\n\n" + controls + "\n\n" + P2 + "\n").text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$24m for new Northland marine hub", "£1.2bn plan to rebuild the county's bridges", "€48 million for vacant homes"})
  void aHeadlineMayOpenWithASum(String line) {
    assertThat(HeadlineExtractor.headlineShaped(line, 40)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"$649 at Amazon", "$79.99", "$ 24m for new Northland marine hub"})
  void aPriceWithItsShopIsNoHeadline(String line) {
    assertThat(HeadlineExtractor.headlineShaped(line, 40)).isFalse();
  }

  @Test
  void aSumHeadlineUnderAMinistersMenuIsRead() {
    String head = "$24m for new Northland marine hub";
    String raw = "Beehive.govt.nz logo\nSearch\nMenu\nReleases\nSpeeches\nFeatures\nMinisters\nRelease\n" + head
        + "\nHon Rawiri Parata\nRegional Development\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(head);
    assertThat(doc.text()).endsWith(P1 + "\n\n" + P2).doesNotContain("Speeches");
  }

  // --- authors ---------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Regional Development", "Meetings Coverage", "Watch Live", "Cedar Hollow Unified School District"})
  void labelsUnderAHeadlineAreNoNames(String s) {
    assertThat(io.corpus.clean.internal.PersonNames.isName(s)).isFalse();
  }

  @Test
  void aSpanishBylineGivesTheName() {
    assertThat(BylineExtractor.parse("Por María Fernanda Ruiz").names()).containsExactly("María Fernanda Ruiz");
    assertThat(BylineExtractor.parse("Por qué subió el precio del agua")).isNull();
    assertThat(io.corpus.clean.internal.PersonNames.isName("Rawiri Parata")).isTrue();
  }

  @Test
  void aUkPolicePagesSlashedDateReadsDayFirst() {
    String raw = "Published: 11:02 10/03/2025\n\nOfficers are appealing for witnesses after a man was assaulted outside a "
        + "community centre in Kettering on Saturday night. He was taken to hospital with serious injuries.\n\n"
        + "Anyone with information should call 101. In an emergency, always call 999.\n";
    assertThat(clean(raw).published()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(DateLineExtractor.readsBritish("Meet at the community centre. In an emergency, call 999.")).isTrue();
    assertThat(DateLineExtractor.readsBritish("Meet at the community center. In an emergency, call 911.")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"By Noa Levinson13 March 2025, 3:42 pm Edited 13 March 2025, 6:15 pm",
    "By Noa Levinson | 13 March 2025, 3:42 pm | Edited 13 March 2025, 6:15 pm"})
  void aBylineGluedToItsDateAndEditStampGivesNameAndDate(String line) {
    BylineExtractor.Byline b = BylineExtractor.parse(line);
    assertThat(b).isNotNull();
    assertThat(b.names()).containsExactly("Noa Levinson");
    assertThat(b.date()).isEqualTo(LocalDate.of(2025, 3, 13));
  }

  @Test
  void aNameGluedToSomethingElseIsNoDate() {
    assertThat(BylineExtractor.withNameUnglued("By Jane Doe2 others contributed")).isEqualTo("By Jane Doe2 others contributed");
    assertThat(BylineExtractor.withNameUnglued("By Noa Levinson13 March 2025")).isEqualTo("By Noa Levinson | 13 March 2025");
  }
}
