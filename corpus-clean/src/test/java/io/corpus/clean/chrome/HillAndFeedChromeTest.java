package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chrome of The Hill's pages and of feeds found by the fifth held-out check (set G). */
class HillAndFeedChromeTest {

  private static final Cleaner CLEANER = Cleaner.standard();
  private static final String BODY = ChromeStepsTest.BODY;
  private static final String BODY2 = ChromeStepsTest.BODY2;

  private static CorpusDocument clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Share   Tweet   TheHill.com   Comment", "Share Tweet TheHill.com", "Share on Facebook\nShare on Twitter\nTheHill.com"})
  void theHillsShareRowGoes(String row) {
    assertThat(clean(BODY + "\n\n" + row + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TheHill.com", "Visit TheHill.com for more", "Share the dough between the two tins."})
  void aSiteAddressOrTheVerbAloneStays(String line) {
    String raw = BODY + "\n\n" + line + "\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void theHillsJustInRailGoes() {
    String rail = "Just In...\n\nSenate GOP unveils rival plan for highway funding\n\nNEWS // 4M 12S AGO\n\n"
        + "Overnight Energy & Environment \u2014 Drought talks stall\n\nENERGY & ENVIRONMENT // 9M 40S AGO\n\n"
        + "Judge blocks county election rule\n\nCOURT BATTLES // 15M 3S AGO\n\nVIEW ALL";
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\n" + rail).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4m 12s ago", "NEWS // 4M 12S AGO", "2h ago", "3d ago", "5 hours ago", "COURT BATTLES // 15M 3S AGO"})
  void agesOfTeasers(String age) {
    assertThat(TeaserCardRemover.isRelativeTime(age)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"12 ago", "4x ago", "in 4m", "abc // 4m", "Page 4 of 5"})
  void noAges(String line) {
    assertThat(TeaserCardRemover.isRelativeTime(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"The views expressed by contributors are their own and are not the view of The Hill",
    "The views expressed in this article are the author's own.", "Views expressed in this column are the writer\u2019s own."})
  void opinionDisclaimersGo(String line) {
    assertThat(clean(BODY + "\n\n" + line + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void aSentenceAboutViewsStays() {
    String raw = BODY + "\n\nThe views expressed by contributors at the hearing were sharply divided, and the chair said"
        + " she would call more witnesses next month.\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void aBylinesSiteAddressIsThePublisherOnlyWhenNothingElseNamesOne() {
    String headline = "Senate Democrats float short-term farm bill extension as talks drag on";
    CorpusDocument doc = clean("The Hill\nNews | Senate | House\n" + headline + "\nBY Caroline Mercer - 11/19/21 12:38 PM EST\n\n"
        + BODY + "\n\n" + BODY2);
    assertThat(doc.title()).isEqualTo(headline);
    assertThat(doc.publisher()).isEqualTo("The Hill");
    assertThat(doc.authors()).containsExactly("Caroline Mercer");
  }

  @Test
  void namesJoinedByAnUpperCaseAnd() {
    CorpusDocument doc = clean("The Hill\nAdministration\nBiden officials unveil rule to cap overdraft fees at large banks\n"
        + "BY Lena Sorensen AND Marcus Bell - 06/14/22 11:02 AM EDT\n\n" + BODY + "\n\n" + BODY2);
    assertThat(doc.authors()).containsExactly("Lena Sorensen", "Marcus Bell");
  }

  @Test
  void aTagListOverTheFooterGoesWithItsHeading() {
    String raw = BODY + "\n\n" + BODY2 + "\n\nTAGS\nBangladesh\nBureau of Population, Refugees, and Migration\n"
        + "Humanitarian Assistance\nOffice of the Spokesperson\nU.S. Department of State\nBack to top\n"
        + "Privacy Policy | Accessibility Statement | Copyright Information | FOIA | No FEAR Act";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(doc.publisher()).isEqualTo("U.S. Department of State");
  }

  @Test
  void namesUnderATagsHeadingInTheMiddleOfTheStoryStay() {
    // The lines under it run into prose, not a footer: they are the story's own list.
    String list = "Bangladesh\n\nBureau of Population, Refugees, and Migration\n\nHumanitarian Assistance";
    String raw = BODY + "\n\nTags\n\n" + list + "\n\n" + BODY2;
    assertThat(clean(raw).text()).contains(list).contains(BODY2);
  }

  @Test
  void aLongBreadcrumbIsNoBodyLine() {
    String headline = "United States Announces Additional Humanitarian Assistance for Flood-Affected Communities";
    CorpusDocument doc = clean("U.S. DEPARTMENT of STATE\nHome > Office of the Spokesperson > Press Releases > United States"
        + " Announces Additional Humanitarian Assistance for Flood-Aff...\nPRESS STATEMENT\n" + headline
        + "\nOFFICE OF THE SPOKESPERSON\nSEPTEMBER 12, 2024\n\n" + BODY + "\n\n" + BODY2);
    assertThat(doc.title()).isEqualTo(headline);
    assertThat(doc.published()).isEqualTo(java.time.LocalDate.of(2024, 9, 12));
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"JavaScript appears to be disabled on this computer. Please click here to see any active alerts.",
    "Please enable JavaScript to view this page.", "You need to enable JavaScript to run this app.",
    "This site requires JavaScript to work properly."})
  void noScriptNoticesGo(String line) {
    assertThat(clean(line + "\n\n" + BODY).text()).isEqualTo(BODY);
  }

  @Test
  void aSentenceAboutJavaScriptStays() {
    String raw = BODY + "\n\nJavaScript is required knowledge for anyone who builds for the web, the instructor said.\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void anInstitutionsBylineWithATopicList() {
    String headline = "Ambassador Caldwell Remarks at the Launch of the Amazon Water Monitoring Partnership";
    CorpusDocument doc = clean(headline + "\nBy U.S. Embassy Lima | 22 March, 2024 | Topics: Ambassador, Environment, News\n\n"
        + BODY + "\n\n" + BODY2);
    assertThat(doc.title()).isEqualTo(headline);
    assertThat(doc.authors()).isEmpty();
    assertThat(doc.published()).isEqualTo(java.time.LocalDate.of(2024, 3, 22));
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void aSectionsNameOverTheHeadlineIsNoHeadline() {
    String headline = "EPA Finalizes $22 Million Cleanup Plan for Former Plating Site in Fort Wayne, Indiana";
    CorpusDocument doc = clean("United States Environmental Protection Agency\nSearch EPA.gov\nNews Releases\n"
        + "News Releases from Region 05\n" + headline + "\nSeptember 18, 2024\n\n" + BODY + "\n\n" + BODY2);
    assertThat(doc.title()).isEqualTo(headline);
    assertThat(doc.subtitle()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u2190 Previous post Next post \u2192", "Next article \u00BB", "\u00AB Older Entries",
    "Your email address will not be published. Required fields are marked *", "Leave a Reply Cancel reply",
    "\u2605\u2605\u2605\u2605\u2605 4.8 from 112 votes", "4.8 from 112 votes", "Rated 4.5 out of 5",
    "Contact the newsroom: news@ridgewaysentinel.com",
    "Send tips to tips@example.org"})
  void blogAndNewsroomLinesGo(String line) {
    assertThat(clean(BODY + "\n\n" + line + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The station is listener-supported.", "Next post office on the route closes in May.",
    "Five stars from the critics, and 112 votes from the audience, made it the winner.",
    "Contact the newsroom if you saw the fire.", "Leave a reply on the form and the clerk will call you back within a week."})
  void proseLikeThemStays(String line) {
    String raw = BODY + "\n\n" + line + "\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"WKRV Community Radio is listener-supported. Donate today.",
    "Coastal Arts Weekly is supported by readers like you. Donate today.", "Lakeshore Public Media is member-supported."})
  void fundingLinesAtTheEndGo(String line) {
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\n" + line).text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(AppealRemover.isFundingLine(line)).isTrue();
  }

  @Test
  void aStoryAboutFundingKeepsItsSentence() {
    assertThat(AppealRemover.isFundingLine("The station is listener-supported.")).isFalse();
    String raw = BODY + "\n\n" + BODY2 + "\n\nIt is listener-supported.";
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void aReleasesEndMarkAndEqualOpportunityLineGo() {
    String raw = BODY + "\n\n" + BODY2 + "\n\n#\n\nUSDA is an equal opportunity provider, employer, and lender.";
    assertThat(clean(raw).text()).isEqualTo(BODY + "\n\n" + BODY2);
    String prose = BODY + "\n\nThe company is an equal opportunity employer and says so on every job posting it runs.";
    assertThat(clean(prose).text()).isEqualTo(prose);
  }

  @Test
  void theNextPostsTitleGoesWithItsLabel() {
    String raw = BODY + "\n\n" + BODY2 + "\n\nNext Post\n\nStatement from the President on the Small Business Shipping Agreement";
    assertThat(clean(raw).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void anAggregatorsLinkAndTheBioOfAnAuthorTheHeadlineStepFound() {
    String headline = "Wind farm payments become a lifeline for cash-strapped rural schools";
    String raw = "Open in app\nPrairie Public Wire\n" + headline + "\nPriya Natarajan \u00B7 Apr 9, 2024 \u00B7 5 min read\n\n"
        + BODY + "\n\n" + BODY2 + "\n\nView original article\n\nPriya Natarajan covers energy and agriculture for Prairie"
        + " Public Wire. Reach her at pnatarajan@prairiepublicwire.org.";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Priya Natarajan");
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Loading...", "Click to comment", "Comments 124", "Cite", "Like this:", "Like Loading...",
    "See all newsletters", "Page contents", "Acquire Licensing Rights, opens new tab", "42 Likes \u00B7 8 Restacks",
    "1.2K Followers", "With files from The Canadian Press", "Information from The Associated Press was used in this report.",
    "Download the UN News app for your iOS or Android devices.", "Get it on Google Play",
    "Catch all the Business News, Market News and Latest News Updates on The Deccan Courier.",
    "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live.",
    "All content is available under the Open Government Licence v3.0, except where otherwise stated",
    "Published in the print edition of the March 11, 2024, issue, with the headline \u201cThe Archivist.\u201d",
    "From our Spring issue", "Facebook Count", "WhatsApp 12", "Reply (12)", "Thank (4)",
    "Published in The Frontier, May 7th, 2024", "From the May 11th 2024 edition", "SC/15432", "ECOSOC/7165",
    "PRESS RELEASE NO: 2024/118/LAC", "Press Release No. 45/2024", "9634th Meeting (AM)",
    "For information media. Not an official record.", "Share this contribution", "Share this debate",
    "Previous debate Next debate", "Download text", "Translate \u203A", "Share: Facebook X Email",
    "Share: WhatsApp | Facebook | Email", "Save Share Give", "Unlock the Editor\u2019s Digest for free",
    "Transcribed by: Volunteer transcription team", "Comments are closed on this story.",
    "Commenting for this story is now closed.", "Sponsored by Tradewinds Floorplan Finance",
    "Share on social media", "Back to news list", "Download minutes (PDF, 2.1 MB)",
    "HRVL NASDAQ $14.82 +0.61 (+4.29%) Quote delayed 15 min",
    "Podcast: Apple Podcasts Spotify Download MP3 (38 MB)", "Watch the full briefing on our YouTube channel", "Listen Share", "Your browser does not support the <audio> element.",
    "This article appeared in the Finance & economics section of the print edition under the headline \"Cold hard cash\""})
  void standingLinesOfSitesGo(String line) {
    assertThat(clean(BODY + "\n\n" + line + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Associated Press writers Lisa Mascaro and Mary Clare Jalonick contributed to this report.",
    "Watch now", "We acknowledge that the bridge was late, the mayor said, and we will pay the penalty.",
    "Download speeds in the county lag the state average by half, the survey found.",
    "Cite the source, the judge told the lawyers, or withdraw the exhibit.",
    "Published in The Frontier, her first novel drew on her years as a reporter in Peshawar.",
    "Thank you (all 40 of you) for writing in.", "The vote came at the 9634th meeting of the Council.",
    "COVID/19 is how the sign on the clinic door spelled it.", "Unlock the door for free, the locksmith said.",
    "Transcribed by hand, the letters fill three boxes.", "Sponsored by the mayor, the bill passed on Tuesday.",
    "Watch the full moon rise over the lake from the east pier."})
  void linesLikeThemThatStay(String line) {
    String raw = BODY + "\n\n" + line + "\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void theEuropeanUnionsSiteBannerGoes() {
    String banner = "An official website of the European Union\nHow do you know?\n"
        + "All official European Union website addresses are in the europa.eu domain.\nSee all EU institutions and bodies";
    // Its lines go (the rule leaves "How do you know?", a lone question; above the body the header
    // steps take it as furniture, and in the body it stays: see below).
    assertThat(clean(banner + "\n\n" + BODY + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(clean("An official EU website\n\n" + BODY).text()).isEqualTo(BODY);
    // In a sentence, and a lone question, the words stay.
    String prose = BODY + "\n\nAn official website of the European Union went offline for two hours on Tuesday.\n\n"
        + "How do you know?\n\n" + BODY2;
    assertThat(clean(prose).text()).isEqualTo(prose);
  }

  @Test
  void aSubscriptionAppealAtTheEndGoes() {
    String appeal = "In a time of both misinformation and too much information, quality journalism is more crucial than ever. "
        + "By subscribing, you can help us get the story right.";
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\n" + appeal + "\n\nSUBSCRIBE NOW").text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void aOneWordAnswerAndAPaywallLineInAStoryStay() {
    String qa = BODY + "\n\nWhat was the first word you ever painted for money?\n\nAdvertisement.\n\nJust that?\n\n" + BODY2;
    assertThat(clean(qa).text()).isEqualTo(qa);
    String paywall = BODY + "\n\nSubscribe to continue reading.\n\n" + BODY2;
    assertThat(clean(paywall).text()).isEqualTo(paywall);
    assertThat(clean(BODY + "\n\nADVERTISEMENT\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  // --- funders' notes at the end (sets K and L) ---------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
    "Pilgrim News Service\u2019s coverage of religion and housing is supported in part by the Thornbury Foundation. PNS maintains full editorial control over its journalism.",
    "The Valley Courier's climate coverage is funded by a grant from the Harmon Trust.",
    "This story was produced with support from the Solutions Journalism Network.",
    "This reporting was made possible in partnership with the Rural News Collaborative."})
  void funderNotes(String line) {
    assertThat(AppealRemover.isFunderNote(line)).isTrue();
    String raw = BODY + "\n\n" + BODY2 + "\n\n" + line + "\n\nRepublish this story\n";
    assertThat(CLEANER.clean(RawDocument.text("t.txt", raw)).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The station's reporting is funded by the state, critics say.",
    "Its coverage of the war is supported by three foreign correspondents.",
    "This story was updated on Tuesday."})
  void notFunderNotes(String line) {
    assertThat(AppealRemover.isFunderNote(line)).isFalse();
  }

  @Test
  void aFunderNoteWithProseAfterItStays() {
    String note = "This story was produced with support from the Solutions Journalism Network.";
    String raw = BODY + "\n\n" + note + "\n\n" + BODY2;
    assertThat(CLEANER.clean(RawDocument.text("t.txt", raw)).text()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Stay up to date with the latest news. Follow DD on WhatsApp Channels.", "Send us your story ideas: news@tibn.example",
    "Independent journalism costs money. Support The Valletta Courier for the price of a coffee.",
    "Comments not loading? We recommend using Google Chrome or Mozilla Firefox with javascript turned on. Comments are moderated according to our Comments Policy."})
  void setLPromosGoBetweenParagraphs(String line) {
    String raw = BODY + "\n\n" + line + "\n\n" + BODY2;
    assertThat(CLEANER.clean(RawDocument.text("t.txt", raw)).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void popularOnTheSiteAtTheEndGoes() {
    String raw = BODY + "\n\n" + BODY2 + "\n\nPopular on Screenlight\n\n© 2024 Screenlight Media\n";
    assertThat(CLEANER.clean(RawDocument.text("t.txt", raw)).text()).isEqualTo(BODY + "\n\n" + BODY2);
    String section = BODY + "\n\nPopular on TikTok\n\n" + BODY2;
    assertThat(CLEANER.clean(RawDocument.text("t.txt", section)).text()).isEqualTo(section);
  }
}
