package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.ContentType;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Print headers, credits, promos, cards, footers and bios: variants that go and look-alikes that stay. */
class ChromeStepsTest {

  private static final Cleaner CLEANER = Cleaner.standard();

  static final String BODY =
      "Those fears have sparked a flurry of diplomatic activity between the United States and its European allies"
          + " as well as with Russia, and officials said more meetings were planned.";
  static final String BODY2 =
      "CIA director William Burns traveled to Moscow earlier this month to warn Russia that Washington was closely"
          + " watching its troop buildup along the border.";

  static CorpusDocument clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw));
  }

  static CorpusDocument clean(String raw, String url) {
    return CLEANER.clean(new RawDocument("t.txt", null, url, raw, ContentType.TEXT, Map.of()));
  }

  // --- held-out look-alikes (2026-12-06) -----------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sign up for the newsletter was brisk, editor Mitch Pugh said, with more than 8,000 readers subscribing in the first 24 hours.",
        "Subscribe to our newsletter, the Tribune's promotional emails urge, but media analysts said the bigger test would be paying.",
        "Thomas Dee is a professor of education at Stanford University and one of the authors of the study."
      })
  void newsAboutAPromoOrASourceIntroducedLastStays(String last) {
    String raw = BODY + "\n\n" + BODY2 + "\n\n" + last;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We use cookies to personalise content and ads, to provide social media features and to analyse our traffic."
            + " We also share information about your use of our site with our partners. Accept all cookies Manage preferences",
        "###", "# # #", "-30-", "- 30 -", "Advertisement", "SKIP ADVERTISEMENT", "Copy link", "214 Comments",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "A version of this article appears in print on Nov. 20, 2021, Section A, Page 1 of the New York edition.",
        "Page last reviewed: November 19, 2021", "Tags: NATO, Ukraine, Russia", "Image source, Getty Images",
        "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST",
        "By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may unsubscribe at any"
            + " time. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "after newsletter promotion", "Register now for FREE unlimited access to Reuters.com",
        "Go deeper: The Senate's next fight over spending",
        // After a label, a headline may report speech: it is still a promo.
        "READ MORE: COP28 president says there is ‘no science’ behind fossil fuel phase-out"
      })
  void cookieNoticesEndMarksAndPageLabelsGo(String chrome) {
    assertThat(clean(BODY + "\n\n" + chrome + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {"Kyle Fontaine/NBN; true", "Jane Doe/CBC; true",
      "Anna Maria Lopez/WPTV; true", "Smith/Jones; false", "Kyle Fontaine/nbn; false", "Kyle Fontaine/NATIONALBC; false",
      "and/or; false", "Kyle Fontaine/NBN/AP; false"})
  void aNameAndAnAcronymIsACaptionsCredit(String text, boolean credit) {
    assertThat(io.corpus.clean.chrome.ImageCreditRemover.isNameSlashAcronym(text)).isEqualTo(credit);
  }

  @org.junit.jupiter.api.Test
  void aNameAndAnAcronymInTheParenthesisClosingACaptionGoes() {
    String body = "Residents of Birch Landing, a town of about 700 people north of Lake Winnipeg, have now lived under a"
        + " boil-water advisory for more than a year, and the province has yet to fund a new treatment plant.";
    String raw = body + "\n\nThe plant was built in 1979. (Kyle Fontaine/NBN)\n\n" + body;
    assertThat(Cleaner.standard().clean(io.corpus.model.RawDocument.text("t", raw)).text())
        .isEqualTo(body + "\n\nThe plant was built in 1979.\n\n" + body);
    String kept = body + "\n\nThe ratio of wins (home/away) was even.\n\n" + body;
    assertThat(Cleaner.standard().clean(io.corpus.model.RawDocument.text("t", kept)).text()).isEqualTo(kept);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"\u00A9 UNDP/Aibek Asanov", "\u00A9 2024 Private", "\u00A9Getty Images",
      "\u00A9 Ministry of Health"})
  void copyrightCreditsAreCredits(String credit) {
    assertThat(io.corpus.clean.chrome.ImageCreditRemover.isCopyrightCredit(credit)).isTrue();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"\u00A9 2024 The Tribune. All rights reserved.", "\u00A9",
      "\u00A9 the author, who asked us not to", "UNDP/Aibek Asanov", "\u00A9 One Two Three Four Five Six Seven"})
  void otherTextIsNoCopyrightCredit(String text) {
    assertThat(io.corpus.clean.chrome.ImageCreditRemover.isCopyrightCredit(text)).isFalse();
  }

  @Test
  void aDisclaimerUnderThePieceGoes() {
    String csis = "Commentary is produced by the Center for Strategic and International Studies (CSIS), a private,"
        + " tax-exempt institution focusing on international public policy issues. Its research is nonpartisan and"
        + " nonproprietary. CSIS does not take specific policy positions. Accordingly, all views, positions, and"
        + " conclusions expressed in this publication should be understood to be solely those of the author(s).";
    String cfr = "The Council on Foreign Relations takes no institutional positions on policy issues and has no affiliation"
        + " with the U.S. government. All views expressed in its publications and on its website are solely the"
        + " responsibility of the author or authors.";
    for (String d : new String[] {csis, cfr, csis + "\n\n\u00A9 2024 by the Center for Strategic and International Studies."}) {
      assertThat(clean(BODY + "\n\n" + BODY2 + "\n\n" + d).text()).isEqualTo(BODY + "\n\n" + BODY2);
    }
    // In the middle, or reported, it is the story's.
    String mid = BODY + "\n\n" + cfr + "\n\n" + BODY2;
    assertThat(clean(mid).text()).isEqualTo(mid);
    String said = BODY + "\n\nThe views in the memo are solely those of the author, the agency said on Friday.";
    assertThat(clean(said).text()).isEqualTo(said);
  }

  @Test
  void aCaptionBehindAToggleGoesWithItsLabels() {
    String npr = "Enlarge this image\nWorkers at a distribution center in Richmond, Va. The rule would have raised the"
        + " salary threshold.\nJulia Rendleman/Getty Images\ntoggle caption\nJulia Rendleman/Getty Images";
    assertThat(clean(BODY + "\n\n" + npr + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
    // Without its closing label the text under "Enlarge this image" is not known to be a caption.
    String open = "Enlarge this image\n\n" + BODY2;
    assertThat(clean(BODY + "\n\n" + open).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We use cookies to track every click, the company's privacy chief said in a deposition last year.",
        "Comments from the public are due by Jan. 5, and the agency said it would read every one.",
        "Tags on the shipping containers showed they had passed through three ports.",
        "Sign up to vote by Friday, the clerk urged, because the rolls close at midnight.",
        "By signing up more than 40,000 members, the union said it could now bargain for the whole sector."
      })
  void proseThatOpensLikeThemStays(String prose) {
    String raw = BODY + "\n\n" + prose + "\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  // --- print headers ------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11/19/21, 12:38 PM Page 1 of 3", "11/19/2021, 12:38 PM Page 2 of 3", "19.11.2021, 14:38 Page 1 of 2",
        "2021-11-19 12:38 Page 3 of 3", "11/19/21 12:38:05 pm Page 1 of 10", "Page 1 of 3 11/19/21, 12:38 PM",
        "https://www.cnas.org/press/in-the-news/kremlin-says 1/3", "https://www.state.gov/briefing/ Page 2 of 9"
      })
  void printHeadersInTheMiddleOfASentenceGoWithOneSpaceLeft(String header) {
    String raw = "activity between " + header + " the United States and its allies.";
    assertThat(clean(raw).text()).isEqualTo("activity between the United States and its allies.");
    assertThat(clean(raw).removals()).extracting(r -> r.ruleId()).containsOnly(PrintHeaderRemover.ID);
  }

  @Test
  void aHeaderLineInsideASentenceIsMended() {
    String raw = "activity between\n11/19/21, 12:38 PM Page 1 of 3\nthe United States.";
    assertThat(clean(raw).text()).isEqualTo("activity between the United States.");
  }

  @Test
  void aHeaderLineBetweenParagraphsKeepsTheParagraphs() {
    String raw = BODY + "\n\nPage 2 of 3\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "On page 3 of the report, the inspector general notes the failure.",
        "Page 3 of the report lists the contracts in question.",
        "The annex, page 12 of 40, is redacted.", "He scored 3 of 4 attempts in the first half.",
        "The meeting at 11/19/21, 12:38 PM was short.", "See https://www.state.gov/report 2021 edition for details.",
        "Page 4 of 3"
      })
  void pageAndDateMentionsInProseStay(String line) {
    assertThat(clean(line).text()).isEqualTo(line);
  }

  /** Round 2: Chrome headers with a dash before the site, Firefox footers either way round, lower case with a pipe. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "12/7/21, 4:51 PM Department Press Briefing \u2013 December 7, 2021 - United States Department of State",
        "22/02/2022, 08:15 Germany halts Nord Stream 2 approval - BBC News", "1 of 3 11/19/2021, 12:38:07 PM",
        "11/19/2021, 12:38:07 PM 1 of 3", "page 2 of 4 | 26.11.2021 18:04", "2 of 3 2022-01-05 10:42:19"
      })
  void moreHeaderLinesInsideASentenceAreMended(String header) {
    assertThat(clean("activity between\n" + header + "\nthe United States.").text()).isEqualTo("activity between the United States.");
  }

  @Test
  void aCounterOrStampGluedToAParagraphEndGoes() {
    assertThat(clean(BODY + " Page 2 of 5\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(clean(BODY + "11/19/21, 12:38 PM\n\n2/3\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
    String comma = "The government cites Exhibit B, Page 2 of 5";
    assertThat(clean(BODY + "\n\n" + comma + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + comma + "\n\n" + BODY2);
  }

  @Test
  void aLoneFractionOrTitleStaysAwayFromPrintChrome() {
    String raw = BODY + "\n\n2/3\n\n" + BODY2 + "\n\nAbiy Says He Will Lead Troops\n\n" + BODY + "\n\nAbiy Says He Will Lead Troops";
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void aPageTitleRepeatedAfterCountersGoes() {
    String title = "Abiy Says He Will Lead Troops From the Front";
    String raw = BODY + "\n\nPage 1 of 3\n\n" + title + "\n\n" + BODY2 + "\n\nPage 2 of 3\n\n" + title + "\n\n" + BODY;
    assertThat(clean(raw).text()).isEqualTo(BODY + "\n\n" + BODY2 + "\n\n" + BODY);
    String once = BODY + "\n\nPage 1 of 3\n\n" + title + "\n\n" + BODY2;
    assertThat(clean(once).text()).isEqualTo(BODY + "\n\n" + title + "\n\n" + BODY2);
  }

  // --- image credits ------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Image credit: Peter Klaunzer - Pool/Keystone via Getty Images", "Photo: Alex Wong/Getty Images",
        "Photo credit: Mikhail Metzel/TASS", "Illustration: Foreign Policy", "Chip Somodevilla/Getty Images",
        "Chip Somodevilla / Getty Images", "Mandel Ngan/AFP via Getty Images", "REUTERS/Evelyn Hockstein",
        "(AP Photo/Evan Vucci)", "President Biden speaks at the White House. (AP Photo/Evan Vucci)",
        "(Photo by Mikhail Svetlov/Getty Images)", "Russian President Vladimir Putin. Sputnik/Mikhail Klimentyev/Kremlin via REUTERS"
      })
  void creditLinesGo(String credit) {
    assertThat(clean(BODY + "\n\n" + credit + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  /** The agency is matched ignoring case, also where its last char is all a line's ending shares with it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Chip Somodevilla/GETTY IMAGES", "Chip Somodevilla / getty images", "Mandel Ngan / afp", "Mikhail Metzel via reuters",
        "Evan Vucci | ap", "reuters/Evelyn Hockstein", "Alex Wong/Getty Image\u017F"
      })
  void creditAgenciesMatchInAnyCase(String credit) {
    assertThat(clean(BODY + "\n\n" + credit + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Getty Images said it had withdrawn the photo.", "The figures come from a poll by Ipsos/Reuters.",
        "The photographer works for AP", "He sold the pictures to Getty Images", "Photographs of the meeting were not released.",
        "The agency (Getty Images) declined to comment on the matter, a spokeswoman said in an email on Monday night."
      })
  void creditWordsInProseStay(String line) {
    String raw = BODY + "\n\n" + line + "\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  /** Round 2: credit lines of other shapes (DVIDS, courtesy, a lone agency, a caption after a separator). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "U.S. Army photo by Sgt. Garrett Ty Whitfield", "(U.S. Air Force photo by Senior Airman Jason W. Edwards)",
        "State Department photo by Ron Przysucha", "Photo by Jane Roe", "Courtesy of the U.S. Navy", "Credit: U.S. Navy",
        "Getty Images", "File photo", "(Getty Images)",
        "Secretary Blinken delivers remarks in Jakarta. | State Department photo by Ron Przysucha",
        "Ambassador Sung Kim greets Secretary Blinken on arrival at the airport \u00b7 Photo: U.S. Embassy Jakarta",
        "Protesters rally against the coup in Khartoum, Sudan, Nov. 21, 2021. \u2014 AFP",
        "FILE PHOTO: A view shows the landfall facility in Lubmin, Germany, September 15, 2020. REUTERS/Hannibal Hanschke/File Photo"
      })
  void moreCreditLinesGo(String credit) {
    assertThat(clean(BODY + "\n\n" + credit + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  /** A credit glued to the end of a prose paragraph goes; the paragraph stays (it reports: "said", "have", quotes). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        " Sputnik/Mikhail Metzel/Kremlin via REUTERS", " (AP Photo/Petros Giannakouris)", " Wakil Kohsar/AFP via Getty Images",
        " REUTERS/Evgenia Novozhenina", " | Photo: Drew Angerer/Getty Images"
      })
  void aCreditGluedToProseGoesAlone(String credit) {
    String prose = "U.S. officials have said some of the proposals are clearly unacceptable but that Washington is prepared to discuss them.";
    assertThat(clean(BODY + "\n\n" + prose + credit).text()).isEqualTo(BODY + "\n\n" + prose);
    String past = "The Senate passed the bill on Thursday.";
    assertThat(clean(BODY + "\n\n" + past + credit).text()).isEqualTo(BODY + "\n\n" + past);
  }

  @Test
  void aCreditGluedToALongParagraphGoesAlone() {
    String para = BODY + " " + BODY2 + " " + BODY;
    assertThat(para.length()).isGreaterThan(ImageCreditRemover.MAX_LINE);
    assertThat(clean(para + " Ukrainian Presidential Press Service/Handout via REUTERS").text()).isEqualTo(para);
  }

  @Test
  void aCreditParenthesisGluedToAParagraphStartGoes() {
    assertThat(clean("(Photo: Saul Loeb/AFP via Getty Images) " + BODY + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
    String aside = "(The figures are preliminary.) " + BODY;
    assertThat(clean(aside).text()).isEqualTo(aside);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Credit: that is what the bank's lawyers argued the company deserved for cooperating with investigators, though prosecutors disagreed.",
        "Credit: the lawyers",
        "Courtesy of a special arrangement with the ministry, the journalists were flown to the town.",
        "File photos of the loan documents show signatures from three former officials.",
        "Photo by photo, the exhibition traces the siege of the city.",
        "Oil prices rose on Monday as traders weighed the risk of supply disruptions (Reuters)"
      })
  void creditLabelsOpeningProseStay(String line) {
    String raw = BODY + "\n\n" + line + "\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  // --- promos -------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Read the full story and more from Foreign Policy.", "Read the full article at Defense One",
        "Read the full story here.", "READ MORE: Biden warns Putin of severe sanctions",
        "Sign up for our free daily newsletter", "Subscribe to our newsletter for the latest", "Continue reading",
        "Related: What to know about the Geneva talks", "Read more"
      })
  void promoLinesGo(String promo) {
    assertThat(clean(BODY + "\n\n" + promo + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sign up for the draft was mandatory for men between 18 and 25.",
        "Subscribe to the idea that sanctions alone work, and you will be disappointed.",
        "Readers who want to read the full story of the war will find it in the archive.",
        "Continue reading the report and you find that the department had been warned twice about the contract."
      })
  void promoOpeningsInProseStay(String line) {
    String raw = BODY + "\n\n" + line + "\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  /** Inside a paragraph a promo phrase stays; glued after its last sentence it goes (round 2, see below). */
  @Test
  void aPromoPhraseInsideAParagraphStays() {
    String raw = BODY + " Read the full story and more from Foreign Policy. " + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
    assertThat(clean(BODY + " Read the full story").text()).isEqualTo(BODY + " Read the full story");
    assertThat(clean(BODY + " Read the full story and more from Foreign Policy.").text()).isEqualTo(BODY);
  }

  /** Round 2: promo lines of other shapes. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Get our free Economy newsletter delivered every Friday. Sign up now.", "0:00 / 4:12", "Read More \u00bb",
        "Read the full story at Foreign Affairs \u2192", "Follow us on Facebook, Twitter and Instagram for the latest updates.",
        "Subscribe now for unlimited access to our reporting. Just $1 for your first month.", "Support our journalism. Donate today.",
        "Share this: Facebook | Twitter | LinkedIn | Email", "Story continues below advertisement",
        "Click here to get breaking news alerts sent to your phone.", "Have a tip? Click here to contact our newsroom securely.",
        "This story was originally published by Kaiser Health News and is republished here with permission.",
        "Sign up here for our daily newsletter, The Morning Briefing, delivered to your inbox every weekday."
      })
  void morePromoLinesGo(String promo) {
    assertThat(clean(BODY + "\n\n" + promo + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void aShareListGoesOneNetworkPerLine() {
    assertThat(clean(BODY + "\n\nShare this:\nTwitter\nFacebook\nEmail\nPrint\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
    String names = BODY + "\n\nTwitter\n\nFacebook";
    assertThat(clean(names).text()).isEqualTo(names);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " READ MORE: Russia orders troops into separatist regions", " Related: Biden announces first sanctions against Russia",
        " Read the full story at Foreign Policy.", " Get our free Economy newsletter delivered every Friday. Sign up now.",
        " Follow us on Facebook, Twitter and Instagram for the latest updates."
      })
  void aPromoGluedAfterTheLastSentenceGoesAlone(String promo) {
    assertThat(clean(BODY + promo + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void aPromoSentenceGluedBeforeAParagraphGoesAlone() {
    assertThat(clean("Sign up for our Morning Newsletter. " + BODY + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " Related documents were released by the committee a week later.",
        " Get our troops home, she said, was the message she heard most from voters.",
        " Follow the evacuation orders, the governor said, and do not return until it is safe."
      })
  void promoWordsAfterASentenceStay(String sentence) {
    String raw = BODY + sentence + "\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  // --- teaser cards -------------------------------------------------------------------------

  static final String CARD =
      "\u2022 Andrea Kendall-Taylor\n\nSenior Fellow and Director, Transatlantic Security Program\n\n"
          + "Andrea Kendall-Taylor is a Senior Fellow and Director of the Transatlantic Security Program at CNAS. She works on"
          + " national security challenges facing the United States and Eur...";

  @Test
  void anExpertCardCutOffGoes() {
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\n" + CARD).text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\n" + CARD.replace("...", "\u2026")).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void aTextThatEndsInAnEllipsisStays() {
    String raw = BODY + "\n\n" + BODY2 + "\n\nAnd then, he said, we would see what happens next...";
    assertThat(clean(raw).text()).isEqualTo(raw);
    String list = BODY + "\n\n\u2022 NATO's expansion to the east\n\nThe minister paused and said the rest could wait for another day, and that day would come soo...";
    assertThat(clean(list).text()).isEqualTo(list);
  }

  @Test
  void relatedCardsWithBylinesGoBeforeTheBylineRuleReadsThem() {
    CorpusDocument doc = clean(BODY + "\n\n" + BODY2 + "\n\nRelated Articles\n\nFentanyl deaths among teens doubled during"
        + " pandemic, CDC says\nBy Nathaniel Weixel | 08/15/23\n\nFDA approves over-the-counter naloxone nasal spray\n"
        + "By Joseph Choi | 03/29/23");
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(doc.authors()).isEmpty();
    assertThat(doc.published()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "More from The Hill\n\nAustin orders review of Guard deployment policy",
        "Most Popular\n\n1. Manchin says he will not seek reelection\n2. Five takeaways from the third GOP debate",
        "You may also like\n\nYuan hits 16-year low against the dollar\nSep 7, 2023",
        "Most Read \u2022 EU agrees 12th sanctions package \u2022 Treasury targets Turkish firms over Russia trade",
        "Recommended: China sends 24 warplanes toward Taiwan | Taiwan\u2019s election: what to watch",
        "SEE ALSO: Kenya to lead multinational police mission to Haiti",
        "Related stories from Sacramento Bee\n\nCalifornia lawmakers weigh new fixed charge on electric bills\n\n"
            + "PG&E customers face another rate hike. Here\u2019s why"
      })
  void teaserBlocksAtTheEndGo(String block) {
    assertThat(clean(BODY + "\n\n" + block).text()).isEqualTo(BODY);
  }

  @Test
  void teaserBlocksAndCardsInTheMiddleGo() {
    assertThat(clean(BODY + "\n\nTRENDING\n\nZelensky fires top defense official amid corruption probe\n"
        + "Russia claims capture of village near Avdiivka\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(clean(BODY + "\n\nUS slaps new sanctions on Iranian drone makers\n\nOctober 18, 2023\n\n" + BODY2).text())
        .isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(clean(BODY + "\n\nBeijing eases home-buying rules in major cities\nRead More \u00bb\n\n" + BODY2).text())
        .isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void anExpertCardBeforeAMoreFromBlockGoes() {
    String raw = BODY + "\n\nFeatured Experts\n\nJim Townsend\nAdjunct Senior Fellow, Transatlantic Security Program\n"
        + "Jim Townsend is an Adjunct Senior Fellow in the Transatlantic Security Program at CNAS, where he works on European"
        + " security, NATO and the Euro\u2026\n\nMore from CNAS\n\nNATO at 75: Time to Get Serious About Deterrence";
    assertThat(clean(raw).text()).isEqualTo(BODY);
  }

  @Test
  void teaserHeadingsAsSectionHeadingsOrInProseStay() {
    String[] kept = {
      BODY + "\n\nTrending\n\nWhy Lisbon, and why now\n\n" + BODY2,
      BODY + "\n\nRecommended\n\n" + BODY2,
      BODY + "\n\nMost Read articles this week were about the strike, the editor said.",
      BODY + "\n\nRecommended: two cups of water before the run. | Keep it light.",
      "Biden and Xi to meet in San Francisco\n\nNovember 14, 2023\n\n" + BODY + "\n\n" + BODY2
    };
    for (String raw : kept) {
      // The page's own headline and date at the top may move into metadata; nothing else goes.
      assertThat(clean(raw).text()).as(raw).endsWith(raw.substring(raw.lastIndexOf("\n\n") + 2));
      assertThat(clean(raw).removals()).as(raw).extracting(r -> r.ruleId()).doesNotContain(TeaserCardRemover.ID);
    }
  }

  @Test
  void teaserRulesAreLinearOnHostileInput() {
    String hostile = BODY + "\n\n" + "Related\nA B\n".repeat(20_000) + "Most Read \u2022 ".repeat(20_000) + "\n"
        + ("A b\nOct 10, 2023\n" + BODY + "\n").repeat(5_000) + "More from The Hill\n".repeat(20_000);
    CorpusDocument doc = clean(hostile);
    assertThat(clean(doc.text()).text()).isEqualTo(doc.text());
  }

  // --- site footers -------------------------------------------------------------------------

  @Test
  void stateGovFooterGivesThePublisher() {
    CorpusDocument doc = clean(BODY + "\n\nU.S. Department of State\n\nThe Lessons of 1989: Freedom and Our Future");
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.publisher()).isEqualTo("U.S. Department of State");
  }

  @Test
  void aFooterOfAnotherSiteIsNotTakenWhenTheAddressIsKnown() {
    String raw = BODY + "\n\nU.S. Department of State\n\nThe Lessons of 1989: Freedom and Our Future";
    assertThat(clean(raw, "https://www.thehill.com/policy/123").text()).isEqualTo(raw);
    assertThat(clean(raw, "https://www.state.gov/secretary/").text()).isEqualTo(BODY);
  }

  @Test
  void theSiteNameInProseOrBeforeRealTextStays() {
    String inSentence = BODY + "\n\nThe statement came from the U.S. Department of State";
    assertThat(clean(inSentence).text()).isEqualTo(inSentence);
    String beforeText = BODY + "\n\nU.S. Department of State\n\n" + BODY2;
    assertThat(clean(beforeText).text()).isEqualTo(beforeText);
    assertThat(clean(beforeText).publisher()).isNull();
  }

  /** The notice goes, and its holder is the publisher when nothing else names one. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\u00a9 2021 The Hill. All rights reserved. | The Hill", "Copyright \u00a9 2019-2021 Foreign Policy | Foreign Policy",
        "(c) 2020 Antiwar.com | Antiwar.com", "Copyright 2022 The Associated Press. All rights reserved. | The Associated Press"
      })
  void copyrightLinesAtTheEndGo(String line, String holder) {
    CorpusDocument doc = clean(BODY + "\n\n" + line);
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.publisher()).isEqualTo(holder);
  }

  @Test
  void copyrightInProseStays() {
    String raw = BODY + "\n\nCopyright law was not written with scraping in mind, the judge said.";
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Copyright 2023 filings at the office show a sharp rise in applications that disclose the use of AI tools.",
        "\u00a9 2023 figures from the Authors Guild show that median author income fell to about $2,000 a year.",
        "(c) 2020 rules required every applicant to list a human author, the office said"
      })
  void aLastSentenceThatStartsWithTheMarkAndAYearStays(String last) {
    String raw = BODY + "\n\n" + last;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u00a9 The Hill 2021", "\u00a92023 THE BROOKINGS INSTITUTION. ALL RIGHTS RESERVED.",
        "\u00a9 2021 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.",
        "Privacy Policy | Terms of Use | Contact Us", "privacy policy | terms of use | contact us | back to top",
        "Back to Top \u2191", "Share on Facebook Share on Twitter Share via Email",
        "\u00a9 The Hill 2021 | Privacy Policy | Terms of Use",
        "White House USA.gov Office of the Inspector General Archives Contact Us Privacy Policy FOIA No FEAR Act",
        "External Link Policy\nAccessibility Statement\nFOIA",
        "1775 Massachusetts Ave., NW\nWashington, DC 20036\n202.797.6000\n\n\u00a9 2023 The Brookings Institution",
        "Facebook\nTwitter\n\nTags Lloyd Austin Pat Ryder\n\nCopyright 2023 Nexstar Media Inc. All rights reserved."
      })
  void footerRowsAndTheLinesNextToThemGo(String footer) {
    assertThat(clean(BODY + "\n\n" + footer).text()).isEqualTo(BODY);
  }

  @Test
  void aFooterRowGluedToTheLastParagraphGoes() {
    String raw = BODY + " Privacy Policy | Terms of Use | Contact Us \u00a9 2022 The Hill. All rights reserved.";
    assertThat(clean(raw).text()).isEqualTo(BODY);
  }

  @Test
  void weakFooterLinesWithoutAnAnchorStay() {
    // One lone link or an address after the last paragraph is not enough to call it a footer.
    for (String tail : new String[] {"Privacy Policy", "Washington, DC 20036", "Tags Lloyd Austin Pat Ryder"}) {
      String raw = BODY + "\n\n" + tail;
      assertThat(clean(raw).text()).as(tail).isEqualTo(raw);
    }
    String middle = BODY + "\n\nPrivacy Policy | Terms of Use\n\n" + BODY2;
    assertThat(clean(middle).text()).isEqualTo(middle);
  }

  @Test
  void footerRulesAreLinearOnHostileInput() {
    String hostile = BODY + "\n\n" + "Privacy Policy | Terms of ".repeat(20_000) + "\n" + "\u00a9 The ".repeat(20_000)
        + "\n" + (BODY + " Privacy Policy | Terms ").repeat(5_000) + "\n" + "Facebook\n".repeat(20_000);
    CorpusDocument doc = clean(hostile);
    assertThat(clean(doc.text()).text()).isEqualTo(doc.text());
  }

  // --- author bios --------------------------------------------------------------------------

  @Test
  void theBioOfTheBylinedAuthorGoes() {
    CorpusDocument doc = clean(BODY + "\n\nAuthor: Dave DeCamp\n\nDave DeCamp is the news editor of Antiwar.com, follow him on Twitter @decampdave.");
    assertThat(doc.text()).isEqualTo(BODY);
    assertThat(doc.authors()).containsExactly("Dave DeCamp");
    assertThat(doc.removals()).extracting(r -> r.ruleId()).contains(AuthorBioRemover.ID);
  }

  @Test
  void surnameBiosAndSocialLinesGo() {
    CorpusDocument doc = clean("By Amy MacKinnon\n\n" + BODY + "\n\nMacKinnon is a national security reporter at Foreign Policy.\n\nTwitter: @ak_mack");
    assertThat(doc.text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Michael E. O\u2019Hanlon is a senior fellow and director of research in Foreign Policy at the Brookings Institution.",
        "About the author: Barbara Slavin is a distinguished fellow at the Stimson Center.",
        "ABOUT THE AUTHOR\n\nDaniel R. DePetris is a fellow at Defense Priorities.",
        "***\n\nKelsey Davenport is the director for nonproliferation policy at the Arms Control Association.",
        "*Emma Ashford is a senior fellow with the Reimagining U.S. Grand Strategy program at the Stimson Center.*",
        "Ellen Mitchell covers the Pentagon for The Hill. Email: emitchell@thehill.com",
        "Ali Vaez and Naysan Rafati are analysts at the International Crisis Group, where they work on Iran.",
        "Suzanne Maloney is vice president of the Brookings Institution. Ray Takeyh is a senior fellow at the Council on"
            + " Foreign Relations.",
        "Paul R. Pillar, a former CIA analyst, is a non-resident senior fellow at Georgetown University.",
        "Sara Schonhardt is an international climate reporter for E&E News.\n\nFollow her on Twitter @saraschonhardt"
      })
  void biosWithoutABylineGo(String bio) {
    assertThat(clean(BODY + "\n\n" + bio).text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Maria Shagina is a senior fellow at the IISS who has studied the sanctions. She said the designations would matter less.",
        "Hooman Majd is a writer at Vanity Fair who said the talks were \u201Ctheater.\u201D",
        "William Burns is the director of the Central Intelligence Agency.",
        "***\n\nThe village of Krynky sits on a low bluff above the Dnipro."
      })
  void closingParagraphsThatOnlyLookLikeBiosStay(String last) {
    // Burns is named in BODY2: a closing line about someone the story named is content.
    String raw = BODY + "\n\n" + BODY2 + "\n\n" + last;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void theBylinedAuthorsBioUnderTheBylineGoes() {
    CorpusDocument doc = clean("By Jonathan Guyer\n\nJonathan Guyer is a senior reporter covering foreign policy for Vox.\n\n"
        + BODY + "\n\n" + BODY2);
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(doc.authors()).containsExactly("Jonathan Guyer");
  }

  @Test
  void aClosingParagraphAboutSomeoneElseStays() {
    String raw = "By Jane Doe\n\n" + BODY + "\n\nHilary Mantel was the author of Wolf Hall. She died in September 2022.";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(BODY + "\n\nHilary Mantel was the author of Wolf Hall. She died in September 2022.");
  }

  @Test
  void aSurnameThatIsAlsoAWordNeedsABioWord() {
    String raw = "By Amy Long\n\n" + BODY + "\n\nLong is the road from Geneva to Moscow, and neither side has started down it.";
    assertThat(clean(raw).text()).endsWith("neither side has started down it.");
  }

  @Test
  void predicatesAreLinearOnHostileInput() {
    // No timing here (see docs/chrome-and-metadata.md for figures): a quadratic rule would hang.
    String hostile = ("11/19/21, 12:38 PM Page " + "1".repeat(3) + " of ").repeat(20_000)
        + "https://x " .repeat(20_000) + "\u2022 A B\n\n".repeat(5_000) + "...".repeat(10_000);
    CorpusDocument doc = clean(hostile);
    assertThat(doc.text()).isNotNull();
    assertThat(clean(doc.text()).text()).isEqualTo(doc.text());
  }

  @Test
  void everyChromeStepIsRegistered() {
    List<String> ids = CLEANER.steps().stream().map(s -> s.id()).toList();
    assertThat(ids).contains(PrintHeaderRemover.ID, ImageCreditRemover.ID, PromoRemover.ID, TeaserCardRemover.ID,
        SiteFooterRemover.ID, AuthorBioRemover.ID);
  }
}
