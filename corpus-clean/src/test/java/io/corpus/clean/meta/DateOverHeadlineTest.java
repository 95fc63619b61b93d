package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An agency's release with its date over the headline (the eighth held-out check, set J): a dek
 * or a row of tags may stand between the headline and the body, and the agency's menu, flattened
 * into one line of capitalized items, is no headline over it. Each case is cleaned twice and must
 * not change.
 */
class DateOverHeadlineTest {

  private static final String P1 = "Researchers followed 240 households in three river towns for two years and found that homes with "
      + "raised electrical panels recovered from floods about five weeks sooner than homes without them.";
  private static final String P2 = "The study, published Monday, was paid for by the agency's hazard mitigation program and is the "
      + "largest of its kind in the region.";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  @Test
  void aDekUnderTheHeadlineIsTheSubtitleAndTheAgencysNameThePublisher() {
    String raw = "Federal Hazard Research Agency\nBuilding Safer Communities\n"
        + "Research & Data   Grants & Programs   News & Media   Training Centers   About the Agency\n"
        + "Announcements\nThursday, April 4, 2024\n"
        + "Raised electrical panels speed flood recovery, study finds\n"
        + "Homes with elevated panels were back in use weeks sooner after river floods\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Raised electrical panels speed flood recovery, study finds");
    assertThat(doc.subtitle()).isEqualTo("Homes with elevated panels were back in use weeks sooner after river floods");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 4, 4));
    assertThat(doc.publisher()).isEqualTo("Federal Hazard Research Agency");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aLabelledRowOfTagsUnderTheHeadlineGoes() {
    String raw = "Federal Hazard Research Agency\nHome / Newsroom / Releases\nApril 4, 2024\n"
        + "Agency Finds Raised Electrical Panels Speed Recovery After River Floods\n"
        + "Topics:\nFlood Mitigation   Office of Hazard Research   Housing Resilience\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Agency Finds Raised Electrical Panels Speed Recovery After River Floods");
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aShortFirstSentenceUnderTheHeadlineStaysInTheBody() {
    String lede = "The flood study is the largest of its kind in the region.";
    String raw = "Federal Hazard Research Agency\nApril 4, 2024\n"
        + "Raised electrical panels speed flood recovery, study finds\n" + lede + "\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Raised electrical panels speed flood recovery, study finds");
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.text()).startsWith(lede + "\n\n" + P1);
  }

  @Test
  void aSectionLabelThatRepeatsAMenuItemIsNoHeadlineOverADek() {
    String raw = "Lakeside Monthly\nFood & Drink   Arts   Outdoors   Home   Events\nFood & Drink\n"
        + "A Bemidji diner put its worst review on the menu. Sales doubled.\nBy Ana Lindqvist\nPublished Feb. 2, 2024\n"
        + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("A Bemidji diner put its worst review on the menu. Sales doubled.");
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.authors()).containsExactly("Ana Lindqvist");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aReportersNameOverTheOutletAndTheDateIsTheByline() {
    String raw = "Valley Post-Ledger\nNEWS\nCounty ends curbside glass pickup as recycling costs climb\nDana Ruiz-Holm\n"
        + "Shoreline Sentinel\nPublished 6:10 a.m. CT April 9, 2024\n"
        + "Glass jars wait at the county recycling center. Dana Ruiz-Holm / Shoreline Sentinel\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Dana Ruiz-Holm");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 4, 9));
    assertThat(doc.publisher()).isEqualTo("Valley Post-Ledger");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void anAgencysShortNameUnderTheBylineAndAfterACaptionGoes() {
    String raw = "Asia Wire Portal\nAsia\nFerry services halted as typhoon nears the coast\nBy Minh Tran\nAFX\n"
        + "Published: 12 Sep 2024 - 09:10 AM GMT+7\nLast update: 12 Sep 2024 - 03:05 PM GMT+7\n"
        + "A ferry waits at the pier in Haiphong on September 11, 2024. (AFX)\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Ferry services halted as typhoon nears the coast");
    assertThat(doc.authors()).containsExactly("Minh Tran");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 9, 12));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    String wire = "The Harbour Times\nNiigata growers switch rice varieties after a record hot summer\nKYODA\nMay 20, 2024\n"
        + "A farmer inspects seedlings in Nagaoka on May 14. | KYODA\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument w = clean(wire);
    assertThat(w.title()).isEqualTo("Niigata growers switch rice varieties after a record hot summer");
    assertThat(w.authors()).isEmpty();
    assertThat(w.text()).isEqualTo(P1 + "\n\n" + P2);
    // In a paragraph, capitals in parentheses that end no caption stay.
    String body = P1 + " The money came from the agency (FEMA)\n\n" + P2;
    assertThat(clean(body).text()).isEqualTo(body);
  }

  @Test
  void aReleasesDatelineGivesTheDateAndStays() {
    String first = "WASHINGTON, May 30, 2024 \u2014 The agency's board today approved a $150 million loan to bring safe drinking "
        + "water to rural towns in the Andes.";
    String raw = "The Development Agency\nWho We Are What We Do Where We Work Understanding Poverty Work With Us\nPRESS RELEASE\n"
        + "Peru to Expand Rural Water Services in the Andes with Agency Support\n" + first + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Peru to Expand Rural Water Services in the Andes with Agency Support");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 5, 30));
    assertThat(doc.text()).isEqualTo(first + "\n\n" + P2);
    assertThat(DateLineExtractor.datelineDate("SACRAMENTO, Calif., May 30, 2024 \u2013 The state")).isEqualTo(LocalDate.of(2024, 5, 30));
    assertThat(DateLineExtractor.datelineDate("PARIS, the city of light \u2014 and of strikes")).isNull();
    assertThat(DateLineExtractor.datelineDate("Washington, May 30, 2024 \u2014 lower-case place")).isNull();
  }

  @Test
  void aDateOverThePlaceAndTheIssuerGivesTheDateAndStays() {
    String dateline = "May 2, 2024 Ottawa, Ontario Transport Canada";
    String raw = "Canada.ca\nTransport Canada\nMinister announces funding to remove abandoned boats from Atlantic waters\n"
        + "From: Transport Canada\nNews release\n" + dateline + "\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(doc.text()).contains(dateline);
    assertThat(DateLineExtractor.datedPlaceLine("May 2, 2024 was the day the boats were towed")).isNull();
  }

  @Test
  void aMeetingsCoverageReleaseUnderItsMenuAndSectionIsRead() {
    String headline = "Speakers Urge Steadier Funding for Refugee Schools, as Enrolment Outpaces Appeals";
    String raw = "Welcome to the United Nations\nMeetings Coverage and Press Releases\n"
        + "Secretary-General General Assembly Security Council Economic and Social Council Press Briefings\n"
        + "Economic and Social Council\nFor information media. Not an official record.\nECOSOC/7201\n12 July 2024\n"
        + "2024 Session, Operational Activities Segment, 5th & 6th Meetings (AM & PM)\n" + headline + "\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(headline);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 7, 12));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aTranscriptsTitleIsNoSportsSitesMenu() {
    String raw = "Northern Lakes Golf Tour\nSchedule   Players   Stats   News   Tickets   Media Center\n"
        + "Anna Koivu Second Round Press Conference\nJune 8, 2024\n"
        + "THE MODERATOR: We would like to welcome Anna Koivu into the interview room after a 67 today.\n"
        + "ANNA KOIVU: Thanks. It was a steady day, and the putter finally behaved on the back nine.\n"
        + "Q. What changed on the back nine after the bogey at the ninth hole?\n"
        + "ANNA KOIVU: I stopped trying to force it and just played to the middle of the greens.\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Anna Koivu Second Round Press Conference");
    assertThat(doc.text()).startsWith("THE MODERATOR:");
  }

  @Test
  void aSitesMottoUnderItsNameIsFurnitureOverTheHeadline() {
    String raw = "Prairie Check Desk\nNonpartisan. Nonprofit. Checking the claims that matter.\n"
        + "Fact Checks   Elections   Explainers   About   Donate\nFact Check\n"
        + "No, the county is not fining residents for rain barrels\nBy Ida Lindqvist\nMay 3, 2024\n"
        + "Share:   Facebook   X   Email\n" + P1 + "\n" + P2 + "\n\u00A9 2024 Prairie Check Desk\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("No, the county is not fining residents for rain barrels");
    assertThat(doc.publisher()).isEqualTo("Prairie Check Desk");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aWeeklysDateAndDatelineParted() {
    String raw = "The Weekly Atlas\nFinance & economics | Cold hard cash\nWhy Nordic governments want citizens to hoard banknotes\n"
        + "Fear of cyber-attacks is reviving the humble note in the region\nMay 9th 2024|STOCKHOLM\nSave   Share   Give\n"
        + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Why Nordic governments want citizens to hoard banknotes");
    assertThat(doc.subtitle()).isEqualTo("Fear of cyber-attacks is reviving the humble note in the region");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 5, 9));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aDateUnderItsBareLabelUnderTheDek() {
    String dek = "The Transport Committee is calling for submissions on its inquiry into rural bus services.";
    String raw = "Jump to content\nNorthland Assembly\nVisit and learn   Get involved   Bills and laws\n"
        + "Home \u203A Get involved \u203A Have your say\nFeatures\nHave your say on how rural bus routes are funded\n"
        + dek + "\nDate\n14 May 2024\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Have your say on how rural bus routes are funded");
    assertThat(doc.subtitle()).isEqualTo(dek);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 5, 14));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aDateLineQuotedInTheBodyUnderADatedHeaderStays() {
    String first = "The email arrived on a Sunday night with the subject line \u201CWe\u2019ve updated our Terms.\u201D Most members "
        + "probably did not open it, and the ones who did found forty pages of text.";
    String rest = String.join("\n", java.util.Collections.nCopies(8, P1 + " " + P2));
    String raw = "The Consumer Ledger\nYour gym changed its terms. Here\u2019s what the fine print now says\nBy Hannah Lowery\n"
        + "Published Oct. 2, 2024, 6:00 a.m. ET\n" + first + "\nTerms of Service\nLast updated: September 1, 2024\n" + rest + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 10, 2));
    assertThat(doc.text()).startsWith(first + "\n\nTerms of Service\n\nLast updated: September 1, 2024\n\n" + P1);
  }

  @Test
  void aSectionHeadingUnderTheHeadlineStays() {
    String raw = "State House of Representatives\nMembers   Committees   Bills   Schedules   Session Daily\n"
        + "House Research \u203A Bill Summaries\nBill Summary\nVersion: As introduced\nDate: March 4, 2024\n"
        + "Lead service lines in residential rental property\nOverview\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Lead service lines in residential rental property");
    assertThat(doc.text()).isEqualTo("Overview\n\n" + P1 + "\n\n" + P2);
  }

  @Test
  void namesEachWithARoleAreTheAuthors() {
    String raw = "The Quad Ledger\nNews\nDining hall workers vote to unionize after two-day strike threat\n"
        + "By Amara Lindgren, Staff Writer, and Jonah Feld, News Editor\nOctober 16, 2024\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Amara Lindgren", "Jonah Feld");
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void anIssuingUnitInTheHeaderIsNoPublisher() {
    String raw = "Central Bank of Ruritania\nPress Release\nIssued By: Economic Research Department\nDate: 26.11.2024\n"
        + "Central Bank of Ruritania maintains the policy interest rates at their current levels\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.publisher()).isNotEqualTo("Economic Research Department");
  }

  @Test
  void aPortalsSectionDateAndAContributorsSourceLine() {
    String raw = "AccraPulse\nHome   News   Business   Sports   Entertainment   Africa   Opinions\n"
        + "General News of Friday, 13 September 2024\nSource: Kwabena Asante-Mensah, Contributor\n"
        + "Kejetia traders threaten sit-down strike over new daily tolls\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 9, 13));
    assertThat(doc.authors()).containsExactly("Kwabena Asante-Mensah");
    assertThat(doc.publisher()).isNotEqualTo("Kwabena Asante-Mensah, Contributor");
  }

  @Test
  void aPictureStorysCreditIsItsByline() {
    String raw = "Sahel Wire\nPhotos\nFishers of the Senegal River delta race the rising salt\nPhotos and text by Awa Ndiaye\n"
        + "October 2, 2024\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Awa Ndiaye");
    assertThat(doc.subtitle()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MoHMS Media", "Media Relations Unit"})
  void aPressOfficeIsNoPerson(String office) {
    assertThat(io.corpus.clean.internal.PersonNames.isName(office)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Health Information Grants & Funding News & Events Research & Training Institutes at NIH About NIH",
    "Research & Data Grants & Programs News & Media Training Centers About Agency Careers",
    "News Sport Business Community Announcements",
    "Schedule Players Stats News Tickets Media Center",
    "Report Line-ups Stats Table"
  })
  void aFlattenedMenuIsAMenuRow(String row) {
    assertThat(HeadlineExtractor.isMenuRow(row)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Senate Passes Bill to Fund Roads, Bridges and Rail Through 2030",
    "Health Officials Warn of Measles Exposure at Airport and Two Schools in County",
    "Governor Signs Water Rights Bill Setting Up Fight Over Lower Valley Pumping Limits",
    "Arts & Culture & Heritage Grants Go to Twelve Rural Museums This Year in Full",
    "Senate Passes Stopgap Bill Funding Government Through December and Averting Shutdown Over Border Dispute Again"
  })
  void aLongHeadlineInTitleCaseIsNoMenuRow(String headline) {
    assertThat(HeadlineExtractor.isMenuRow(headline)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"News, 30.9.2024", "Press release, 12 March 2024", "Helsinki, 30.9.2024", "Media release, 2024-09-30"})
  void aLabelOrPlaceThenTheDateIsADateLine(String line) {
    assertThat(DateLineExtractor.labelThenDate(line)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"News, 30.9.2024 and more", "In the news, 30.9.2024 was a big day", "News,30.9.2024",
    "Monday, 30.9.2024", "3 cases, 30.9.2024", "news, 30.9.2024"})
  void notALabelThenTheDate(String line) {
    assertThat(DateLineExtractor.labelThenDate(line)).isNull();
  }

  @Test
  void aMissionsNewsPageHeadsItsHeadlineWithTheLabelAndTheDateUnderABreadcrumb() {
    String raw = "Finland abroad\nEmbassy of Finland, Nairobi\nSuomeksi   På svenska   In English\n"
        + "Current affairs   Services   Information about Kenya   About us   Contact\nCurrent affairs › News\n"
        + "News, 30.9.2024\nFinnish and Kenyan companies sign water technology agreements at Nairobi forum\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Finnish and Kenyan companies sign water technology agreements at Nairobi forum");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }
}
