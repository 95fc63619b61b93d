package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.clean.internal.TextLines;
import io.corpus.clean.rules.RuleListing;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End-of-page chrome from the fourth held-out test: press-office contacts, recirculation lists,
 * appeals and footer app lines; each matcher with variants that match and look-alikes that do not.
 */
class EndChromeTest {

  private static final Cleaner CLEANER = Cleaner.standard();
  private static final String BODY = ChromeStepsTest.BODY;
  private static final String BODY2 = ChromeStepsTest.BODY2;
  private static final PressContactRemover PRESS = new PressContactRemover();
  private static final AppealRemover APPEAL = new AppealRemover();
  private static final TeaserCardRemover TEASER = new TeaserCardRemover();

  private static String clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw)).text();
  }

  private static String cleanWithout(String raw, String ruleId) {
    return Cleaner.builder().disable(ruleId).build().clean(RawDocument.text("t.txt", raw)).text();
  }

  // --- press contacts ----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"+44 (0)20 7946 0000", "(617) 555-0143", "Tel: 020 7944 3021", "Switchboard 0300 330 3000",
    "Out of hours media enquiries 020 7944 4292", "T: +1 212 555 0100", "Mobile 07700 900123", "202-628-8500 ext. 14"})
  void phoneLines(String line) {
    assertThat(PressContactRemover.isPhoneLine(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SW1P 4DR", "March 4, 2025", "Room 101", "Call us today on 0800 123 4567, it is free.",
    "Jane Doe", "The vote was 52 to 48 on 12 March 2024"})
  void notPhoneLines(String line) {
    assertThat(PressContactRemover.isPhoneLine(line)).isFalse();
  }

  @Test
  void emailAndWebLines() {
    assertThat(PressContactRemover.isEmailLine("press@northbridge-energy.co.uk")).isTrue();
    assertThat(PressContactRemover.isEmailLine("Email: press.office@dft.gov.uk")).isTrue();
    assertThat(PressContactRemover.isEmailLine("Write to press@example.com today")).isFalse();
    assertThat(PressContactRemover.isEmailLine("@northbridge on X")).isFalse();
    assertThat(PressContactRemover.isWebLine("www.northbridge-energy.co.uk")).isTrue();
    assertThat(PressContactRemover.isWebLine("Visit www.example.com for more")).isFalse();
  }

  @Test
  void contactRowsAndLabels() {
    assertThat(PressContactRemover.isContactRow("Jane Doe, Harlow Biotech, (617) 555-0143")).isTrue();
    assertThat(PressContactRemover.isContactRow("Tom Baker | +1 415 555 0100 | press@example.com")).isTrue();
    assertThat(PressContactRemover.isContactRow("Jane Doe, Harlow Biotech")).isFalse(); // no number or address
    assertThat(PRESS.isLabelLine("Media contact:")).isTrue();
    assertThat(PRESS.isLabelLine("PRESS OFFICE")).isTrue();
    assertThat(PRESS.isLabelLine("Media: Jane Doe, +1 212 555 0100")).isTrue();
    assertThat(PRESS.isLabelLine("Media: the story that nobody wanted to tell about the council.")).isFalse();
    assertThat(PRESS.isLabelLine("Contact with the crew was lost at 3am")).isFalse();
    assertThat(PRESS.isLabelLine("Media contact: Jane Doe")).isTrue();
    assertThat(PRESS.isLabelLine("Contact: We lost contact at 3am")).isFalse();
    assertThat(PRESS.isLabelLine("Contact: press@example.com")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-ENDS-", "ENDS", "- ENDS -", "– END –", "ENDS."})
  void endMarks(String line) {
    assertThat(PRESS.isEndMark(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ends", "The End", "ENDING", "WEEKENDS"})
  void notEndMarks(String line) {
    assertThat(PRESS.isEndMark(line)).isFalse();
  }

  @Test
  void contactSentencesNeedAnOpeningAndAnAddressOrNumber() {
    assertThat(PRESS.isContactSentence("For media inquiries contact Laura Pike, Communications Manager, on 0141 287 2720 or laura.pike@example.org.")).isTrue();
    assertThat(PRESS.isContactSentence("For further information, please contact the press office on 020 7946 0000.")).isTrue();
    assertThat(PRESS.isContactSentence("For media inquiries, the company has hired a new agency, it said.")).isFalse();
    assertThat(PRESS.isContactSentence("Anyone with information is asked to contact police on 101 or email swp101@example.police.uk.")).isFalse();
  }

  @Test
  void sourceAndMemberLines() {
    assertThat(PressContactRemover.isSourceLine("SOURCE Harlow Biotech Inc.")).isTrue();
    assertThat(PressContactRemover.isSourceLine("SOURCE of the leak was never found.")).isFalse();
    assertThat(PressContactRemover.isMemberLine("Head of Communications")).isTrue();
    assertThat(PressContactRemover.isMemberLine("Harlow Biotech Inc.")).isTrue();
    assertThat(PressContactRemover.isMemberLine("About Harlow Biotech")).isFalse();
    assertThat(PressContactRemover.isMemberLine("Notes to editors")).isFalse();
    assertThat(PressContactRemover.isMemberLine("The plant opens in May. It will employ 120 people")).isFalse();
  }

  @Test
  void aContactBlockGoesAndStopsAtTheNotes() {
    String raw = BODY + "\n\n-ENDS-\n\nMedia contact:\nSarah Whitfield\nHead of Communications\n+44 (0)20 7946 0000\n"
        + "press@example.co.uk\n\nNotes to editors\n\n" + BODY2;
    assertThat(clean(raw)).isEqualTo(BODY + "\n\nNotes to editors\n\n" + BODY2);
    assertThat(cleanWithout(raw, PressContactRemover.ID)).contains("Media contact:", "press@example.co.uk", "-ENDS-");
  }

  @Test
  void aLabelBeforeProseStaysAndNamesAfterTheLastNumberStay() {
    String labelThenProse = BODY + "\n\nContact\n\n" + BODY2;
    assertThat(clean(labelThenProse)).isEqualTo(labelThenProse);
    // The name after the last certain line is not the block's when prose follows it.
    String raw = BODY + "\n\nMedia contact:\n+44 (0)20 7946 0000\nAbout Northbridge\n\n" + BODY2;
    assertThat(clean(raw)).isEqualTo(BODY + "\n\nAbout Northbridge\n\n" + BODY2);
  }

  @Test
  void contactLinesOutsideTheTailStay() {
    StringBuilder raw = new StringBuilder(BODY + "\n\nMedia contact:\n+44 (0)20 7946 0000");
    for (int i = 0; i < PressContactRemover.TAIL_LINES + 2; i++) {
      raw.append("\n\n").append(BODY2);
    }
    assertThat(clean(raw.toString())).contains("Media contact:", "+44 (0)20 7946 0000");
  }

  // --- appeals -----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
    "… we have a small favour to ask. Millions turn to us for open, independent news every day.",
    "If you value our reporting, please consider becoming a member.",
    "If you value our journalism, please consider supporting us with a donation.",
    "Thank you for reading. Our journalism is funded by readers like you.",
    "Republish This Story for Free", "Donate now", "Donate", "Become a member", "Support independent journalism",
    "Support ProPublica's journalism",
    "We’re a nonprofit newsroom. Please consider a donation to support our work."})
  void appealOpenings(String line) {
    assertThat(APPEAL.isOpening(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "“If you value what this place does, please consider giving,” said Maria Lopez.",
    "Support our journalism, the station's hosts said dozens of times a day, and listeners did.",
    "Thank you for reading this far, the minister joked.",
    "Become a member of the club costs £40 a year and includes free parking.",
    "Donate blood at the town hall on Saturday.",
    "If you value your privacy, switch off location tracking.",
    "If you value our democracy, please consider volunteering as a poll worker this November.",
    "Support for the newsroom union grew."})
  void notAppealOpenings(String line) {
    assertThat(APPEAL.isOpening(line)).isFalse();
  }

  @Test
  void appealLinesAfterAnOpening() {
    assertThat(APPEAL.isAppealLine("Remind me in October")).isTrue();
    assertThat(APPEAL.isAppealLine("Enter your email address")).isTrue();
    assertThat(APPEAL.isAppealLine("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.")).isTrue();
    assertThat(APPEAL.isAppealLine("Every contribution, however big or small, powers our journalism.")).isTrue();
    assertThat(APPEAL.isAppealLine("The council will meet again on Tuesday to set the budget.")).isFalse();
    assertThat(APPEAL.isAppealLine("We will support the measure, the mayor said.")).isFalse();
  }

  @Test
  void anAppealGoesOnlyWhenItEndsTheText() {
    String appeal = "If you value our reporting, please consider becoming a member.\n\nBecome a member\nSign up";
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\n" + appeal)).isEqualTo(BODY + "\n\n" + BODY2);
    String followed = BODY + "\n\n" + appeal + "\n\n" + BODY2;
    assertThat(clean(followed)).contains("If you value our reporting");
    assertThat(cleanWithout(BODY + "\n\n" + BODY2 + "\n\n" + appeal, AppealRemover.ID)).contains("If you value our reporting");
  }

  // --- recirculation -----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"2 hours ago", "an hour ago", "3 days ago", "12 mins ago", "Updated 5 minutes ago", "Yesterday", "1 day ago"})
  void relativeAges(String line) {
    assertThat(TeaserCardRemover.isRelativeTime(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 hours", "Three days ago", "2 hours ago, police said", "100000 years ago", "ago"})
  void notRelativeAges(String line) {
    assertThat(TeaserCardRemover.isRelativeTime(line)).isFalse();
  }

  @Test
  void ranksAndTopics() {
    assertThat(TeaserCardRemover.isRank("1")).isTrue();
    assertThat(TeaserCardRemover.isRank("10.")).isTrue();
    assertThat(TeaserCardRemover.isRank("100")).isFalse();
    assertThat(TeaserCardRemover.isRank("1a")).isFalse();
    TextLines l = TextLines.of("Met Office\nclimate change\nThe storm is over.\nWhat to know: a guide\n");
    assertThat(TeaserCardRemover.isTopic(l.get(0))).isTrue();
    assertThat(TeaserCardRemover.isTopic(l.get(1))).isFalse();
    assertThat(TeaserCardRemover.isTopic(l.get(2))).isFalse();
    assertThat(TEASER.isTopicHeading("Related Topics")).isTrue();
    assertThat(TEASER.isTopicHeading("Explore more on these topics")).isTrue();
    assertThat(TEASER.isTopicHeading("Topics covered include:")).isFalse();
  }

  @Test
  void aTopicListGoesAtTheEndButOnlyItsHeadingInTheMiddle() {
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\nRelated Topics\nStorms\nMet Office")).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(clean(BODY + "\n\nRelated Topics\nStorms\nMet Office\n\n" + BODY2))
        .isEqualTo(BODY + "\n\nStorms\n\nMet Office\n\n" + BODY2);
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\nTags: Storms, Met Office")).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void topicsFlattenedIntoOneLineGoWithTheirLabelAndOnlyUnderIt() {
    assertThat(clean(BODY + "\n\nTags:\nStorm Damage   Met Office   Emergency Services\n\n" + BODY2)).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(clean(BODY + "\n\nTopics:\nStorms, flood warnings, Met Office\n\n" + BODY2)).isEqualTo(BODY + "\n\n" + BODY2);
    // Without the colon the heading may head a section; and a sentence under the label stays.
    assertThat(clean(BODY + "\n\nTopics\nStorm Damage Met Office Emergency Services\n\n" + BODY2))
        .isEqualTo(BODY + "\n\nStorm Damage Met Office Emergency Services\n\n" + BODY2);
    assertThat(clean(BODY + "\n\nKeywords\nFlood Warnings, Met Office, Storms, Emergency Services\n\n" + BODY2))
        .isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(TeaserCardRemover.isTopicRow("Consumer Protection Bureau of Consumer Protection Telemarketing Do Not Call")).isTrue();
    assertThat(TeaserCardRemover.isTopicRow("The storm closed two schools and a bridge on Tuesday")).isFalse();
    assertThat(TeaserCardRemover.isTopicRow("Storms knocked out power to thousands of homes in the county, officials said")).isFalse();
  }

  @Test
  void aRankedMostReadListGoes() {
    String list = "Most Read\n1\nPopular taqueria closes after 30 years\n2\nPolice identify driver in fatal crash";
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\n" + list)).isEqualTo(BODY + "\n\n" + BODY2);
  }

  // --- footers -----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Contact Us Copyright FAQ Fraud Alert Privacy Notice Site Index Terms of Use",
    "Accessibility Policy Privacy Policy Contact Us Vermont.gov", "Copyright Disclaimer Privacy Accessibility Help"})
  void linkRowsFlattenedWithoutSeparatorsEndingTheTextGo(String row) {
    CorpusDocument doc = CLEANER.clean(RawDocument.text("t.txt", BODY + "\n\n" + BODY2 + "\n\n" + row));
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(doc.publisher()).isNull(); // "Copyright" as a link names no holder
    assertThat(SiteFooterRemover.copyrightHolder("Copyright The Financial Courant Limited 2024")).isEqualTo("The Financial Courant Limited");
  }

  @Test
  void aPortalsEnquiriesBlockGoesAndItsIssuerIsThePublisher() {
    String raw = BODY + "\n\n" + BODY2 + "\n\nEnquiries:\nSipho Ngwenya, Departmental Spokesperson\nCell: 082 555 0199\n"
        + "Issued by: Department of Water and Sanitation\nMore on:\nWater and Sanitation\nEastern Cape";
    CorpusDocument doc = CLEANER.clean(RawDocument.text("t.txt", raw));
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(doc.publisher()).isEqualTo("Department of Water and Sanitation");
  }

  @Test
  void aRecommendedStoryOnItsLineGoes() {
    assertThat(clean(BODY + "\n\nRecommended: Two Rivers approves new fee for yard waste pickup\n\n" + BODY2))
        .isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Download our app", "Download the BBC News app", "Get the app on the App Store and Google Play",
    "Available on the App Store", "Get it on Google Play", "DOWNLOAD THE APP"})
  void appLines(String line) {
    assertThat(SiteFooterRemover.isAppLine(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Download the app from the App Store and register, the council said.",
    "Get the report. The app is free.", "Available evidence suggests the app was hacked in 2021 by a group in Moscow",
    "Download speeds doubled"})
  void notAppLines(String line) {
    assertThat(SiteFooterRemover.isAppLine(line)).isFalse();
  }

  @Test
  void allContentNotices() {
    assertThat(SiteFooterRemover.isCopyright("All content © 2024 Island News Media Ltd. All rights reserved.")).isTrue();
    assertThat(SiteFooterRemover.isCopyright("All content copyright NewsNow Media 2024")).isTrue();
    assertThat(SiteFooterRemover.isCopyright("All content posted before 2010 will be archived.")).isFalse();
    assertThat(SiteFooterRemover.isCopyright("Content © 2023 figures show a rise")).isFalse();
  }

  @Test
  void anEmailFieldAloneGoesAnywhere() {
    assertThat(clean(BODY + "\n\nEnter your email address\n\n" + BODY2)).isEqualTo(BODY + "\n\n" + BODY2);
    String prose = BODY + "\n\nEnter your email address below to vote in the poll, the council said.\n\n" + BODY2;
    assertThat(clean(prose)).isEqualTo(prose);
  }

  @Test
  void aSiteDirectoryGoesWithTheFooterOnlyFromThreeSections() {
    String footer = "\n\nContact us | Privacy Policy\n\u00A9 2024 Cornwall Gazette Ltd";
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\nNews\nSport\nWeather" + footer)).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\nHealth\nEducation" + footer)).isEqualTo(BODY + "\n\n" + BODY2 + "\n\nHealth\n\nEducation");
  }

  // --- listing -----------------------------------------------------------------------------

  @Test
  void theNewRulesAreListedAndCanBeTurnedOff() {
    assertThat(RuleListing.of(CLEANER)).extracting(RuleListing.Entry::id)
        .contains(PressContactRemover.ID, AppealRemover.ID);
    assertThat(RuleListing.of(CLEANER)).filteredOn(e -> e.id().equals(AppealRemover.ID)).singleElement()
        .satisfies(e -> assertThat(e.description()).contains("appeal"));
    Cleaner off = Cleaner.builder().disable(PressContactRemover.ID).disable(AppealRemover.ID).build();
    assertThat(RuleListing.of(off)).extracting(RuleListing.Entry::id)
        .doesNotContain(PressContactRemover.ID, AppealRemover.ID);
  }

  @Test
  void aPricePerPeriodNeedsACurrencyAndDigits() {
    assertThat(AppealRemover.holdsPricePerPeriod("join from £4 a month")).isTrue();
    assertThat(AppealRemover.holdsPricePerPeriod("plans start at $19/month")).isTrue();
    assertThat(AppealRemover.holdsPricePerPeriod("it costs four pounds a month")).isFalse();
    assertThat(AppealRemover.holdsPricePerPeriod("for $ a month")).isFalse();
    assertThat(AppealRemover.holdsPricePerPeriod("the club costs £40 a year")).isFalse();
  }
}
