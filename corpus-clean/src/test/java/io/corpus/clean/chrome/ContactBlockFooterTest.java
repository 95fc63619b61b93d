package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A site's contact block over its footer (the ninth held-out check, set K): an embassy's, a
 * central bank's, an election board's or a newspaper's name, address, phone, email and opening
 * hours, written the way sites outside the US write them. They go with the footer they stand
 * over; the same lines inside a story, with prose after them, stay.
 */
class ContactBlockFooterTest {

  private static final String BODY = ChromeStepsTest.BODY;
  private static final String BODY2 = ChromeStepsTest.BODY2;

  @ParameterizedTest
  @ValueSource(strings = {"Tel. +254 20 555 0150", "Tel: 01632 960100   Email: newsdesk@rivermouthpacket.example",
    "Email: sanomat.nai@formin.example", "Opening hours: Mon–Thu 8.00–16.00, Fri 8.00–13.00",
    "Hours: Monday–Friday, 8:00 a.m.–4:30 p.m.", "Address: Eden Square Complex, Block 3, 5th floor, Chiromo Road",
    "Phone: (360) 555-0140", "Fax: 020 7946 0001", "E-mail: info@example.org"})
  void contactLines(String line) {
    assertThat(SiteFooterRemover.isContactLine(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Email: write to us", "Hours: the office is open. Call ahead on 555-0100.", "Telephone lines were down",
    "Address: the president spoke for 40 minutes. Then he left.", "Opening hours:"})
  void notContactLines(String line) {
    assertThat(SiteFooterRemover.isContactLine(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"The Rivermouth Packet, 2 Lemon Street, Rivermouth TR4 9AB", "10 Downing Street, London SW1A 2AA",
    "Piccadilly Gardens, Manchester M1 1AE",
    "Communications Department, Central Bank of Sri Lanka, 30, Janadhipathi Mawatha, Colombo 01, Sri Lanka",
    "Calder County Board of Elections 402 Main Street, Suite 110 Port Calder, Ohio", "1775 Massachusetts Ave., NW"})
  void addresses(String line) {
    assertThat(SiteFooterRemover.isAddress(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"The meeting is at 2 Lemon Street on Tuesday", "Route M1 1AE closed", "Sector 7G of the plant",
    "Flight BA123 4XY", "He lived at 30 Main Street for years"})
  void notAddresses(String line) {
    assertThat(SiteFooterRemover.isAddress(line)).isFalse();
  }

  @Test
  void anEmbassysContactBlockGoesWithTheFooterRowUnderIt() {
    String raw = BODY + "\n" + BODY2 + "\nEmbassy of Finland, Nairobi\n"
        + "Address: Eden Square Complex, Block 3, 5th floor, Chiromo Road, Westlands, Nairobi\nTel. +254 20 555 0150\n"
        + "Email: sanomat.nai@formin.example\nOpening hours: Mon–Thu 8.00–16.00, Fri 8.00–13.00\n"
        + "Accessibility statement   Data protection   Cookie settings\n";
    assertThat(CleanedTwice.clean(raw).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void anAddressWithAJoiningWordAndABritishPostcodeGoOverTheCopyright() {
    String raw = BODY + "\n" + BODY2 + "\nThe Rivermouth Packet, 2 Lemon Street, Rivermouth TR4 9AB\n"
        + "Tel: 01632 960100   Email: newsdesk@rivermouthpacket.example\nContact us   Advertise   Privacy   Terms\n"
        + "© 2024 Rivermouth Packet Ltd. Registered in England and Wales No. 01234567\n";
    assertThat(CleanedTwice.clean(raw).text()).isEqualTo(BODY + "\n\n" + BODY2);
    String bank = BODY + "\nCommunications Department, Central Bank of Sri Lanka, 30, Janadhipathi Mawatha, Colombo 01, Sri Lanka\n"
        + "Copyright © 2024 Central Bank of Sri Lanka. All rights reserved.\nDisclaimer   Privacy Policy   Sitemap   Contact Us\n";
    assertThat(CleanedTwice.clean(bank).text()).isEqualTo(BODY);
  }

  @Test
  void officeHoursEndingInPmGoOverTheFooter() {
    String raw = BODY + "\nCalder County Board of Elections   402 Main Street, Suite 110   Port Calder, Ohio\n"
        + "Hours: Monday–Friday, 8:00 a.m.–4:30 p.m.\n© 2024 Calder County   Accessibility   Privacy   Website Policies\n";
    assertThat(CleanedTwice.clean(raw).text()).isEqualTo(BODY);
  }

  @Test
  void aDirectoryOfContactsInsideTheStoryStays() {
    String directory = "Rivermouth Food Bank\nAddress: St Piran’s Church Hall, 4 Fore Street\nTel: 01632 960777\n"
        + "Opening hours: Tuesday and Friday, 10am–1pm\n";
    String close = "The council has warned people not to walk or drive through floodwater, which may be contaminated.";
    String raw = BODY + "\n" + directory + close + "\n© 2024 Rivermouth Packet Ltd. All rights reserved.\n";
    CorpusDocument doc = CleanedTwice.clean(raw);
    assertThat(doc.text()).contains("Rivermouth Food Bank", "Tel: 01632 960777", "Opening hours: Tuesday and Friday, 10am–1pm", close)
        .doesNotContain("©");
  }

  @Test
  void aNameLineOverNoContactLineStays() {
    String raw = BODY + "\nEmbassy of Finland, Nairobi\n© 2024 Ministry for Foreign Affairs of Finland\n";
    assertThat(CleanedTwice.clean(raw).text()).isEqualTo(BODY + "\n\nEmbassy of Finland, Nairobi");
  }

  // --- footer rows whose items the scrape set apart by wide gaps (set L) --------------------------

  @ParameterizedTest
  @ValueSource(strings = {"© Skerry News ehf.   About   Advertise   Contact", "Freepost SBPSO   Tel: 0800 555 0377   Privacy   Accessibility",
    "Circuit Ledger   About Us   Advertise with us   Contact Us   Reprints   © 2024 Circuit Ledger Media",
    "Help\tStatus\tAbout\tCareers\tPress\tBlog\tPrivacy\tTerms"})
  void aSpacedFooterRowEndsTheText(String row) {
    assertThat(CleanedTwice.clean(BODY + "\n" + BODY2 + "\n" + row + "\n").text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void theHolderOfANoticeInASpacedRowIsThePublisher() {
    String raw = BODY + "\nCircuit Ledger   About Us   Advertise with us   Contact Us   Reprints   © 2024 Circuit Ledger Media\n";
    // the page names itself "Circuit Ledger" too: the brand, not the company's legal name
    assertThat(CleanedTwice.clean(raw).publisher()).isEqualTo("Circuit Ledger");
    String companyOnly = BODY + "\nAbout Us   Advertise with us   Contact Us   Reprints   \u00a9 2024 Circuit Ledger Media\n";
    assertThat(CleanedTwice.clean(companyOnly).publisher()).isEqualTo("Circuit Ledger Media");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mon   Tue   Wed   Thu   Fri", "Apples   Pears   Plums", "Goals   Assists   Minutes played   Shots on target"})
  void aSpacedRowOfOtherWordsIsNoFooter(String row) {
    String raw = BODY + "\n" + row + "\n";
    assertThat(CleanedTwice.clean(raw).text()).contains(row.replaceAll("\\s+", " "));
  }

  @Test
  void theSameWordsSingleSpacedInASentenceStay() {
    String line = "Readers can find About Us, Contact Us and Privacy on the site's new page, which launched Tuesday.";
    assertThat(CleanedTwice.clean(BODY + "\n" + line + "\n").text()).endsWith(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"© Skerry News ehf.", "© Harbour Media Ltd.", "© The Civic Data Desk"})
  void aNoticeWithoutAYearButWithACompanysSuffix(String line) {
    assertThat(SiteFooterRemover.isCopyright(line)).isTrue();
  }

  @Test
  void anOwnershipLineWithItsNoticeAnchorsTheFooter() {
    String line = "Screenlight is a part of Pinewood Media. © 2024 Screenlight Media, LLC. All Rights Reserved.";
    assertThat(SiteFooterRemover.isOwnershipNotice(line)).isTrue();
    assertThat(CleanedTwice.clean(BODY + "\n" + BODY2 + "\n" + line + "\n").text()).isEqualTo(BODY + "\n\n" + BODY2);
    String story = "The company is a subsidiary of Alphabet.";
    assertThat(SiteFooterRemover.isOwnershipNotice(story)).isFalse();
    assertThat(CleanedTwice.clean(BODY + "\n" + story + "\n").text()).endsWith(story);
  }

  @Test
  void aSignatureOverAnOfficesHoursStays() {
    String raw = BODY + "\nBy order of the Calder County Board of Elections\nMarjorie Ellison, Director\nThomas Brandt, Deputy Director\n"
        + "Hours: Monday–Friday, 8:00 a.m.–4:30 p.m.\n© 2024 Calder County   Accessibility   Privacy   Website Policies\n";
    assertThat(CleanedTwice.clean(raw).text()).endsWith("Marjorie Ellison, Director\n\nThomas Brandt, Deputy Director");
  }

  @Test
  void aCompanysSuffixEndsTheHolderBeforeTheLinksAfterIt() {
    String raw = BODY + "\n© 2024 Rijnstad Dagblad B.V.   Privacy   Cookies   Colofon   Contact\n";
    assertThat(CleanedTwice.clean(raw).publisher()).isEqualTo("Rijnstad Dagblad B.V.");
    String two = BODY + "\n© 2024 Lex Bench Reporter Pvt. Ltd.\n";
    assertThat(CleanedTwice.clean(two).publisher()).isEqualTo("Lex Bench Reporter Pvt. Ltd.");
  }
}
