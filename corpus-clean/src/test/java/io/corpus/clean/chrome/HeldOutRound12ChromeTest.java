package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ends of pages from the twentieth to twenty-fifth held-out checks: footer rows whose links
 * the link list only partly knows, a notice with its holder before the mark, the holder's name
 * repeated over the footer's address, and rails the list does not name ("Related documents").
 * Each with its look-alike. Every case is cleaned twice and must not change.
 */
class HeldOutRound12ChromeTest {

  private static final String P1 = "The Court emphasized that its holding was limited. It did not decide whether every use of a "
      + "drone by law enforcement is a search.";
  private static final String P2 = "Justice Whitcombe dissented, joined by Justice Navarro. In the dissent's view, the earlier "
      + "decision controls the outcome of this case.";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  private final SiteFooterRemover footers = new SiteFooterRemover();

  // --- footer rows ---------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
    "Contact Us | Accessibility | Language Access | Privacy | Public Records Requests | Site Map",
    "Oregon.gov · State Employees · Oregon Judicial Department © 2025",
    "About • Careers • Media Kit • Privacy Policy"
  })
  void aSeparatedRowOfMostlyKnownLinksIsAFooterRow(String row) {
    assertThat(footers.isSeparatedRow(row)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Red | Green | Blue",
    "Contact Us | Accessibility",
    "Contact Us | The council will meet again on Tuesday. | Privacy",
    "Oranges · Lemons · Limes · Privacy"
  })
  void aRowOfWordsTheLinkListDoesNotKnowIsNone(String row) {
    assertThat(footers.isSeparatedRow(row)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Oregon Judicial Department © 2025", "Harbour Press © 2019–2025", "Harbour Press © 2024. All rights reserved."})
  void aNoticeWithItsHolderBeforeTheMarkNamesTheHolder(String notice) {
    assertThat(SiteFooterRemover.trailingNoticeHolder(notice)).isIn("Oregon Judicial Department", "Harbour Press");
  }

  @ParameterizedTest
  @ValueSource(strings = {"the figures © 2025", "© 2025", "Harbour Press ©", "Harbour Press © the authors"})
  void aMarkWithoutAHoldersNameAndYearIsNoTrailingNotice(String s) {
    assertThat(SiteFooterRemover.trailingNoticeHolder(s)).isNull();
  }

  @Test
  void aFooterWithTheHoldersNameOverItsAddressGoesAndNamesThePublisher() {
    String raw = P1 + "\n\n" + P2 + "\n\nOregon Judicial Department\n1163 State Street, Salem, OR 97301-2563\n"
        + "Contact Us | Accessibility | Language Access | Privacy | Public Records Requests | Site Map\n"
        + "Oregon.gov  ·  State Employees  ·  Oregon Judicial Department © 2025\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(doc.publisher()).isEqualTo("Oregon Judicial Department");
  }

  @Test
  void aLastLineListingColoursStays() {
    String raw = P1 + "\n\n" + P2 + "\n\nRed | Green | Blue\n";
    assertThat(clean(raw).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\nRed | Green | Blue");
  }

  // --- rails the list does not name ----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Related documents", "Related Speeches", "Related press releases"})
  void aRelatedRailOverTheFooterGoesAndTheFooterNamesThePublisher(String heading) {
    String raw = P1 + "\n\n" + P2 + "\n" + heading + "\nFull opinion (PDF, 412 KB)\nOral argument video — May 9, 2024\n"
        + "Court of Appeals decision (PDF)\nBack to Opinion Summaries\n"
        + "Contact Us | Accessibility | Privacy | Site Map\n© 2025 Oregon Judicial Department\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(doc.publisher()).isEqualTo("Oregon Judicial Department");
  }

  @Test
  void aRelatedSectionInTheMiddleWithProseAfterItStays() {
    String raw = P1 + "\n\nRelated cases\nState v. Ainsworth\nState v. Meredith\n\n" + P2 + "\n\n"
        + "The court will hear the next drone case in the spring. Its docket is published on the website.\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).contains("Related cases").contains("State v. Ainsworth").contains("State v. Meredith")
        .endsWith("Its docket is published on the website.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"related documents", "related speeches", "related press releases"})
  void relatedAndAPluralIsARailsHeading(String folded) {
    assertThat(TeaserCardRemover.isRelatedPlural(folded)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"related", "related business", "related to the case", "related 2024 items",
    "related work by the authors"})
  void otherRelatedLinesAreNoPluralHeading(String folded) {
    assertThat(TeaserCardRemover.isRelatedPlural(folded)).isFalse();
  }

  // --- footers under more short lines than a footer has ------------------------------------------

  @Test
  void aFooterUnderContactLinesAndTopicsGoesInOneCleaning() {
    StringBuilder raw = new StringBuilder(P1).append("\n\n").append(P2).append("\n\nMedia contacts\n");
    for (int i = 1; i <= 4; i++) {
      raw.append("Contact Person ").append(i).append("\nUNICEF Office ").append(i).append("\nTel: +1 917 555 016").append(i)
          .append("\nEmail: person").append(i).append("@unicef.org\n");
    }
    raw.append("Related topics\nEmergencies\nClimate change\nFollow us\nFacebook\nInstagram\nX\nYouTube\nLegal\n"
        + "Contact us\nAbout us\nJobs\n© UNICEF\n");
    CorpusDocument doc = clean(raw.toString());
    assertThat(doc.text()).startsWith(P1 + "\n\n" + P2).doesNotContain("Facebook").doesNotContain("© UNICEF");
  }

  @Test
  void aLongPoemOverItsCopyrightLineStays() {
    StringBuilder poem = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      poem.append("The tide comes in on line ").append(i).append('\n');
    }
    String raw = P1 + "\n\n" + poem + "© 2025 Ada Marlowe\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).contains("The tide comes in on line 1").contains("The tide comes in on line 30");
  }

  @Test
  void aRelatedLinksRailLeftAtTheEndByTheFooterGoes() {
    String raw = P1 + "\n\n" + P2 + "\nRelated Links\nApply for Assistance\nFind a Disaster Recovery Center\nRumor Response\n"
        + "Last updated August 14, 2024\nReturn to top\nAbout FEMA\nAccessibility\nCareers\nContact Us\nFOIA\nPrivacy Policy\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- a caption glued to the lede ---------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
    "A vendor packs fish at the Sea Lots market. - Photo by Jeff K Mayers",
    "Passengers queue for a minibus in Mong Kok. Photo: Jelly Tse"
  })
  void aCaptionAndCreditGluedToTheLedeGo(String caption) {
    String lede = "Fisherfolk at the Sea Lots fishing depot say they will stay off the water from Monday unless the ministry pays "
        + "the fuel subsidy it promised them last September.";
    CorpusDocument doc = clean(caption + lede + "\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(lede + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // a name's own inner capital, and a credit followed by a space, are no glue
    "The old mill stands empty now. Photo: Ronald McDonald shows the wheel that turned for a century and the rooms where the workers ate.",
    "The old mill stands empty now. Photo by Anna Berg The wheel turned for a century and the rooms where the workers ate are bare.",
    "Fans cheered as the team arrived. Image: the team's bus pulled in at noon and the players waved from the windows to everyone."
  })
  void aParagraphWithoutAGluedCreditStays(String paragraph) {
    assertThat(ImageCreditRemover.gluedLedeStart(paragraph, 0, paragraph.length())).isZero();
  }

  // --- a poem of chrome's words --------------------------------------------------------------------

  @Test
  void aPoemsLinesThatQuoteABannerAndAPromoStay() {
    String poem = "Below him, a box:\nWe value your privacy.\nBelow that, another:\nYou might also like.\n\n"
        + "Share.\nSave.\nRead more.\n\nI read more.\nI read until the page\nforgets me, until it asks again\nwho I am.";
    CorpusDocument doc = clean(P1 + "\n\n" + poem + "\n");
    assertThat(doc.text()).contains("We value your privacy.").contains("Read more.");
  }

  @Test
  void theBannersHeadingWithoutAPeriodOrWithItsSentencesStillGoes() {
    assertThat(clean(P1 + "\n\nWe value your privacy\n\n" + P2 + "\n").text()).isEqualTo(P1 + "\n\n" + P2);
    String banner = "We value your privacy.\nWe and our partners use cookies to store and access personal data such as browsing data "
        + "for purposes such as serving and personalising content and advertising.\nAccept all\nReject all\n";
    assertThat(clean(banner + "\n" + P1 + "\n\n" + P2 + "\n").text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(clean(P1 + "\n\nRead more\n\n" + P2 + "\n").text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Copyright © 2024 Lanka Island News (Pvt) Ltd. All rights reserved.",
    "© 2024 Lanka Island News (Pvt.) Ltd. All rights reserved."})
  void aHolderWithItsBracketedLegalFormNamesThePublisher(String notice) {
    CorpusDocument doc = clean(P1 + "\n\n" + P2 + "\n\n" + notice + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(doc.publisher()).isEqualTo("Lanka Island News");
    assertThat(SiteFooterRemover.trailingNoticeHolder("Copyright © 2024")).isNull();
  }
}
