package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A headline under more page furniture than the kicker rules take, anchored by the byline or date
 * line removed right under it (government pages, The Hill).
 */
class AnchoredHeadlineTest {

  private static final Cleaner CLEANER = Cleaner.standard();
  private static final String P1 = "WASHINGTON \u2014 Today, the Department sanctioned a network that smuggled counterfeit"
      + " cancer medicines across Central America, officials said on Monday.";
  private static final String P2 = "The network sold the fake drugs to clinics in four countries, according to the"
      + " designation, and laundered the proceeds through shell companies.";

  private static CorpusDocument clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw));
  }

  @Test
  void aGovernmentPagesHeadlineUnderItsMenus() {
    CorpusDocument doc = clean("U.S. DEPARTMENT OF THE TREASURY\nAbout Treasury  Policy Issues  Data  Services  News\n"
        + "Home \u00BB News \u00BB Press Releases\nPRESS RELEASES\n"
        + "Treasury Sanctions Network Smuggling Counterfeit Cancer Medicines\nJune 3, 2024\n\n" + P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo("Treasury Sanctions Network Smuggling Counterfeit Cancer Medicines");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 6, 3));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void theHillsHeadlineOverItsBylineAndShareRow() {
    CorpusDocument doc = clean("The Hill\nAdministration\nBiden officials unveil rule to cap overdraft fees at large banks\n"
        + "BY Lena Sorensen AND Marcus Bell - 06/14/22 11:02 AM EDT\nShare   Tweet   TheHill.com\n\n" + P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo("Biden officials unveil rule to cap overdraft fees at large banks");
    assertThat(doc.publisher()).isEqualTo("The Hill");
    assertThat(doc.text()).endsWith(P1 + "\n\n" + P2);
  }

  @Test
  void aTwoSentenceHeadlineThatEndsInAPeriod() {
    CorpusDocument doc = clean("Bytewise News\nSecurity\nScam sites are copying the government's banner. Here's how to tell.\n"
        + "By Mireille Santos\nJanuary 22, 2025\n\n" + P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo("Scam sites are copying the government's banner. Here's how to tell.");
    assertThat(doc.authors()).containsExactly("Mireille Santos");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void proseAboveTheBylineIsNoFurniture() {
    String intro = "This is the third part of our series on the port, which we began in the spring after the strike.";
    CorpusDocument doc = clean(intro + "\nHow the port came back from the strike\nBy Mireille Santos\n\n" + P1 + "\n\n" + P2);
    assertThat(doc.text()).startsWith(intro);
  }

  @Test
  void noBodyUnderTheBylineNoHeadline() {
    String raw = "Menu\nSections\nHow the port came back from the strike\nBy Mireille Santos\n\nShort line\n\nAnother";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isNull();
  }

  @Test
  void aPressReleasesHeaderLinesBetweenTheHeadlineAndItsDate() {
    CorpusDocument doc = clean("U.S. DEPARTMENT OF AGRICULTURE\nHome / Media / Press / Speeches\n"
        + "Remarks by Agriculture Secretary Ruth Ellingson at the Great Plains Cooperative Summit\nAs Prepared for Delivery\n"
        + "Release No. 0214.24\nContact: USDA Press\nPublished: Oct 8, 2024\n\n" + P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo("Remarks by Agriculture Secretary Ruth Ellingson at the Great Plains Cooperative Summit");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 10, 8));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- transcripts ------------------------------------------------------------------------------

  private static final String TURNS = "MR OKORO:  Good afternoon, everyone. I have one thing at the top, and then questions.\n\n"
      + "QUESTION:  Thank you. Can you say more about the donors' conference next week?\n\n"
      + "MR OKORO:  The Secretary will announce our pledge there, and I will not get ahead of him.";

  @Test
  void aBriefingsTitlePlaceAndTime() {
    CorpusDocument doc = clean("Department Press Briefing \u2013 March 5, 2024\nWashington, DC\n1:14 p.m. EST\n\n" + TURNS);
    assertThat(doc.title()).isEqualTo("Department Press Briefing \u2013 March 5, 2024");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(doc.text()).startsWith("MR OKORO: Good afternoon");
    assertThat(doc.turns()).hasSize(3);
  }

  @Test
  void aBriefingUnderLabelsInCapitals() {
    CorpusDocument doc = clean("SPECIAL BRIEFING\nSenior State Department Official on the Secretary\u2019s Upcoming Travel\n"
        + "OFFICE OF THE SPOKESPERSON\nVIA TELECONFERENCE\n\n" + TURNS);
    assertThat(doc.title()).isEqualTo("Senior State Department Official on the Secretary\u2019s Upcoming Travel");
    assertThat(doc.text()).startsWith("MR OKORO: Good afternoon");
  }

  @Test
  void aStageCueBeforeTheFirstTurnStays() {
    CorpusDocument doc = clean("Field Notes\nEpisode 142: The last lighthouse keepers\n(SOUND OF WAVES)\n\n" + TURNS);
    assertThat(doc.text()).startsWith("(SOUND OF WAVES)");
  }

  @Test
  void aSpeakersNameLineIsNoSubtitle() {
    CorpusDocument doc = clean("U.S. Department of Defense\nTRANSCRIPT\n"
        + "Pentagon Press Secretary Maj. Gen. Luis Alvarado Holds a Press Briefing\nNov. 14, 2023 |\n"
        + "Maj. Gen. Luis Alvarado, Pentagon Press Secretary\n\n" + TURNS);
    assertThat(doc.title()).isEqualTo("Pentagon Press Secretary Maj. Gen. Luis Alvarado Holds a Press Briefing");
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.published()).isEqualTo(LocalDate.of(2023, 11, 14));
    assertThat(HeadlineExtractor.isSpeakerIdLine("Maj. Gen. Luis Alvarado, Pentagon Press Secretary")).isTrue();
    assertThat(HeadlineExtractor.isSpeakerIdLine("Storms, floods and fires cost insurers billions")).isFalse();
  }

  @Test
  void proseBeforeTheFirstTurnIsNoHeader() {
    String intro = "The following is a transcript of the briefing, edited for length and clarity.";
    CorpusDocument doc = clean("Briefing on the budget talks with reporters\n" + intro + "\n\n" + TURNS);
    assertThat(doc.text()).contains(intro);
  }

  @Test
  void aSkipLinkThatSaysPressEnterGoes() {
    assertThat(clean("Skip to main content (Press Enter).\n\n" + P1).text()).isEqualTo(P1);
  }

  @Test
  void aShortHeadlineOverItsAuthorsNameAndRole() {
    CorpusDocument doc = clean("Opinion | Guest column\nKeep the bookmobile running\nDelia Fairbanks\nGuest columnist\n"
        + "Published 6:00 a.m. CT March 17, 2024\n\n" + P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo("Keep the bookmobile running");
    assertThat(doc.authors()).containsExactly("Delia Fairbanks");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void labelsInCapitalsAndFieldRowsAreNeitherAuthorsNorHeadlines() {
    CorpusDocument doc = clean("Metro Chronicle Online\nLang: eng \u00B7 Sentiment: -0.21\n"
        + "Tenants in aging high-rise sue landlord over months without working elevators\nBy Gabriel Ashworth\n\n" + P1);
    assertThat(doc.title()).isEqualTo("Tenants in aging high-rise sue landlord over months without working elevators");
    assertThat(doc.subtitle()).isNull();
    CorpusDocument caps = clean("Senior State Department Official on the Secretary\u2019s Upcoming Travel\nVIA TELECONFERENCE\n"
        + "APRIL 2, 2025\n\n" + P1 + "\n\n" + P2);
    assertThat(caps.authors()).isEmpty();
  }

  // --- a headline under a flattened menu, with nothing under it but the body -----------------------

  @Test
  void aFactSheetUnderItsSitesMenu() {
    String headline = "Fact Sheet: HHS Expands Technical Assistance for Rural Emergency Hospitals";
    CorpusDocument doc = clean("U.S. Department of Health and Human Services\nEspa\u00f1ol\nSearch\nClose\nHome\nAbout\n"
        + "Newsroom\nFact Sheets\n" + headline + "\n" + P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo(headline);
    assertThat(doc.publisher()).isEqualTo("U.S. Department of Health and Human Services");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aPoemAtTheTopIsNoMenu() {
    String poem = "The river keeps its counsel,\nThe willows bend to hear;\nAnd no one on the bank\nRemembers the year\n"
        + "What the river told the willows in the spring\n" + P1;
    assertThat(clean(poem).text()).startsWith("The river keeps its counsel,");
  }

  @Test
  void initialismsInASiteName() {
    assertThat(Masthead.hasNameShape("U.S. Department of Energy")).isTrue();
    assertThat(Masthead.hasNameShape("Home. News.")).isFalse();
  }

  // --- a header block over the first paragraph, read when nothing else read it -------------------

  @Test
  void aHeaderWithAMenuRowAndAnAuthorsLine() {
    String headline = "Appeal court frees Clarendon man, faults trial judge\u2019s directions";
    CorpusDocument doc = clean("The Kingston Beacon\nHome News Lead Stories Business Sports Entertainment Letters\nNews\n"
        + headline + "\nShanique Bailey/Staff Reporter\n\n" + P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo(headline);
    assertThat(doc.authors()).containsExactly("Shanique Bailey");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aReportsCoverAndContentsAreNoHeader() {
    String raw = "KESTREL VALLEY WATER AUTHORITY\n2023 Annual Drinking Water Quality Report\nContents\n"
        + "A message from the General Manager ........ 2\nA message from the General Manager\n" + P1;
    assertThat(clean(raw).text()).contains("A message from the General Manager\n\n" + P1);
  }

  @Test
  void menuRows() {
    assertThat(HeadlineExtractor.isMenuRow("News Weather Traffic Sports Watch Live Closings")).isTrue();
    assertThat(HeadlineExtractor.isMenuRow("News Sport Business Community Announcements")).isTrue();
    assertThat(HeadlineExtractor.isMenuRow("Senate Passes Budget Deal After Long Night")).isFalse();
    assertThat(HeadlineExtractor.isMenuRow("The State of the News Business")).isFalse();
  }

  @Test
  void labelsAndAddressesAreNoHeadlines() {
    assertThat(HeadlineExtractor.headlineShaped("Categories: Seed saving, Tomatoes", 40)).isFalse();
    assertThat(HeadlineExtractor.headlineShaped("Region 5 Public Affairs (r5press@epa.gov)", 40)).isFalse();
    assertThat(HeadlineExtractor.headlineShaped("Region 5 crews finish the cleanup early", 40)).isTrue();
  }

  @Test
  void aDateLineWithItsWeekdayApart() {
    String headline = "Appeal court frees Clarendon man, faults trial judge\u2019s directions";
    CorpusDocument doc = clean("The Kingston Beacon\nHome News Lead Stories Business Sports Entertainment Letters\nNews\n"
        + headline + "\nPublished: Thursday | January 25, 2024 | 12:07 AM\nShanique Bailey/Staff Reporter\n\n" + P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo(headline);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 1, 25));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void anInterviewThatOpensWithItsFirstQuestionHasNoHeadline() {
    String qa = "How did you end up in advertising?\n\nAdvertisement was a dirty word in my house growing up, and my"
        + " father thought the whole business was about wants.\n\nWhat advice do you give young copywriters?\n\n"
        + "Read more books and fewer decks, and listen on the bus.";
    CorpusDocument doc = clean(qa);
    assertThat(doc.title()).isNull();
    assertThat(doc.text()).isEqualTo(qa);
    String question = "Is the city ready for the next flood?\n\n" + P1 + "\n\n" + P2;
    assertThat(clean(question).title()).isEqualTo("Is the city ready for the next flood?");
  }
}
