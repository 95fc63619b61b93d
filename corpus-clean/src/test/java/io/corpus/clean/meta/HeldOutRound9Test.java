package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Layouts from the fourteenth and fifteenth held-out checks (sets P and Q): bylines with a follow
 * button, a name and a date with only the columns' spaces between them, picture credits with a
 * picture word or an agency's number. Each layout with a variant or two, and the look-alike that
 * must stay. Every case is cleaned twice and must not change.
 */
class HeldOutRound9Test {

  private static final String P1 = "The Knesset Interior Committee on Wednesday approved for its first reading a bill that would "
      + "require local authorities to install shade at every bus stop used by more than 300 passengers a day.";
  private static final String P2 = "Under the proposal, cities and regional councils would have five years to cover the stops, "
      + "either with shelters or with trees, and would have to publish a list of uncovered stops.";

  private static final String TOP = "The Tel Aviv Courier\nIsrael & the Region   Israel Inside   Jewish Times   Opinion   Podcasts\n"
      + "Israel Inside\nKnesset panel advances bill requiring shade at busiest bus stops\n";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  /** The cleaned text of a bylined story with {@code line} after its two paragraphs. */
  private static String afterTheStory(String line) {
    return clean(TOP + "By Noa Ben-Haim\n" + P1 + "\n" + P2 + "\n" + line + "\n").text();
  }

  /** The cleaned text of a bylined story with {@code line} between its two paragraphs. */
  private static String withinTheStory(String line) {
    return clean(TOP + "By Noa Ben-Haim\n" + P1 + "\n" + line + "\n" + P2 + "\n").text();
  }

  // --- a follow button in the byline ----------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"By Noa Ben-Haim   Follow   12 March 2025, 4:31 pm", "By Noa Ben-Haim Follow\n12 March 2025",
    "By Noa Ben-Haim + Follow\n12 March 2025", "Written by Noa Ben-Haim   Follow author\n12 March 2025"})
  void aFollowButtonIsNoPartOfTheName(String byline) {
    CorpusDocument doc = clean(TOP + byline + "\n" + P1 + "\n" + P2 + "\n");
    assertThat(doc.authors()).containsExactly("Noa Ben-Haim");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aSurnameThatStartsWithFollowStays() {
    CorpusDocument doc = clean(TOP + "By Amy Follows\n12 March 2025\n" + P1 + "\n" + P2 + "\n");
    assertThat(doc.authors()).containsExactly("Amy Follows");
  }

  @Test
  void aFollowBeforeOtherWordsIsLeftToTheOtherRules() {
    assertThat(BylineExtractor.withoutFollowButton("By Noa Ben-Haim Follow the money")).isEqualTo("By Noa Ben-Haim Follow the money");
    assertThat(BylineExtractor.withoutFollowButton("Follow 12 March 2025")).isEqualTo("Follow 12 March 2025");
  }

  // --- a name and a date with only spaces between them ----------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Olivia Marchbank   12 March 2025", "Olivia Marchbank March 12, 2025",
    "Olivia Marchbank-Hale 12 March 2025 09:14"})
  void aNameRunIntoItsDateUnderTheHeadlineIsTheByline(String line) {
    String raw = "Cellar & Vine\nNews   Wine Reviews   Learn   Travel   Events   Premium   Shop\nNews\n"
        + "English wine harvest falls by half after wet summer and spring frost\n"
        + "Growers in Sussex and Kent report their smallest crop since 2012\n" + line + "\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("English wine harvest falls by half after wet summer and spring frost");
    assertThat(doc.authors()).hasSize(1).allMatch(a -> a.startsWith("Olivia Marchbank"));
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aNameAndADateInTheBodyStay() {
    String line = "Olivia Marchbank 12 March 2025";
    String raw = "English wine harvest falls by half after wet summer and spring frost\nBy Tom Aldridge\n"
        + P1 + "\nThe tasting panel was:\n" + line + "\n" + P2 + "\n";
    assertThat(clean(raw).text()).contains(line);
  }

  // --- picture credits -----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Image © Corbridge Animal Photography", "Photo © Corbridge Animal Photography",
    "Picture: © Lisa Hartmann", "Image ©Getty Images"})
  void aCopyrightCreditWithAPictureWordEndsACaption(String credit) {
    String caption = "Some practices have begun prioritising kittens for primary courses. " + credit;
    CorpusDocument doc = clean(TOP + "By Noa Ben-Haim\n12 March 2025\n" + caption + "\n" + P1 + "\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aSentenceAboutAnImagesCopyrightStays() {
    String line = "The museum bought the photograph in 1998. Image © rights were disputed for a decade.";
    assertThat(withinTheStory(line)).contains(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(Olivia Fitoussi-Dror/Flash90)", "(Yonatan Sindel/Flash90)", "(Jane Doe/Pix11)"})
  void aPhotographersCreditWithAnAgencysNumberEndsACaption(String credit) {
    String caption = "Passengers wait at an uncovered bus stop in Be’er Sheva, August 2024. " + credit;
    CorpusDocument doc = clean(TOP + "By Noa Ben-Haim\n12 March 2025\n" + caption + "\n" + P1 + "\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo("Knesset panel advances bill requiring shade at busiest bus stops");
  }

  @Test
  void aParenthesisWithAModelNumberStays() {
    String line = "The council bought two buses from the same maker last year. (Volvo/B8RLE)";
    assertThat(withinTheStory(line)).contains(line);
  }

  // --- a broadcaster's schedule and a membership pitch at the end -----------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Watch PSB News at 6pm on PSB TV 2 and listen on PSB Radio 89.9 FM",
    "Watch GIS News weeknights at 6:30 p.m. on GIS TV", "Watch council meetings live on Channel 8 or at fairhaven.gov/live"})
  void aBroadcastersScheduleGoes(String line) {
    assertThat(afterTheStory(line)).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Watch for deer on rural roads at dusk, especially on weekends.",
    "Watch the water level in the creek and leave early if it rises."})
  void adviceToWatchSomethingStays(String line) {
    assertThat(afterTheStory(line)).endsWith(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "You’re a dedicated reader. That’s why we started the Courier Community: ad-free reading and exclusive content. Join now",
    "The Courier International newsletter: the best of our reporting from Israel and the region, every Friday. Sign up for free",
    "Support local journalism. The Derwent Ledger is free to read and reader-funded. Become a supporter",
    "Support independent tech journalism. Become a Kernel NZ supporter from $5 a month.",
    "The Bristol Wire is owned by its members. Join from £4 a month and help us hold power to account."})
  void aMembershipPitchEndingTheStoryGoes(String pitch) {
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\n" + P2 + "\n" + pitch + "\nShare   Facebook   Email\n"
        + "© 2025 The Tel Aviv Courier   About   Contact   Privacy\n";
    assertThat(clean(raw).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Membership of the club costs from £4 a month, and juniors join free.",
    "“Join from £4 a month and help us hold power to account,” the co-operative’s first leaflet read.",
    "The campaign’s slogan was printed on every leaflet: support local journalism, and become a supporter.",
    "Readers can still sign up"})
  void aSentenceAboutMembershipStays(String line) {
    assertThat(afterTheStory(line)).endsWith(line);
  }

  // --- a press contact's address and number in one row ----------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Media enquiries: media@ramint.example   02 6202 5555", "Media contact: +61 2 6202 5555 media@ramint.example"})
  void aContactLabelWithAnAddressAndANumberGoes(String line) {
    assertThat(afterTheStory(line)).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aSentenceWithAnAddressAndANumberStays() {
    String line = "Media enquiries: the office answers at media@ramint.example, 02 6202 5555, only on weekdays.";
    assertThat(afterTheStory(line)).endsWith(line);
  }

  // --- set Q: page words a story quotes -------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Continue reading", "Read more", "Subscribe", "Show more"})
  void aButtonsLabelASentenceRunsThroughStays(String label) {
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\nOne reader said she had spent more than $300 in a year, usually late at night, tapping\n"
        + label + "\nwithout thinking about it. Consumer groups have asked app stores to show the total cost.\n" + P2 + "\n";
    assertThat(clean(raw).text()).contains("tapping\n\n" + label + "\n\nwithout thinking");
  }

  @Test
  void aPromoThatSplitsASentenceStillGoes() {
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\nThe committee will vote on the bill when the Knesset returns from\n"
        + "Continue reading\nits spring recess next month, officials said.\n" + P2 + "\n";
    assertThat(clean(raw).text()).doesNotContain("Continue reading");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Click yes, and the box says:", "Click no, and the page asks:", "Tap the bell and the banner reads:"})
  void aSentenceThatQuotesAControlsReplyKeepsTheReply(String intro) {
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\nAt the bottom of almost every page on the city’s website is a small box.\n"
        + intro + "\nThank you for your feedback.\n" + P2 + "\n";
    assertThat(clean(raw).text()).contains(intro + "\n\nThank you for your feedback.");
  }

  @Test
  void aParagraphOpeningWithAQuoteIntroducesWhatItsColonQuotes() {
    String intro = "“Dad never worked out how to make categories,” she said. His tags were detailed. A typical post about the floods ends:";
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\n" + intro + "\nTags: Kaiapoi, floods, 1950s\nLeave a comment\n4 Comments\n" + P2 + "\n";
    assertThat(clean(raw).text()).contains(intro + "\n\nTags: Kaiapoi, floods, 1950s\n\nLeave a comment\n\n4 Comments");
  }

  @Test
  void aSignUpSentenceStillIntroducesFurniture() {
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\n" + P2 + "\nSign up for our newsletter to get the news in your inbox:\n"
        + "Enter your email address\n";
    assertThat(clean(raw).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- set Q: dates, credits and end marks ----------------------------------------------------

  @Test
  void aHungarianDateWithADotAfterTheDayIsRead() {
    assertThat(DateParser.parse("2025.03.12.")).contains(LocalDate.of(2025, 3, 12));
    assertThat(DateParser.parse("2025.03.12. 11:20")).contains(LocalDate.of(2025, 3, 12));
    assertThat(DateParser.parse("2025.13.12.")).isEmpty();
    assertThat(DateParser.parse("2025.03.12.5")).isEmpty();
  }

  @Test
  void aStaffBylineWithAHungarianDateGivesTheDate() {
    String raw = "Danube Dispatch\nPolitics   Economy   Budapest   Culture   Travel\nTravel\n"
        + "Lake Balaton’s first electric ferry to enter service between Szántód and Tihany\n"
        + "Dispatch Staff · 2025.03.12. 11:20\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(doc.title()).isEqualTo("Lake Balaton’s first electric ferry to enter service between Szántód and Tihany");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(c) Northumberland National Park Authority", "(C) Jane Doe"})
  void aCopyrightCreditWrittenWithACInParenthesesEndsACaption(String credit) {
    String caption = "The Milky Way over Cawfields. " + credit;
    assertThat(clean(TOP + "By Noa Ben-Haim\n12 March 2025\n" + caption + "\n" + P1 + "\n" + P2 + "\n").text())
        .isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aLettersClauseStays() {
    String line = "The applicant must pay the fee. (c) The council shall publish the decision within 28 days.";
    assertThat(withinTheStory(line)).contains(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"– NPS –", "-USDA-", "NNNN", "- END -"})
  void anAgencysEndMarkGoes(String mark) {
    assertThat(clean(TOP + P1 + "\n" + P2 + "\n" + mark + "\n").text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NPS", "– NPS", "Ends"})
  void anAcronymWithoutItsDashesStays(String line) {
    assertThat(clean(TOP + P1 + "\n" + P2 + "\n" + line + "\n").text()).endsWith(line);
  }

  // --- cleaning twice --------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Stop 7 – The Fresnel lens", "Part 2 - The second watch", "Stop 12: The keeper’s cottage"})
  void aNumberedPartOverTheFirstTurnStaysWhenTheTextIsCleanedAgain(String heading) {
    String text = heading + "\n\n[Narrator] In front of you is the largest object in this gallery, a glass lens taller than most people.\n\n"
        + "[Curator] What makes a Fresnel lens so clever is that it is much thinner and lighter than a solid lens.";
    CorpusDocument doc = clean(text);
    assertThat(doc.text()).startsWith(heading + "\n\n[Narrator]");
    assertThat(doc.title()).isNull();
  }

  @Test
  void aHeadlineOverABracketedTurnIsStillAHeadline() {
    String text = "Audio guide: the lighthouse gallery at the Falmouth maritime museum\n\n"
        + "[Narrator] In front of you is the largest object in this gallery, a glass lens taller than most people.\n\n"
        + "[Curator] What makes a Fresnel lens so clever is that it is much thinner and lighter than a solid lens.";
    assertThat(clean(text).title()).isEqualTo("Audio guide: the lighthouse gallery at the Falmouth maritime museum");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Read this article for 0.25 hours of CPD   Record CPD", "Read this article for 1 CE credit"})
  void aLearningCreditWidgetGoes(String line) {
    assertThat(clean(TOP + "By Noa Ben-Haim\n12 March 2025\n" + line + "\n" + P1 + "\n" + P2 + "\n").text())
        .isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aSentenceAboutReadingForCreditStays() {
    String line = "Read this article for the points it makes about credit, not for its tone.";
    assertThat(withinTheStory(line)).contains(line);
  }

  // --- a name three times on a page with tooltips ---------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Local councillor Joseph KaomaJoseph KaomaJoseph Kaoma told the Chronicle the community wanted answers.",
    "Local councillor Joseph KaomaJoseph Kaoma told the Chronicle the community wanted answers."})
  void aNameTwiceOrThreeTimesOnAPageWithTooltipsGoesBackToOnce(String sentence) {
    String tip = "The bill was backed by Meirav SassonMeirav SassonTransportation Ministry names new head of planning MORE at the committee.";
    String text = clean(TOP + "By Noa Ben-Haim\n" + tip + "\n" + sentence + "\n" + P2 + "\n").text();
    assertThat(text).contains("Local councillor Joseph Kaoma told the Chronicle").doesNotContain("KaomaJoseph");
  }

  @Test
  void aRepeatedWordOnAPageWithoutTooltipsStays() {
    String line = "The chant went Olé OléOlé Olé until the final whistle.";
    assertThat(withinTheStory(line)).contains(line);
  }

  // --- a Hong Kong release's end ---------------------------------------------------------------

  @Test
  void aDatedEndMarkAndAnIssueStampGoAndGiveTheDate() {
    String raw = "AFCD completes new trail signs in Sai Kung country parks\n" + P1 + "\n" + P2 + "\n"
        + "Ends/Thursday, March 13, 2025\nIssued at HKT 16:30\nNNNN\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 13));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ends/then the path climbs to the ridge", "Issued at the gate to every visitor", "Issued at 16"})
  void linesLikeAnEndMarkOrAStampStay(String line) {
    assertThat(clean(TOP + P1 + "\n" + P2 + "\n" + line + "\n").text()).endsWith(line);
  }

  // --- set Q: end matter -----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"#DarkSkies #NorthumberlandNationalPark", "#FightTheBite   #MoHMSFiji   #Suva",
    "Keep in touch – sign up to our e-newsletter", "Notify Me® – sign up for emergency alerts by text or email",
    "This article is also available in Kalaallisut and Danish.",
    "Subscribe to Runway Wire Daily for the day’s top aviation news, free in your inbox",
    "For further information, journalists are invited to contact the OECD Media Office (+33 1 55 55 01 23)."})
  void setQsEndLinesGo(String line) {
    assertThat(afterTheStory(line)).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Keep in touch with elderly neighbours and check they have enough water.",
    "Notify Me was the name the app’s first users gave the alert button.", "#1 seed Harbour City lost in the final."})
  void linesLikeSetQsEndLinesStay(String line) {
    assertThat(afterTheStory(line)).endsWith(line);
  }

  @Test
  void hashtagsAStoryQuotesStay() {
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\nWithin an hour the campaign had two slogans on every feed:\n"
        + "#ShadeNow #NoRoofNoVote\n" + P2 + "\n";
    assertThat(clean(raw).text()).contains("#ShadeNow #NoRoofNoVote");
  }

  @Test
  void aLatestRailAtTheEndGoes() {
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\n" + P2 + "\nLatest\nNew fish factory in Paamiut to open in May\n";
    assertThat(clean(raw).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- set Q: day-first slashed dates and a name with a particle ------------------------------

  @Test
  void aSlashedDateReadsDayFirstOnAPageThatWritesNamedDatesDayFirst() {
    String raw = "Licensing decision: The Lantern Rooms, 14 Marlborough Street\nPublished: 11/03/2025\n"
        + "Date of hearing: 6 March 2025\n" + P1 + "\n" + P2 + "\n";
    assertThat(clean(raw).published()).isEqualTo(LocalDate.of(2025, 3, 11));
  }

  @Test
  void aSlashedDateReadsMonthFirstOnAPageThatWritesNamedDatesMonthFirst() {
    String raw = "Licensing decision: The Lantern Rooms, 14 Marlborough Street\nPublished: 11/03/2025\n"
        + "Date of hearing: 6 March 2025\n" + P1 + "\nThe appeal was heard on March 9, 2025, and dismissed.\n" + P2 + "\n";
    assertThat(clean(raw).published()).isEqualTo(LocalDate.of(2025, 11, 3));
  }

  @Test
  void aSlashedDateInABylineReadsDayFirstOnAPageWithCelsius() {
    String raw = "St Peter Port 9°C   High tide 14:52\nSarnia Today\nNews   Business   Sport   Property   Jobs\nNews\n"
        + "Derelict vinery to make way for 48 homes after planning approval\n"
        + "By Hannah Le Page   2 hours ago | 12/03/2025\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Hannah Le Page");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void anAgeBesideADateIsADateLine() {
    assertThat(DateLineExtractor.parse("3 days ago · 12 March 2025").published()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(DateLineExtractor.parse("2 hours ago").published()).isNull();
    assertThat(DateLineExtractor.parse("Tornado hit 2 hours ago | 12 March 2025")).isNull();
  }

  // --- set Q: links and rails at the end -------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Next story ›   Inside the fight over AI-narrated audiobooks", "Read more in Books",
    "Story tips? Email tips@civicledger.example", "Photo gallery: Space Day 2025 (24 photos)",
    "Partner Content: Tested – five waterproof jackets for spring in the hills",
    "Sponsored Content: How digital twins are cutting dry-dock time for bulk operators",
    "Forum replies (14)   Join the discussion", "Explore more on these topics   Television   Streaming   Technology"})
  void setQsLinksGo(String line) {
    assertThat(afterTheStory(line)).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Read more in the council’s report, which runs to 212 pages.", "Next story time is at 11am on Saturday."})
  void sentencesLikeSetQsLinksStay(String line) {
    assertThat(afterTheStory(line)).endsWith(line);
  }

  @Test
  void anOtherNewsRailAtTheEndGoes() {
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\n" + P2 + "\nOther news\nMountain rescue teams report busiest February on record\n";
    assertThat(clean(raw).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aReportedQuoteEndsWhatAColonIntroduced() {
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\nThere is one prompt she still sees every time she comes back to a series:\n"
        + "Play from beginning\n“That one,” she said, “I don’t mind.”\n"
        + "Explore more on these topics   Television   Streaming   Technology\n";
    assertThat(clean(raw).text()).endsWith("Play from beginning\n\n“That one,” she said, “I don’t mind.”");
  }

  @ParameterizedTest
  @ValueSource(strings = {"More webinars\nLate payment: how to chase invoices without losing the customer",
    "More Marts\nFactory quotes hold as beef kill rises", "More recipes\nMango and passionfruit pavlova\nChristmas ham glaze three ways"})
  void aMoreRailWhoseTitlesEndTheTextGoes(String rail) {
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\n" + P2 + "\n" + rail + "\n© 2025 The Tel Aviv Courier   Terms   Privacy\n";
    assertThat(clean(raw).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aMoreSectionInTheMiddleStays() {
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\nMore questions\nWho pays for the shelters\nWhen the work must start\n" + P2 + "\n";
    assertThat(clean(raw).text()).contains("More questions\n\nWho pays for the shelters\n\nWhen the work must start");
  }

  @Test
  void aRegulatoryNewsServicesProviderLineAndEndCodeGo() {
    String raw = TOP + P1 + "\n" + P2 + "\nThis information is provided by RNS, the news service of the exchange. RNS is approved by "
        + "the Financial Conduct Authority to act as a Primary Information Provider in the United Kingdom.\nEND DRLFLFSRISIDLIS\n";
    assertThat(clean(raw).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"END OF STATEMENT", "END NOTE", "END 2025"})
  void endLinesWithoutACodeStay(String line) {
    assertThat(clean(TOP + P1 + "\n" + P2 + "\n" + line + "\n").text()).endsWith(line);
  }

  // --- set R: no word lost ---------------------------------------------------------------------

  @Test
  void aPrintHeaderWhoseSiteIsGluedToTheNextWordLeavesTheWord() {
    String title = "How to catch the Lyrid meteor shower this month";
    String raw = "4/15/25, 9:02 PM " + title + " – Night Sky Monthly\nNight Sky Monthly\n" + title + "\nBy Noa Ben-Haim\n"
        + "The best time to look is after https://www.nightskymonthly.example/observing/lyrid 1/3 4/15/25, 9:02 PM " + title
        + " – Night Sky Monthlymidnight and before the sky begins to brighten, when the radiant is high in the east.\n" + P2 + "\n";
    assertThat(clean(raw).text()).startsWith("The best time to look is after midnight and before the sky begins to brighten");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mayor Nicos PanayiotouNicos PanayiotouMayor of Limassol · Follow, who presented the plan, said the work starts soon.",
    "The plan was welcomed by Stelios SavvaStelios SavvaCyprus Transport Workers’ Union · Follow."})
  void aHoverCardGluedAfterANameGoes(String sentence) {
    String text = clean(TOP + "By Noa Ben-Haim\n" + P1 + "\n" + sentence + "\n" + P2 + "\n").text();
    assertThat(text).doesNotContain("Follow").doesNotContain("PanayiotouNicos").doesNotContain("SavvaStelios");
    assertThat(text).containsAnyOf("Mayor Nicos Panayiotou, who presented", "welcomed by Stelios Savva.");
  }

  @Test
  void aFollowAfterAMiddleDotInProseStays() {
    String line = "The app’s new profile page lists the mayor’s role · Follow is the button beneath it.";
    assertThat(withinTheStory(line)).contains(line);
  }

  @Test
  void pageCountersAStoryQuotesStay() {
    String raw = TOP + "By Noa Ben-Haim\n" + P1 + "\nBeneath it, in small type, the line added automatically by the printing system:\n"
        + "Printed: 31/03/2025 16:47\nand at the bottom of each sheet:\nPage 1 of 2\nPage 2 of 2\n" + P2 + "\n";
    assertThat(clean(raw).text()).contains("and at the bottom of each sheet:\n\nPage 1 of 2\n\nPage 2 of 2");
  }

  @Test
  void aKazakhSitesHeaderIsRead() {
    String raw = "Қазақша   Русский   English\nThe Steppe Herald\nNation   Business   Culture   Sports   Opinion   Region\nCulture\n"
        + "Almaty library opens studio to record Kazakh-language audiobooks\n"
        + "Volunteers will read classic and children’s books for listeners with visual impairments\nBy Aigerim Seitkali\n11.04.2025\n"
        + "👁 1,284\nVolunteer reader Dana Bekova records a chapter in the new studio. Photo credit: the library’s press service\n"
        + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Almaty library opens studio to record Kazakh-language audiobooks");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aSentenceAboutAPhotoCreditStays() {
    String line = "The agency changed its rules last year. Photo credit: the line every freelancer now checks first, is it right?";
    assertThat(withinTheStory(line)).contains(line);
  }

  @Test
  void aPublishedAndUpdatedLinePartedByADashIsADateLine() {
    assertThat(DateLineExtractor.parse("Published 9 April 2025 at 14:20 – Updated 10 April 2025 at 09:02").published())
        .isEqualTo(LocalDate.of(2025, 4, 9));
    assertThat(DateLineExtractor.parse("Department Press Briefing – March 5, 2024")).isNull();
  }

  @Test
  void anEyeCounterAloneGoes() {
    assertThat(clean(TOP + "By Noa Ben-Haim\n12 March 2025\n👁 1,284\n" + P1 + "\n" + P2 + "\n").text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aPublishedByLineInTheHeaderNamesThePublisherAndGoes() {
    String raw = "Lakeland County Council\nBins and recycling   Council tax   Roads   Schools   Your council\n"
        + "Home › Coroner › Inquest findings\nInquest findings: death of a walker on Fairfield, January 2025\n"
        + "Published 4 April 2025\nPublished by: Coroner’s Office for Lakeland and Furness\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.publisher()).isEqualTo("Coroner’s Office for Lakeland and Furness");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(PHOTO | FILE)", "(PHOTO | COURTESY)", "(Photo | AFP)"})
  void aPipeCreditEndsACaption(String credit) {
    String caption = "Seaweed farmers carry their harvest at Paje beach. " + credit;
    assertThat(clean(TOP + "By Noa Ben-Haim\n12 March 2025\n" + caption + "\n" + P1 + "\n" + P2 + "\n").text())
        .isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aLiveChatsStatusLinesGoAndLeaveItsHeader() {
    String raw = "The Clydeside Herald\nNews   Sport   Business   What’s On   Opinion\nLive Q&A\n"
        + "Live Q&A: your questions on the Southside bus gates answered\n"
        + "Transport reporter Jenna Morrow took readers’ questions on the new camera-enforced bus gates\n"
        + "Posted 8 Apr 2025, 11:30\nChat held 12:00–13:00\nThis chat has ended.\nRefresh for new posts\n"
        + "Jenna Morrow: Hello everyone and thanks for joining. The two new bus gates went live on Monday.\n"
        + "SouthsideCommuter: Are the cameras actually fining people yet, or is there a warning period?\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Live Q&A: your questions on the Southside bus gates answered");
    assertThat(doc.text()).startsWith("Jenna Morrow: Hello everyone");
  }

  @Test
  void aSentenceSayingTheChatEndedStays() {
    String line = "This chat has ended up as the council’s main way of hearing from commuters.";
    assertThat(withinTheStory(line)).contains(line);
  }
}
