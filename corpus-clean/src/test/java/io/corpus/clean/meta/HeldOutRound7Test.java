package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Headers, bylines and end matter from the tenth held-out check (set L): a site's date bar over
 * the masthead, a place or a name beside the date, a reviewer's byline over a book's details, a
 * notice's signature date, a dek over the reporter's name, and the comments a column reproduces.
 * Each layout with a variant or two, and the look-alike that must stay. Every case is cleaned
 * twice and must not change.
 */
class HeldOutRound7Test {

  private static final String P1 = "Fishermen on the windward coast say they have lost almost a month of income since thick mats of "
      + "seaweed began piling up in the bays where they launch their boats.";
  private static final String P2 = "The fisheries division said crews had removed about 300 tonnes of weed from the worst-hit beaches "
      + "since the start of the month, and more machines would arrive next week.";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  // --- the date bar ---------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Tuesday 12 November 2024", "Tuesday, November 12, 2024", "Nov 12, 2024"})
  void aDateBarOverTheMastheadGivesNoDateWhenTheArticleHasItsOwn(String bar) {
    String raw = bar + "\nTrinidad Evening Star\nNews   Sport   Business   Tobago   Opinion   Lifestyle\nNews\n"
        + "Tobago fishermen count losses as sargassum chokes windward bays\nShanice Ramcharan\nMonday 11 November 2024\n"
        + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 11));
    assertThat(doc.title()).isEqualTo("Tobago fishermen count losses as sargassum chokes windward bays");
    assertThat(doc.authors()).containsExactly("Shanice Ramcharan");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aDateOnTheFirstLineIsTheDateWhenNoOtherFollows() {
    String raw = "Tuesday 12 November 2024\nTrinidad Evening Star\nNews   Sport   Business   Tobago\n"
        + "Tobago fishermen count losses as sargassum chokes windward bays\n" + P1 + "\n" + P2 + "\n";
    assertThat(clean(raw).published()).isEqualTo(LocalDate.of(2024, 11, 12));
  }

  // --- a place or a name beside the date ------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Seville - Nov 12, 2024 - 06:30 CET", "Geneva – Nov. 12, 2024", "Seville - 12 November 2024"})
  void aPlaceBeforeTheDateIsADateLine(String line) {
    assertThat(DateLineExtractor.parse(line)).isNotNull();
    assertThat(DateLineExtractor.parse(line).published()).isEqualTo(LocalDate.of(2024, 11, 12));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Department Press Briefing – March 5, 2024", "Tornado season ends - November 12, 2024 was the last day"})
  void aTitleWithADateIsNoDateLine(String line) {
    assertThat(DateLineExtractor.parse(line)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Marisol Vantongeren - Nov 13, 2024 6:05 pm UTC", "Marisol Vantongeren · 13 November 2024",
    "Marisol Vantongeren | Nov. 13, 2024"})
  void aNameBesideTheDateUnderTheHeadlineIsTheByline(String byline) {
    String raw = "Circuit Ledger\nBiz & IT   Tech   Science   Policy   Cars   Gaming & Culture   Store   Forums\nGADGETS —\n"
        + "Norvane thermostat update quietly cuts off third-party smart-home hubs\n"
        + "Owners say firmware 5.2 removed a local control feature; company says it was a security fix\n" + byline + "\n"
        + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Marisol Vantongeren");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 13));
    assertThat(doc.title()).isEqualTo("Norvane thermostat update quietly cuts off third-party smart-home hubs");
    assertThat(doc.subtitle()).isEqualTo("Owners say firmware 5.2 removed a local control feature; company says it was a security fix");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Posted Thu | Oct 3, 2024", "Aired Tuesday - Oct 1, 2024"})
  void aDateLabelBesideTheDateIsNoName(String line) {
    String raw = "Valley Radio\nMorning show: the week in review\n" + line + "\n" + P1 + "\n" + P2 + "\n";
    assertThat(clean(raw).authors()).isEmpty();
  }

  @Test
  void namesBetweenADekAndThePlaceDoNotMakeTheDekTheHeadline() {
    String raw = "ENGLISH   ESPAÑOL   CATALÀ\nLa Crónica Ibérica\nSpain   International   Economy   Climate   Culture   Opinion\n"
        + "SPAIN ›\nSeville covers its schoolyards as summers get hotter\n"
        + "The city will spend €6.2 million on shade structures and trees in 54 public schools after a record September\n"
        + "Lucía Ferrán Ortega\nSeville - Nov 12, 2024 - 06:30 CET\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Seville covers its schoolyards as summers get hotter");
    assertThat(doc.subtitle()).startsWith("The city will spend");
    assertThat(doc.authors()).containsExactly("Lucía Ferrán Ortega");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 12));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"By Dolores Amezcua, Reader Representative", "By Dolores Amezcua, Public Editor and Ombudsman"})
  void aRoleAfterTheNameIsNoSecondAuthor(String byline) {
    String raw = "The Fresno Valley Sentinel\nOPINION\nWhy we’re turning off comments on most stories\n" + byline
        + "\nNovember 10, 2024 5:00 AM\n" + P1 + "\n" + P2 + "\n";
    assertThat(clean(raw).authors()).containsExactly("Dolores Amezcua");
  }

  // --- reviews and signatures ------------------------------------------------------------------

  @Test
  void aReviewersBylineIsTheAuthorAndTheReviewedBooksAuthorStays() {
    String details = "The Salt Roads\nBy Imelda Varga-Huxley\nHarcastle Press, 344 pages, $29\n";
    String raw = "The Longform Review of Books\nReviews   Essays   Interviews   Poetry   Archive\nBooks › Fiction\n"
        + "A family saga that walks the old salt roads of the Balkans\nReviewed by Tobias Wren\nNovember 9, 2024\n"
        + P1 + "\n" + P2 + "\n" + details + "Buy from Bookshop — we may earn a commission from purchases made through this link.\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Tobias Wren");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\nThe Salt Roads\n\nBy Imelda Varga-Huxley\n\nHarcastle Press, 344 pages, $29");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Harcastle Press, 344 pages, $29", "Knopf, 320 pp., $30", "ISBN 978-0-00-000000-0"})
  void bookDetails(String line) {
    assertThat(BylineExtractor.isBookDetails(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"See pages 4 and 5", "The report runs 344 pages long and cost $2 million to write.", "Harcastle Press"})
  void notBookDetails(String line) {
    assertThat(BylineExtractor.isBookDetails(line)).isFalse();
  }

  @Test
  void aNoticesSignatureDateStaysAtTheEnd() {
    String raw = "Notice of closure areas for pot gear\n" + P1 + "\n" + P2 + "\nDated: November 8, 2024.\nSamuel D. Rauch,\n"
        + "Deputy Assistant Administrator for Regulatory Programs.\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).contains("Dated: November 8, 2024.\n\nSamuel D. Rauch,");
  }

  // --- a column that shows its readers' comments ------------------------------------------------

  @Test
  void commentsAStoryShowsUnderItsColonSentenceKeepTheirCounts() {
    String intro = "Here are three comments, lightly edited to remove names, posted under a story last month:";
    String comments = "“Another waste of taxpayer money. Kids should look both ways like we did.”\nReply · Report · 3h\n14 likes\n"
        + "“My son was nearly hit there in September. This crosswalk is overdue.”\nReply · Report · 3h\n2 likes\n"
        + "“Whoever approved this should be fired.”\nReply · Report · 2h\n31 likes\n";
    String raw = P1 + "\n" + intro + "\n" + comments + P2 + "\n";
    assertThat(clean(raw).text()).contains("14 likes", "2 likes", "31 likes", "Reply · Report · 2h");
  }

  @Test
  void likeCountsWithNoSentenceIntroducingThemGo() {
    String raw = P1 + "\n14 likes\n" + P2 + "\nCommenting has been disabled for this article.\n"
        + "Reply to “Why we’re turning off comments on most stories”\n";
    assertThat(clean(raw).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- a daily's header: date bar, "Name, Place", "Last update on:" ------------------------------

  @Test
  void aDailysHeaderWithItsDateBarItsReportersPlaceAndItsUpdateLine() {
    String raw = "The Meghna Herald \nMon Oct 7, 2024\nePaper   Bangla   Subscribe\n"
        + "Home   News   Bangladesh   Business   Opinion   Sports\nBangladesh › Agriculture\n"
        + "Feni farmers replant aman a third time as floodwater recedes\nShahnaz Parvin, Feni\nFri Oct 4, 2024 11:58 PM\n"
        + "Last update on: Sat Oct 5, 2024 12:07 AM\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Feni farmers replant aman a third time as floodwater recedes");
    assertThat(doc.authors()).containsExactly("Shahnaz Parvin");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 10, 4));
    assertThat(doc.publisher()).isEqualTo("The Meghna Herald");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aSpeakerAndTitleNextToABriefingsDateIsNoAuthor() {
    String raw = "U.S. Department of Defense\nTRANSCRIPT\nPentagon Press Secretary Holds a Press Briefing\nNov. 14, 2023 |\n"
        + "Maj. Gen. Luis Alvarado, Pentagon Press Secretary\n\nMAJ. GEN. ALVARADO: All right. Good afternoon, everyone. "
        + "Just a couple of things at the top.\n\nQ: Thank you, General. Can you say more about the talks this week?\n";
    assertThat(clean(raw).authors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MNN Meridian News Network|Meridian News Network", "KVRA Valley Public Radio|KVRA Valley Public Radio",
    "BBC British Broadcasting Corporation|British Broadcasting Corporation", "The Meghna Herald|The Meghna Herald"})
  void initialsBeforeTheMastheadGo(String pair) {
    String[] p = pair.split("\\|");
    assertThat(HeadlineExtractor.withoutLeadingInitials(p[0])).isEqualTo(p[1]);
  }

  @Test
  void aBrandWordUnderARemovedLineStartsNoSentence() {
    String raw = "Ridgeline Courier\nTuesday 12 November 2024\niPlayer   Radio   Podcasts\n"
        + "Tobago fishermen count losses as sargassum chokes windward bays\nMonday 11 November 2024\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(doc.text() + doc.title()).doesNotContain("Courier iPlayer");
  }

  // --- rows whose items the scrape set apart by wide gaps ---------------------------------------

  @Test
  void aMenuRowSetApartByWideGapsIsNoHeadlineOverTheDate() {
    String raw = "A Singapore Government Agency Website  How to identify\nMinistry of Manpower\n"
        + "Employment Practices   Passes and Permits   Workplace Safety and Health   Services and Forms   Newsroom\n"
        + "Home › Newsroom › Press Releases\nPress Releases\nStronger Protection for Outdoor Workers Against Heat Stress\n"
        + "11 Nov 2024\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Stronger Protection for Outdoor Workers Against Heat Stress");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 11));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void theSameRowWithSingleSpacesIsReadAsBefore() {
    // Single spaces give no sign: the longer line above the date may then be read as the headline.
    String raw = "Ministry of Manpower\nEmployment Practices Passes and Permits Workplace Safety and Health Services\n"
        + "Stronger Protection for Outdoor Workers Against Heat Stress\n11 Nov 2024\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).startsWith(P1).contains(P2);
  }

  @Test
  void aDateUnderAMenuAndALanguageRowOverTheHeadline() {
    String raw = "World Health Organization\nHealth Topics   Countries   Newsroom   Emergencies   Data   About WHO\n"
        + "العربية   中文   Français   Русский   Español\n12 November 2024 | News release | Geneva\n"
        + "Reading time: 2 min (521 words)\nCholera vaccine stockpile falls below emergency threshold as outbreaks spread\n"
        + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Cholera vaccine stockpile falls below emergency threshold as outbreaks spread");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 12));
    assertThat(doc.publisher()).isEqualTo("World Health Organization");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aFirstRowOfWideGapsIsNotTheSitesName() {
    String raw = "Watch Live   Schedule   Shows   News\nTurtle Island Broadcast Network\n"
        + "National   Regional   Politics   Investigates   Video\nNational News\n"
        + "Tobago fishermen count losses as sargassum chokes windward bays\nShanice Ramcharan\nMonday 11 November 2024\n"
        + P1 + "\n" + P2 + "\n";
    assertThat(clean(raw).publisher()).isNotEqualTo("Watch Live Schedule Shows News");
  }

  @Test
  void aMeetingsNameBesideItsDateIsNoAuthor() {
    String raw = "Cedar Hollow Unified School District\nBoard of Education\nRegular Board Meeting, November 6, 2024 – Transcript\n"
        + "PRESIDENT ALVAREZ: Good evening. I call this regular meeting of the board to order at 6:02 p.m.\n"
        + "TRUSTEE KIM: Thank you, Madam President. I move that we approve the agenda as posted.\n";
    assertThat(clean(raw).authors()).isEmpty();
  }

  // --- news headers of set L ----------------------------------------------------------------------

  @Test
  void aDekOverTheReportersNameAndAFollowButton() {
    String raw = "Harbour City Post\nWhy you can trust HCP\nHong Kong   China   Asia   World   Business   Tech\n"
        + "Hong Kong / Transport\nHong Kong to let minibus operators hire drivers from mainland China\n"
        + "Transport department says scheme will start with 1,800 places as average driver age passes 60\n"
        + "Karen Cheung\n+ FOLLOW\nPublished: 9:15pm, 12 Nov 2024\nUpdated: 11:02pm, 12 Nov 2024\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Hong Kong to let minibus operators hire drivers from mainland China");
    assertThat(doc.subtitle()).startsWith("Transport department says");
    assertThat(doc.authors()).containsExactly("Karen Cheung");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 12));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"News in brief", "In Brief", "Local News"})
  void aSectionsLabelOverTheHeadlineIsNoHeadlineOverADek(String label) {
    String raw = "Skerry News\nNews   Culture   Travel   Nature   Podcast   Shop\n" + label + "\n"
        + "Government extends funding for Reykjanes lava barriers\nby Ragnhildur Sigurdardottir | November 11, 2024\n"
        + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Government extends funding for Reykjanes lava barriers");
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aShareRowUnderTheDateIsNoHeadline() {
    String raw = "Screenlight\nFilm   TV   Music   Awards Circuit   Global\nFilm\n"
        + "Caldera Pictures Buys Documentary ‘The Lighthouse Keepers of Ness’ After IDFA Premiere\nTheo Marchbanks\n"
        + "Senior Film Reporter\nNovember 12, 2024 8:45am PT\n"
        + "Share on Facebook   Share on X   Share on Flipboard   Email   Show more sharing options\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Caldera Pictures Buys Documentary ‘The Lighthouse Keepers of Ness’ After IDFA Premiere");
    assertThat(doc.authors()).containsExactly("Theo Marchbanks");
  }

  @ParameterizedTest
  @ValueSource(strings = {"From Openwire News, the free news source you can write!", "From Wikipedia, the free encyclopedia"})
  void aWikisTaglineGoes(String tagline) {
    String raw = tagline + "\nUruguay opens pilot green hydrogen plant on Uruguay River\nWednesday, November 13, 2024\n"
        + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Uruguay opens pilot green hydrogen plant on Uruguay River");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aSentenceThatStartsLikeATaglineStays() {
    String line = "From Openwire News, the free news source you can write, came the first report of the flood.";
    assertThat(clean(P1 + "\n" + line + "\n" + P2 + "\n").text()).contains(line);
  }

  // --- the lines a header leaves for a second cleaning ---------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Next update: 13 February 2025", "Date of deposition: September 12, 2024", "Date lodged: 29 October 2024"})
  void anotherDateFieldUnderTheDateLineGoesWithoutGivingADate(String field) {
    assertThat(DateLineExtractor.otherDateField(field)).isTrue();
    String raw = "Statistics Norway\nStatistics\tData\tAbout us\tNorsk\nStatistics › Construction and housing\n"
        + "Lowest number of dwelling starts since 1992\nPublished 14 November 2024\n" + field + "\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 14));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Published: January 9, 2026 21:40 IST", "Key dates: the vote", "The deadline: January 9, 2026 was missed",
    "Next update: when the council meets"})
  void notAnotherDateField(String line) {
    assertThat(DateLineExtractor.otherDateField(line)).isFalse();
  }

  @Test
  void aShareRowWithACiteButtonUnderTheDateGoes() {
    String raw = "Holloway University Libraries\nLibrary News & Blog\nHow to cite a web page that tells you how to cite it\n"
        + "Posted by Anneliese Okoro, Research & Instruction Librarian\nNovember 4, 2024\nShare   Print   Cite this post\n"
        + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Anneliese Okoro");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- a harbour's notice ------------------------------------------------------------------------

  @Test
  void aNoticesNumberOverItsTitleIsNoHeadlineOverADek() {
    String raw = "Port of Granton Authority\nPort Services   Marine   Cruise   Property   Community   News\nNotices to Mariners\n"
        + "Notice to Mariners No. 47 of 2024\nDredging operations in the approach channel, Western Harbour\n"
        + "Issued: 8 November 2024\nDownload PDF\n" + P1 + "\n" + P2 + "\nPrevious notices\n"
        + "No. 46 of 2024 – Temporary removal of No. 3 port-hand buoy\n© 2024 Port of Granton Authority\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Dredging operations in the approach channel, Western Harbour");
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 8));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Notice to Mariners No. 47 of 2024", "Press Release No. 123", "Circular Number 12"})
  void numberedDocuments(String line) {
    assertThat(HeadlineExtractor.isNumberedDocument(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Why No. 10 matters to the market", "Brighton beat Chelsea to go No. 1", "Room Number seven"})
  void notNumberedDocuments(String line) {
    assertThat(HeadlineExtractor.isNumberedDocument(line)).isFalse();
  }

  // --- a federal government's release and a festival's transcript page ----------------------------

  @Test
  void aReleaseUnderTheSitesMottoAndAMenuOfWideGapsWithATitleCaseDateline() {
    String body = "Bern, 15.11.2024 - At its meeting on 15 November 2024, the Federal Council adopted the dispatch on the "
        + "future of freight traffic through the Alps.";
    String raw = "The Federal Council\nThe portal of the Swiss government\nDE   FR   IT   RM   EN\n"
        + "Federal Council   Departments   Federal Chancellery   Documentation\nPress releases\n"
        + "Federal Council adopts dispatch on rail freight through the Alps\n" + body + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Federal Council adopts dispatch on rail freight through the Alps");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 15));
    assertThat(doc.text()).isEqualTo(body + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bern, 15.11.2024 - At its meeting the council met.", "Helsinki, 30 September 2024 – The ministry said."})
  void titleCaseDatelines(String line) {
    assertThat(DateLineExtractor.datelineDate(line)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Overall, 2024 - a year to forget.", "Paris, May 30 – The ministry said.", "New York, 30.9.2024 - The city said.",
    "However, 15.11.2024 - the date - was chosen."})
  void notTitleCaseDatelines(String line) {
    assertThat(DateLineExtractor.datelineDate(line)).isNull();
  }

  @Test
  void aDateLabelledAsThePublicationsWinsOverTheEventsDateAbove() {
    String raw = "Kilmory Book Festival\nProgramme   Authors   Schools   Transcripts   Visit\nTranscripts\n"
        + "Kofi Ansah-Blythe in conversation: Writing the Machair\nEvent 112 · Spiegeltent · Saturday 19 October 2024\n"
        + "Transcript published 4 November 2024\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 4));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- set M --------------------------------------------------------------------------------------

  @Test
  void aCriticsBareStarsStayAndAReadersRatingGoes() {
    String raw = "The Stage Door Review\nReviews › Theatre\nMacbeth, Lyceum Studio, Dunmore – review\nReviewed by Moira Quist\n"
        + "18 November 2024\n★★★★☆\n" + P1 + "\n" + P2 + "\n";
    assertThat(clean(raw).text()).startsWith("★★★★☆\n\n" + P1);
    assertThat(clean(P1 + "\n★★★★★ 4.8 from 112 votes\n★★★★☆ 4.6\n" + P2 + "\n").text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aNameRunIntoItsDateAfterBy() {
    String raw = "Mekong Express International\nNews › Traffic\nHCMC to fine motorists caught by cameras on 20 more streets\n"
        + "By Hoang Phong December 11, 2024 | 05:12 pm GMT+7\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Hoang Phong");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 12, 11));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void byThenAPlaceAndADateIsNoName() {
    assertThat(BylineExtractor.parse("By March 11, 2024 the river had risen")).isNull();
  }

  @Test
  void publishedAtWithASpacedColon() {
    assertThat(DateLineExtractor.parse("Published at : 2024-12-10 07:45").published()).isEqualTo(LocalDate.of(2024, 12, 10));
    assertThat(DateLineExtractor.parse("Updated at : 2024-12-10 09:00").published()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"If you buy something from a Respawn Weekly link, we may earn a commission.",
    "If you purchase a product through our links, we may earn an affiliate commission."})
  void ifYouBuyNotices(String line) {
    assertThat(clean(P1 + "\n" + line + "\n" + P2 + "\n").text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Thursday 05/12/2024|2024-12-05", "Sunday 05/12/2024|2024-05-12", "05/12/2024|2024-05-12",
    "Fri 13/12/2024|2024-12-13", "Tuesday 03/12/2024|2024-03-12"})
  void aWeekdayDecidesWhichWayANumericDateReads(String pair) {
    String[] p = pair.split("\\|");
    assertThat(DateParser.parse(p[0])).contains(LocalDate.parse(p[1]));
  }

  @Test
  void updatedThenFirstPublishedTheSameDay() {
    DateLineExtractor.DateLine d = DateLineExtractor.parse("Updated December 2 2024 - 4:30pm, first published 11:45am");
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 12, 2));
  }

  @Test
  void aStoryInAnotherLanguageAndAForeignPhotoCredit() {
    String raw = "NL   EN\nRijnstad Dagblad\nIn English\nNews   Utrecht   Amersfoort   Region   Sport\nUtrecht\n"
        + "Utrecht to charge cyclists for parking longer than 24 hours at Central Station\n"
        + "The city says thousands of abandoned and rarely used bicycles are filling the world’s largest bicycle garage\n"
        + "Femke van Aalst · 3 December 2024, 07:45\nLees dit artikel in het Nederlands\n"
        + "Bicycles in the garage under Stationsplein on Monday morning. Foto: Rijnstad Dagblad / Joost Kerkhof\n"
        + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Utrecht to charge cyclists for parking longer than 24 hours at Central Station");
    assertThat(doc.authors()).containsExactly("Femke van Aalst");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 12, 3));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Read in Spanish", "Read this article in English", "Leer en español", "Lire en français ›"})
  void languageLinksGo(String line) {
    assertThat(clean(P1 + "\n" + line + "\n" + P2 + "\n").text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aSentenceAboutReadingInALanguageStays() {
    String line = "Read in Spanish, the letter sounds even angrier.";
    assertThat(clean(P1 + "\n" + line + "\n" + P2 + "\n").text()).contains(line);
  }

  // --- an office's name over the date, a portal's and a body's ---------------------------------------

  @Test
  void anOfficeOverTheDateIsTheIssuerAndNoHeadline() {
    String raw = "BC Gov News\nHome   Releases   Stories   Factsheets   Ministries   Regions\nNews Release\n"
        + "Ministry of Water, Land and Resource Stewardship\nDec. 3, 2024\n"
        + "Province expands drought monitoring network in southern B.C.\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Province expands drought monitoring network in southern B.C.");
    assertThat(doc.publisher()).isEqualTo("Ministry of Water, Land and Resource Stewardship");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 12, 3));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Province expands drought monitoring network in southern B.C.", "Tariffs on steel return to the U.S."})
  void aHeadlineMayEndInAnInitialism(String headline) {
    assertThat(HeadlineExtractor.headlineShaped(headline, 40)).isTrue();
    assertThat(HeadlineExtractor.headlineShaped("The ministry expanded the network last year.", 40)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"NL EN", "DE FR IT RM EN", "English Español", "Suomeksi På svenska In English"})
  void languageSwitches(String line) {
    // ("På svenska In English" holds words of no language's own name: no switch by this test.)
    assertThat(HeadlineExtractor.isLanguageSwitch(line)).isEqualTo(!line.contains("På"));
  }

  @Test
  void aTranscriptsDownloadRowWithOneWideGapIsNoTitle() {
    String raw = "Eastbrook Bridge Inquiry\nAbout   Terms of Reference   Hearings   Evidence   Reports\nHearings › Transcripts\n"
        + "Transcript of hearing: Day 34\nWednesday 4 December 2024\nPublished 5 December 2024\n"
        + "Download transcript (PDF)   Watch the hearing\n"
        + "THE CHAIR:  Good morning. Ms Langtry, who is our first witness today?\n"
        + "MS LANGTRY:  Good morning, Chair. The first witness is Mr Declan Balfour-Kane.\n";
    assertThat(clean(raw).title()).isEqualTo("Transcript of hearing: Day 34");
  }

  // --- what a second cleaning would otherwise read as a header ----------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Valid until: further notice", "Valid: 21:00 Friday 06/12/2024 to 06:00 Saturday 07/12/2024"})
  void aValidityFieldStaysAndIsNoHeadline(String field) {
    String raw = "Port of Granton Authority\nNotices to Mariners\nDredging operations in the approach channel, Western Harbour\n"
        + "Issued: 8 November 2024\n" + field + "\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).startsWith(field + "\n\n" + P1);
    assertThat(clean(doc.text()).title()).isNull();
  }

  @Test
  void anArticleLabelWithTheOutletInParentheses() {
    String raw = "Latviešu   English   Русский\nBRTV English\nLatvia   Economy   Society   Culture   Features\nSociety\n"
        + "Free school lunches to be extended to grades 7 to 9 from September\n09.12.2024\n10:41\n"
        + "Article: Līga Priede (BRTV English)\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Līga Priede");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 12, 9));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(BylineExtractor.parse("Article: the council's plan (draft)")).isNull();
  }

  @Test
  void aRailsHeadingAndItsTitlesLeftAtTheEndGo() {
    String raw = P1 + "\n" + P2 + "\nMost read\nDaugava crossing in Rīga to close for repairs\n© 2024 Baltic Radio and Television\n";
    assertThat(clean(raw).text()).isEqualTo(P1 + "\n\n" + P2);
    String section = P1 + "\nMost read\nDaugava crossing in Rīga to close for repairs\n" + P2 + "\n";
    assertThat(clean(section).text()).contains("Daugava crossing");
  }

  @Test
  void labelledDateLinesWithTimesAreNoTimeline() {
    String raw = "Silver Years\nFraud Watch\nScam texts now look just like the real thing. Here’s how to tell the difference\n"
        + "By Renata Solís-Park\nPosted: Dec 9, 2024 / 05:48 PM MST\nUpdated: Dec 10, 2024 / 08:12 AM MST\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 12, 9));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    String timeline = "Key dates in the case\nDec 9, 2024\nCharges filed\nDec 10, 2024\nFirst hearing\n" + P1 + "\n";
    assertThat(clean(timeline).text()).contains("Dec 9, 2024", "Dec 10, 2024");
  }

  @ParameterizedTest
  @ValueSource(strings = {"IR-2024-298, Dec. 9, 2024", "PR/24/19, 12 March 2024", "NR-117, 2024-12-09"})
  void aReleaseNumberThenTheDate(String line) {
    assertThat(DateLineExtractor.labelThenDate(line)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"COVID-19, Dec. 9, 2024 was the peak", "A-1, 2024"})
  void notAReleaseNumberThenTheDate(String line) {
    assertThat(DateLineExtractor.labelThenDate(line)).isNull();
  }

  @Test
  void aBareLabelOverTheDateGoesWhenATimeStandsUnderIt() {
    String raw = "Harbour Post\nNews   Sport   Business\nFerry fares rise for the third time this year\nPublished\n"
        + "12 November 2024\n10:41\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 12));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }
}
