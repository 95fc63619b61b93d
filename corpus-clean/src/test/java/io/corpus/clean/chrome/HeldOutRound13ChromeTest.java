package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ends of pages from the twenty-sixth to twenty-eighth held-out checks, and of the earlier
 * sets' pages whose footers were left whole: notices the notice test did not know ("Copyright(c)
 * Ministry of Oceans and Fisheries.", "© Copyright 1997-2024 …", links glued to "All Rights
 * Reserved"), a platform credit under the notice, a street address after the holder and a
 * consent banner set under the footer. Each with its look-alike. Every case is cleaned twice and
 * must not change.
 */
class HeldOutRound13ChromeTest {

  private static final String P1 = "The ministry will hold public hearings in three coastal cities in October. It will gather "
      + "opinions on the candidate areas before it decides.";
  private static final String P2 = "Fishers' groups said they welcomed the plan. They asked for more rangers on the southern "
      + "coast, where illegal trawling has grown.";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  // --- copyright notices ---------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
    "Copyright(c) Ministry of Oceans and Fisheries. All Rights Reserved.",
    "© Copyright 1997-2024 Philippine Daily Courier, Inc. All Rights Reserved.",
    "© 2025 The Jerusalem Chronicle, All Rights ReservedTerms of UsePrivacy PolicyAdvertise with usContact us",
    "Copyright © Board of Trustees of the County Library. All rights reserved."
  })
  void noticesOfTheseShapesAreCopyrightLines(String line) {
    assertThat(SiteFooterRemover.isCopyright(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Copyright of the report belongs to the ministry. All rights reserved.",
    "Copyright law protects the Ministry of Culture and its archives.",
    "© 2025 The Jerusalem Chronicle, All Rights Reserved except those the readers keep",
    "© Copyright rules were changed by the ministry in 2019."
  })
  void sentencesAboutCopyrightAreNot(String line) {
    assertThat(SiteFooterRemover.isCopyright(line)).isFalse();
  }

  @Test
  void aNoticeWithJoiningWordsInTheHolderEndsTheTextAndNamesThePublisher() {
    CorpusDocument doc = clean(P1 + "\n\n" + P2 + "\n\n94, Dasom 2-ro, Sejong-si, 30110, Republic of Korea\n\n"
        + "Copyright(c) Ministry of Oceans and Fisheries. All Rights Reserved.");
    assertThat(doc.text()).doesNotContain("Copyright").doesNotContain("Dasom").endsWith("southern coast, where illegal trawling has grown.");
    assertThat(doc.publisher()).isEqualTo("Ministry of Oceans and Fisheries");
  }

  @Test
  void aNoticeWithGluedLinksGoesWithoutThem() {
    CorpusDocument doc = clean(P1 + "\n\n" + P2 + "\n\n"
        + "© 2025 The Jerusalem Chronicle, All Rights ReservedTerms of UsePrivacy PolicyAdvertise with usContact us");
    assertThat(doc.text()).doesNotContain("Chronicle").doesNotContain("Privacy");
    assertThat(doc.publisher()).isEqualTo("The Jerusalem Chronicle");
  }

  @Test
  void theSignBeforeTheWordNamesTheCompanyAsThePageNamesIt() {
    CorpusDocument doc = clean("Philippine Daily Courier / 05:14 AM April 02, 2024\n\n" + P1 + "\n\n" + P2 + "\n\n"
        + "© Copyright 1997-2024 Philippine Daily Courier, Inc. All Rights Reserved.");
    assertThat(doc.text()).doesNotContain("Copyright");
    assertThat(doc.publisher()).isEqualTo("Philippine Daily Courier");
  }

  // --- what a footer holds under and after its notice -----------------------------------------------

  @Test
  void aPlatformCreditUnderTheNoticeGoesWithTheFooterAndTheAddressLeavesTheHolder() {
    CorpusDocument doc = clean(P1 + "\n\n" + P2 + "\n\n"
        + "© Copyright 2025 Pine County Sentinel 114 Main St. Millbrook, NY | Terms of Use | Privacy Policy\n\n"
        + "Powered by BLOX Content Management System from TownNews.com.");
    assertThat(doc.text()).doesNotContain("Powered").doesNotContain("Sentinel").endsWith("illegal trawling has grown.");
    assertThat(doc.publisher()).isEqualTo("Pine County Sentinel");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Powered by BLOX Content Management System from TownNews.com.", "Proudly powered by WordPress.",
    "Website powered by Pitchside"})
  void platformCredits(String line) {
    assertThat(SiteFooterRemover.isPlatformCredit(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"The turbines are powered by wind from the lake.", "Powered by volunteers. The festival has run for 40 years.",
    "Our whole city grid will soon be powered by the new hydroelectric dam upstream on the river."})
  void sentencesAboutPowerAreNoCredit(String line) {
    assertThat(SiteFooterRemover.isPlatformCredit(line)).isFalse();
  }

  @Test
  void aPoweredBySentenceWithoutANoticeStays() {
    String raw = P1 + "\n\n" + P2 + "\n\nPowered by volunteers, the hearings are open to all.";
    assertThat(clean(raw).text()).contains("Powered by volunteers");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Pine County Sentinel 114 Main St. Millbrook, NY", "Pine County Sentinel, 114 Main Street, Millbrook"})
  void aHoldersStreetAddressIsCut(String holder) {
    assertThat(SiteFooterRemover.withoutStreetAddress(holder)).isEqualTo("Pine County Sentinel");
  }

  @ParameterizedTest
  @ValueSource(strings = {"KTVR 9 News", "Channel 4 Television", "Route 66 Media Group"})
  void aNumberInTheNameWithoutAStreetAfterItStays(String holder) {
    assertThat(SiteFooterRemover.withoutStreetAddress(holder)).isEqualTo(holder);
  }

  // --- a consent banner under the footer --------------------------------------------------------------

  @Test
  void firstPersonConsentButtonsAnchorTheBannerUnderTheFooter() {
    CorpusDocument doc = clean(P1 + "\n\n" + P2 + "\n\nCopyright 2026, European Central Bank\n\nWe use cookies\n\n"
        + "We are always working to improve this website for our users. To do this, we use the anonymous data provided by "
        + "cookies. Learn more about how we use cookies\n\nI understand and I accept the use of cookies\n\n"
        + "I do not accept the use of cookies");
    assertThat(doc.text()).doesNotContain("cookies").doesNotContain("Copyright");
  }

  @Test
  void aSentenceAboutAcceptingCookiesInAStoryStays() {
    String raw = P1 + "\n\nI accept that cookies are part of the web, the commissioner said, but the banners have become a "
        + "nuisance for every reader.\n\n" + P2;
    assertThat(clean(raw).text()).contains("I accept that cookies");
  }

  // --- jump links between an FAQ's answers ------------------------------------------------------------

  @Test
  void backToTopLinksBetweenAnswersGoAndTheFooterStillEndsTheText() {
    String raw = "Do I need a library card to use the computers?\nYes. You need a library card in good standing, or a guest "
        + "pass from the front desk. Guest passes are free.\nBack to top\nCan I print from my phone?\nYes. Send your "
        + "document to the print address from any device. Your job will be held for 24 hours.\n\u2191 Back to top\n"
        + "Is there Wi-Fi?\nYes. Connect to the public network. No password is needed.\nBack to top\nPrivacy Policy\n"
        + "\u00A9 2025 Fernvale Public Library";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).doesNotContain("Back to top").doesNotContain("Privacy").contains("Can I print from my phone?")
        .endsWith("No password is needed.");
  }

  @Test
  void aLineThatQuotesTheLinkStays() {
    String raw = P1 + "\n\n2. \u201CBack to top\u201D is a confession\n\nThirty-eight sites had a \u201CBack to top\u201D link. "
        + "On a long page it is an admission that the page is too long.\n\n" + P2;
    assertThat(clean(raw).text()).contains("2. \u201CBack to top\u201D is a confession");
  }

  // --- the end's steps once more, as a second cleaning ---------------------------------------------

  @Test
  void aRelatedBlockOverTheFooterUnderAContactBlockGoesInOneCleaning() {
    String raw = P1 + "\n\n" + P2 + "\n\nIMF Communications Department\nMEDIA RELATIONS\nPRESS OFFICER: Tobias Wendt\n"
        + "Phone: +1 202 623-7100Email: MEDIA@IMF.org\n@IMFSpokesperson\n\nRelated Links\nCabo Verde and the IMF\n"
        + "Cabo Verde: 2024 Article IV Consultation \u2014 Press Release; Staff Report\n\nSubscribe to our emails\nIMF\n"
        + "About the IMF\nContact Us\nCopyright and Usage\nPrivacy Policy\nScam Alert\n"
        + "\u00A9 2025 International Monetary Fund. All rights reserved.\n";
    CorpusDocument doc = clean(raw); // cleaned twice: the second cleaning must find nothing more
    assertThat(doc.text()).doesNotContain("Related Links").doesNotContain("MEDIA RELATIONS").doesNotContain("\u00A9");
  }

  @Test
  void aLongFooterRunEndedByLoneLinksUnderTopOfPageGoes() {
    StringBuilder raw = new StringBuilder(P1 + "\n\n" + P2 + "\n\nContacts\nMedia Relations\nAlberta RCMP\n"
        + "Email: K-MediaRelations@rcmp-grc.gc.ca\nRelated links\nAlberta RCMP news\nRural crime prevention\n"
        + "Report a problem or mistake on this page\nDate modified:\n2025-10-06\nAbout this site\n"
        + "Royal Canadian Mounted Police\nContact us\nJobs\nRoyal Canadian Mounted Police Heritage Centre\n"
        + "Government of Canada\nAll contacts\nDepartments and agencies\nAbout government\nSocial media\n"
        + "Mobile applications\nAbout Canada.ca\nTerms and conditions\nPrivacy\nTop of page\n"
        + "Symbol of the Government of Canada\n");
    CorpusDocument doc = clean(raw.toString());
    assertThat(doc.text()).doesNotContain("Symbol of the Government").doesNotContain("Top of page");
  }

  // --- header chrome a second cleaning would read as a headline -----------------------------------

  @Test
  void aShareRowWithAColonGoes() {
    String raw = P1 + "\n\nShare: Facebook Twitter WhatsApp Telegram\n\n" + P2;
    assertThat(clean(raw).text()).doesNotContain("Share:").contains("Fishers' groups");
  }

  @Test
  void aSentenceAboutSharingStays() {
    String raw = P1 + "\n\nShare: the fishers asked the ministry for a larger share of the quota.\n\n" + P2;
    assertThat(clean(raw).text()).contains("Share: the fishers asked");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Pinned", "Reprints", "Pinned post"})
  void aPageLabelAloneGoes(String label) {
    assertThat(clean(P1 + "\n\n" + label + "\n\n" + P2).text()).doesNotContain(label);
  }

  @Test
  void aCaptionEndingInAStockAgencyGoes() {
    String raw = P1 + "\n\nA nurse prepares an injection at a pediatric clinic. Adobe\n\n" + P2;
    assertThat(clean(raw).text()).doesNotContain("Adobe").contains("Fishers' groups");
  }

  @Test
  void aSentenceNamingTheCompanyStays() {
    String raw = P1 + "\n\nThe contract went to a software maker. Its name was not given, but people familiar with "
        + "the deal said it was Adobe\n\n" + P2;
    assertThat(clean(raw).text()).contains("it was Adobe");
  }

  @Test
  void anAdLabelBetweenDashesGoes() {
    String raw = P1 + "\n\n- Advertisement -\n\n" + P2;
    assertThat(clean(raw).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Views: 2,318", "1,204 views", "Reveal answer", "Show answer", "Reply \u00B7 Share \u00B7 Report 12 replies",
    "Reply \u00B7 Report"})
  void pageControlsAndCountersAloneGo(String label) {
    assertThat(clean(P1 + "\n\n" + label + "\n\n" + P2).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Views: the council's and the fishers' differ on the quota.", "Reveal the answer to the riddle at the end."})
  void sentencesThatStartLikeControlsStay(String line) {
    assertThat(clean(P1 + "\n\n" + line + "\n\n" + P2).text()).contains(line);
  }

  @Test
  void aWikisEditLinkLeavesItsHeadingAndStaysInASentence() {
    String raw = "History[edit]\n\n" + P1 + "\n\nConventions [edit]\n\nThe editor wrote \"[edit] the copy\" on the memo. "
        + "It was sent to the desk.\n\n" + P2;
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).startsWith("History\n\n").contains("\n\nConventions\n\n").contains("\"[edit] the copy\"");
  }

  @Test
  void aRelatedBlockOnALivePageEndsAtTheNextEntrysTime() {
    String raw = P1 + "\n\nRelated\nWhat to do if your flight is canceled in a winter storm\nHow to prepare your home for a power outage\n"
        + "12:57 p.m. ET\nChicago\u2019s O\u2019Hare cancels more than 1,100 flights\n"
        + "Airlines canceled more than 1,100 flights at O\u2019Hare by early afternoon. Crews were de-icing planes in rotation.\n\n" + P2;
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).doesNotContain("What to do if your flight").contains("12:57 p.m. ET")
        .contains("cancels more than 1,100 flights");
  }
}
