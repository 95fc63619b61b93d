package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Layouts from the twentieth to twenty-second held-out checks (sets V, W and X): pages flattened
 * by innerText, a menu item a line, so that the header runs to thirty lines; rows of the page's
 * fields under the headline; a dek between the headline and those rows; a bio glued to the
 * story's last word; a company's name shown twice in a tooltip. Each layout with a variant, and
 * the look-alike that must stay. Every case is cleaned twice and must not change.
 */
class HeldOutRound11Test {

  private static final String P1 = "Smallholder farmers in the district say they may lose up to half of this season's maize "
      + "harvest after fertiliser reached selling points nearly six weeks after the first rains.";
  private static final String P2 = "The ministry said on Monday that the delays were caused by the late arrival of consignments "
      + "at the port and a shortage of trucks during the festive season.";
  private static final String HEADLINE = "Late fertiliser leaves district farmers counting losses";
  private static final String DEK = "Ministry blames late arrival of consignments at the port and a shortage of trucks";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  /** A masthead, a menu a line, a breadcrumb and a section label: what innerText makes of a site's header. */
  private static String menu(int items) {
    StringBuilder b = new StringBuilder("Skip to content\nNyasa Daily News\nMalawi's trusted daily since 1994\n");
    String[] names = {"Home", "News", "Business", "Politics", "Sports", "Entertainment", "Opinion", "Columns", "E-Paper",
      "Health", "Education", "Environment", "World", "Africa", "Features", "Letters", "Obituaries", "Videos", "Podcasts",
      "Contact"};
    for (int i = 0; i < items; i++) {
      b.append(names[i % names.length]).append('\n');
    }
    return b.append("Home » Business » ").append(HEADLINE).append("\nBusiness Front Page\n").toString();
  }

  // --- a long flattened header over the headline, its dek and a row of fields --------------------

  @ParameterizedTest
  @ValueSource(ints = {9, 20})
  void aHeaderOfManyMenuLinesIsReadWithItsDekAndFieldRow(int items) {
    String raw = menu(items) + HEADLINE + "\n" + DEK + "\nPosted by: Chikondi Banda | January 14, 2025 | 2 Comments\n"
        + "Print Friendly, PDF & Email\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.subtitle()).isEqualTo(DEK);
    assertThat(doc.authors()).containsExactly("Chikondi Banda");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 1, 14));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aKickerThatNamesAnOfficeIsNoHeadlineOverADek() {
    String raw = "Regjeringen.no\nNorsk\nSearch\nMenu\nMinistries\nGovernment\nDocuments\nNews\nYou are here:\n"
        + "Home / Ministries / Ministry of Climate and Environment / News\nMinistry of Climate and Environment\n"
        + "NOK 240 million for restoring peatlands and wetlands\nPress release | Date: 04/03/2025 | No: 19/2025\n"
        + "Norwegian version of this page\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("NOK 240 million for restoring peatlands and wetlands");
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aProseLineAboveTheHeadlineLeavesTheHeaderUnread() {
    // a sentence over the "headline" is a story's, not a page's furniture: nothing is taken
    String raw = "Home\nNews\nBusiness\nPolitics\nSports\nThe council met on Tuesday to hear the farmers out at last.\n"
        + HEADLINE + "\nPosted by: Chikondi Banda | January 14, 2025 | 2 Comments\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isNull();
    assertThat(doc.text()).contains(HEADLINE).contains("Home");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Posted by: Chikondi Banda | January 14, 2025 | 2 Comments",
    "Posted by: Admin  |  January 14, 2025  |  Press Releases  |  Views: 3,417", "Press release | Date: 14/01/2025 | No: 19/2025",
    "Opinion summary | Decided January 14, 2025", "January 14, 2025 by Hannah Brierley", "2025-01-14 15:41:07 \uD83D\uDC41 1,204",
    "Jan 14, 2025 4:30 PM ET | Corvane Industrial Inc. (CVN) Stock"})
  void aRowOfFieldsWithADateIsRead(String row) {
    assertThat(FieldRow.date(row)).isEqualTo(LocalDate.of(2025, 1, 14));
  }

  @ParameterizedTest
  @ValueSource(strings = {"January 14, 2025", "The meeting on January 14, 2025 was adjourned.", "Press Releases | Views: 3,417",
    "Prices rose again | and again | and again on January 14, 2025 as the city waited for the council to decide anything at all"})
  void aDateAloneOrASentenceIsNoRow(String line) {
    assertThat(FieldRow.date(line)).isNull();
  }

  @Test
  void aRowNamesItsAuthorOnlyWhenItIsAPerson() {
    assertThat(FieldRow.author("Posted by: Chikondi Banda | January 14, 2025 | 2 Comments")).isEqualTo("Chikondi Banda");
    assertThat(FieldRow.author("January 12, 2025 by Hannah Brierley")).isEqualTo("Hannah Brierley");
    assertThat(FieldRow.author("Posted by: ICT Admin | January 14, 2025")).isNull();
    assertThat(FieldRow.statesOnlyAnUpdate("(Last updated: February 13, 2025)")).isTrue();
    assertThat(FieldRow.statesOnlyAnUpdate("Published 12 Feb 2025 | Last updated: February 13, 2025")).isFalse();
  }

  @Test
  void anAuthorLabelAndAMongolianNameUnderTheHeadline() {
    String raw = "UB DAILY HERALD\nHOME\nPOLITICS\nECONOMY\nSOCIETY\nCULTURE\nSOCIETY\n"
        + "Capital to extend free briquette distribution as smog peaks\n2025-01-22 15:41:07 \uD83D\uDC41 1,204\n"
        + "Author: D.Anujin\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Capital to extend free briquette distribution as smog peaks");
    assertThat(doc.authors()).containsExactly("D.Anujin");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 1, 22));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- lines that are no headline, so a second cleaning takes none of them ----------------------

  @ParameterizedTest
  @ValueSource(strings = {"Translate Select Language \u25BC", "Share \u2709 Tweet More", "English translation: Peter Wahl",
    "Reference period: Census night, 24 March 2024", "Fact checked by", "Image via Helix Esports / Dreamhack",
    "Audio is AI-generated. Listen \u25B6"})
  void controlsCreditsAndFieldsAreNoHeadline(String line) {
    assertThat(HeadlineExtractor.headlineShaped(line, 40)).isFalse();
    CorpusDocument doc = clean(line + "\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.title()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Operation Tidewatch: 212 arrests in global crackdown on wildlife trafficking",
    "Public Notice: Public Participation on the County Finance Bill", "Budget 2025: what the minister did not say",
    "Ukraine tensions: Blinken and Lavrov meet in Geneva"})
  void headlinesWithALabelStayHeadlines(String line) {
    assertThat(HeadlineExtractor.headlineShaped(line, 40)).isTrue();
  }

  // --- a site-wide alert bar under a skip link and a translation widget --------------------------

  @Test
  void anAlertBarUnderTheTranslationWidgetGoes() {
    String raw = "Skip to Main Content\nTranslate Select Language \u25BC\nPowered by Google Translate\n"
        + "ALERT: Extreme Cold Warning in effect through Thursday 10 a.m. Warming centers are open. Learn more \u203A\n"
        + P1 + "\n\n" + P2 + "\n";
    assertThat(clean(raw).text()).doesNotContain("ALERT").endsWith(P2);
  }

  @Test
  void theSameAlertInsideTheStoryStays() {
    String alert = "ALERT: Extreme Cold Warning in effect through Thursday 10 a.m. Warming centers are open. Learn more \u203A";
    String raw = P1 + "\n\n" + P2 + "\n\n" + P1.replace("Smallholder", "Some") + "\n\n" + P2.replace("The ministry", "It")
        + "\n\n" + P1.replace("farmers", "growers") + "\n\n" + alert + "\n\n" + P2.replace("Monday", "Friday") + "\n";
    assertThat(clean(raw).text()).contains(alert);
  }

  // --- a bio glued to the story's last word ---------------------------------------------------------

  @Test
  void theAuthorsBioGluedToTheLastSentenceGoes() {
    String raw = "Rail link delayed again as costs rise\nBy Marie Cardinal\n" + P1 + "\n\n" + P2
        + "\n\n\u201cThat is all I can say,\u201d she said.Marie Cardinal is a Local Journalism Initiative reporter with the "
        + "Treaty Six Herald.\n\nYou May Have Missed\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Marie Cardinal");
    assertThat(doc.text()).contains("she said.").doesNotContain("Local Journalism Initiative");
  }

  @Test
  void aSentenceAboutSomeoneElseGluedOnStays() {
    String tail = "\u201cThat is all I can say,\u201d she said.Paul Okafor is a reporter who broke the story in 2019.";
    String raw = "Rail link delayed again as costs rise\nBy Marie Cardinal\n" + P1 + "\n\n" + P2 + "\n\n" + tail + "\n";
    assertThat(clean(raw).text()).endsWith(tail);
  }

  // --- a company's or a firm's name shown twice in a tooltip ------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Brightwater Pharmaceuticals Inc.", "Quill & Harrow LLP", "Jake von der Leyen"})
  void aNameShownTwiceOpensItsTooltip(String name) {
    String raw = P1 + "\n\nThe case returns to court. The company is represented by " + name + name
        + "Quill hires ex-SEC enforcement deputyFirm opens Miami officeMORE, which declined to comment.\n\n" + P2 + "\n";
    assertThat(clean(raw).text()).contains("represented by " + name + ", which declined to comment.");
  }

  // --- a date row under a menu's "Contacts" is no phone number --------------------------------------

  @Test
  void aDateAndTimeRowEndsAContactBlock() {
    String raw = "Skip to main content\nEesti Vabariigi Valitsus\nRepublic of Estonia Government\nET\nEN\nRU\nSearch\nMenu\n"
        + "Government\nNews\nMedia\nContacts\nYou are here\nHome \u00BB News \u00BB Press releases\n"
        + "Government approves draft act on digital referendums\n14.03.2024 | 12:47\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Government approves draft act on digital referendums");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 3, 14));
  }

  @Test
  void aLabelDoubledBeforeProseIsNoTooltip() {
    String line = "Here's how you knowHere's how you know Secretary Blinken said the meeting was unlikely.Antony BlinkenAntony "
        + "BlinkenNorth Korea conducts missile test MORE said on Sunday.";
    String text = clean(P1 + "\n\n" + line + "\n\n" + P2 + "\n").text();
    assertThat(text).contains("Secretary Blinken said the meeting was unlikely.").doesNotContain("North Korea");
  }

  // --- a footer's links one a line, among lines the link list does not know ----------------------

  @Test
  void threeFooterLinksWithinFiveLinesTakeTheTrailingRun() {
    String tail = "In Other News\nRGV teen wins national robotics award\nWatch more from KRGT 5 on YouTube\nEmail Address\nSign Up\n"
        + "Privacy Policy\nSite Map\nContact Us\nEEO Report\nFCC Public File\nClosed Captioning/Audio Description\n"
        + "Terms of Service\nAd Choices\n";
    String text = clean(P1 + "\n\n" + P2 + "\n\n" + tail).text();
    assertThat(text).doesNotContain("Privacy Policy").doesNotContain("Ad Choices").doesNotContain("EEO Report").startsWith(P1);
  }

  @Test
  void aListEndingTheTextWithTwoLinkWordsStays() {
    String list = "Things to bring:\nWater\nA map\nContact details\nHelp\nA torch\nSpare batteries\n";
    String raw = P1 + "\n\n" + P2 + "\n\n" + list;
    assertThat(clean(raw).text()).endsWith("Spare batteries");
  }

  // --- "Also Read" between paragraphs links one story --------------------------------------------

  @Test
  void alsoReadTakesItsOneTitleNotTheSectionUnderIt() {
    String raw = P1 + "\n\nAlso Read\nHow Pillay went from club cricket to final hero in 18 months\nBrief scores\n"
        + "Coastal Sharks 187/6 (20 ov): T Mokoena 78 (41b), J van Wyk 44 (35b); L Ngcobo 2/31\n"
        + "Inland Eagles 164 (19.4 ov): K Petersen 38 (24b); R Pillay 4/22\nCoastal Sharks won by 23 runs\n\n" + P2 + "\n";
    String text = clean(raw).text();
    assertThat(text).doesNotContain("Also Read").doesNotContain("How Pillay went")
        .contains("Brief scores").contains("Coastal Sharks 187/6").contains("Coastal Sharks won by 23 runs");
  }

  // --- pages printed from the browser: wrapped text, the address over the counter, a stamp and a title ---

  private static final String[] SPEECH = {
    "Let me begin by thanking the Association for once again inviting the Central Bank to address this",
    "dinner. It is a tradition I value, because it gives us an opportunity to speak frankly, among",
    "friends, about the state of our financial system and the challenges that lie ahead.",
    "Four years ago, when I last stood at a podium like this one, we were still counting the cost of the",
    "pandemic. Tourism arrivals had collapsed, unemployment had doubled, and many of you were working",
    "through thousands of loan moratorium requests from households and businesses who could not make",
    "their payments. Since then we have had a war in Europe, the sharpest rise in global interest rates",
    "in forty years, a surge in food and fuel prices, and two near-misses from major hurricanes."};

  @Test
  void aWrappedTextUnderLongerUnwrappedLinesIsJoined() {
    String header = "Building Resilience in an Age of Shocks \u2013 Central Bank of Barbados https://www.centralbank.org.bb/news/speeches/resilience\n"
        + "Remarks by the Governor of the Central Bank of Barbados at the Barbados Bankers\u2019 Association Annual Dinner, Hilton Resort\n";
    String body = String.join("\n", SPEECH);
    String text = clean(header + body + "\n" + body.replace("Four years", "Five years") + "\n").text();
    assertThat(text).contains("to address this dinner. It is a tradition").contains("counting the cost of the pandemic.");
  }

  @Test
  void theAddressOverTheCounterAndARepeatedStampedTitleGo() {
    String page = "https://www.commercestandard.com/finance/banking/regional-banks-office-loans\n1/2\n"
        + "1/14/25, 7:42 AM Regional banks brace for a second wave of office-loan losses\n";
    String raw = "1/14/25, 7:42 AM Regional banks brace for a second wave of office-loan losses\n" + P1
        + "\nThe banks said on Monday that the delays were caused by\n" + page + "the late arrival of the figures.\n\n" + P2
        + "\nhttps://www.commercestandard.com/finance/banking/regional-banks-office-loans\n2/2\n";
    String text = clean(raw).text();
    assertThat(text).doesNotContain("https://").doesNotContain("7:42 AM").doesNotContain("1/2")
        .contains("caused by the late arrival of the figures.");
  }

  @Test
  void aPublishersNameAfterTheTitleGoes() {
    assertThat(io.corpus.clean.CleanerTitles.withoutPublisherSuffix("Vendas caem 12,4% - InfoMercado", "InfoMercado"))
        .isEqualTo("Vendas caem 12,4%");
    assertThat(io.corpus.clean.CleanerTitles.withoutPublisherSuffix("Vendas caem | infomercado", "InfoMercado")).isEqualTo("Vendas caem");
    assertThat(io.corpus.clean.CleanerTitles.withoutPublisherSuffix("Life after InfoMercado", "InfoMercado"))
        .isEqualTo("Life after InfoMercado");
    assertThat(io.corpus.clean.CleanerTitles.withoutPublisherSuffix("InfoMercado", "InfoMercado")).isEqualTo("InfoMercado");
  }

  // --- a date glued to the headline by textContent ------------------------------------------------

  @Test
  void aDateGluedToTheHeadlineIsReadOffIt() {
    String raw = "Federal Trade Commission\nNews and Events\nFor Release\nFebruary 20, 2024FTC Sends More Than $4.2 Million in Refunds\n"
        + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("FTC Sends More Than $4.2 Million in Refunds");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 2, 20));
    assertThat(DateLineExtractor.gluedDateEnd("20 February 2024Ministry announces")).isEqualTo(16);
    assertThat(DateLineExtractor.gluedDateEnd("In 2024Q3 revenue rose")).isZero();
    assertThat(DateLineExtractor.gluedDateEnd("February 20, 2024 FTC Sends")).isZero();
  }

  @Test
  void aTickersItemOverTheHeadlineIsNoSecondHeadline() {
    String raw = "Nile Dispatch\nIndependent news from Sudan and the region\nHome\nSudan\nDarfur\nEconomy\nOpinion\nBREAKING\n"
        + "Port Sudan airport resumes limited civilian flights to Cairo\nHumanitarian\n" + HEADLINE
        + "\nPosted by: Chikondi Banda | January 14, 2025 | 2 Comments\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- an example a glossary sets apart under "Example:" --------------------------------------------

  @Test
  void aCaptionsCreditUnderExampleStays() {
    String example = "Firefighters battle a blaze on Elm Street on Tuesday. (Photo by Sam Whitlock / Hartwell Daily)";
    String raw = P1 + "\n\nCutline\nAnother word for a photo caption. Cutlines end with a photo credit.\nExample:\n" + example
        + "\nJump\nWhen a story continues on another page.\n\n" + P2 + "\n";
    assertThat(clean(raw).text()).contains(example);
  }

  @Test
  void theSameCaptionInAStoryLosesItsCredit() {
    String raw = P1 + "\n\nFirefighters battle a blaze on Elm Street on Tuesday. (Photo by Sam Whitlock / Hartwell Daily)\n\n" + P2 + "\n";
    assertThat(clean(raw).text()).doesNotContain("Photo by");
  }

  // --- a broadcaster's header: byline and date over the headline, share links and a short link under it ---

  @Test
  void aSummaryBoxOpensTheBodyUnderTheShareLinks() {
    String raw = "ABN News\nNews Home\nJust In\nLocal\nPolitics\nWorld\nBusiness\nBy Hannah Cotter and Josh Ambrose\nTopic:Floods\n"
        + "Posted 4h ago4 hours agoTue 4 Mar 2025 at 5:12am, updated 1h ago\n" + HEADLINE + "\nShare\nCopy link\nFacebook\n"
        + "X (formerly Twitter)\nabn.net.au/news/farmers-counting-losses/105012346\nIn short:\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.authors()).containsExactly("Hannah Cotter", "Josh Ambrose");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(doc.text()).isEqualTo("In short:\n\n" + P1 + "\n\n" + P2);
  }

  @Test
  void agesGluedToADateGo() {
    assertThat(DateLineExtractor.withoutGluedAges("Posted 4h ago4 hours agoTue 4 Mar 2025 at 5:12am"))
        .isEqualTo("Posted Tue 4 Mar 2025 at 5:12am");
    assertThat(DateLineExtractor.withoutGluedAges("Posted 3 hours ago")).isEqualTo("Posted 3 hours ago");
    assertThat(DateLineExtractor.withoutGluedAges("a long time agoThe")).isEqualTo("a long time agoThe");
  }

  // --- a tabloid's byline glued to its label, and its sign-up box between paragraphs -----------------

  @Test
  void aBylineGluedToItsLabelAndASignUpBoxBetweenParagraphs() {
    String box = "Get the biggest Daily Beacon stories by email\nSign up\nInvalid email\nWe use your sign-up to provide content in ways "
        + "you've consented to and to improve our understanding of you.\nThank you for subscribing!\nWe have more newsletters Show me\n"
        + "See our privacy notice\n";
    String raw = "Daily Beacon\nNews\nUK News\n" + HEADLINE + "\nByKerry Whitlock Senior Reporter\n08:12, 9 Jan 2025Updated10:45, 9 Jan 2025\n"
        + P1 + "\n\n" + box + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Kerry Whitlock");
    assertThat(doc.text()).doesNotContain("Jan 2025").doesNotContain("Invalid email").doesNotContain("Thank you for subscribing").doesNotContain("privacy notice");
  }

  @Test
  void aSentenceThatThanksSubscribersStays() {
    String line = "Thank you for subscribing to the paper for forty years, the editor wrote to Mrs Pryce last spring.";
    String raw = P1 + "\n\n" + line + "\n\n" + P2 + "\n";
    assertThat(clean(raw).text()).contains(line);
  }
}
