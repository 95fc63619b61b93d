package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Layouts from the seventeenth and eighteenth held-out checks (sets S and T): a news API's record
 * flattened with its JSON paths, image placeholders in square brackets, exhibition labels that
 * start "Photo:", a name between the dek and the date, reading times glued to a byline's date,
 * surnames after a lower-case particle in name tooltips. Each layout with a variant, and the
 * look-alike that must stay. Every case is cleaned twice and must not change.
 */
class HeldOutRound10Test {

  private static final String P1 = "The regional council said on Tuesday that the ferry terminal would close for six weeks from "
      + "April while engineers replace the ramp that carries vehicles onto the boats.";
  private static final String P2 = "Passengers on foot will be carried by a temporary shuttle from the old pier, and the council "
      + "has asked freight operators to book crossings at least two days ahead.";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  /** The cleaned text of {@code line} between the two paragraphs, each its own paragraph. */
  private static String betweenTheParagraphs(String line) {
    return clean(P1 + "\n\n" + line + "\n\n" + P2 + "\n").text();
  }

  // --- a news API's record flattened with its JSON paths ----------------------------------------

  @Test
  void aRecordFlattenedWithItsPathsGivesItsFieldsAndLeaves() {
    String raw = "status: ok\ntotalResults: 1\narticles[0]:\n  source.id: null\n  source.name: Harbour Freight Review\n"
        + "  author: Ines Albuquerque, Tom Reyes\n  title: Ferry terminal to close for six weeks as ramp is replaced\n"
        + "  description: Foot passengers will use a shuttle from the old pier\n  url: https://www.example.com/ferry-ramp\n"
        + "  publishedAt: 2025-02-18T07:32:11Z\n  content:\n" + P1 + "\n\n" + P2 + "\n\narticles[0].keywords: ferries, ports\n"
        + "articles[0].category: Transport\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Ferry terminal to close for six weeks as ramp is replaced");
    assertThat(doc.subtitle()).isEqualTo("Foot passengers will use a shuttle from the old pier");
    assertThat(doc.authors()).containsExactly("Ines Albuquerque", "Tom Reyes");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 2, 18));
    assertThat(doc.publisher()).isEqualTo("Harbour Freight Review");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aPathsNullValueIsNoPublisher() {
    assertThat(FieldHeader.field("source.id: null")).isEqualTo(new FieldHeader.Field(FieldHeader.Kind.OTHER, "null"));
    assertThat(FieldHeader.field("results[0]:")).isEqualTo(new FieldHeader.Field(FieldHeader.Kind.OTHER, ""));
    assertThat(FieldHeader.field("source.name: Harbour Freight Review"))
        .isEqualTo(new FieldHeader.Field(FieldHeader.Kind.PUBLISHER, "Harbour Freight Review"));
    assertThat(FieldHeader.field("results[2].title: Ferry terminal to close"))
        .isEqualTo(new FieldHeader.Field(FieldHeader.Kind.TITLE, "Ferry terminal to close"));
    assertThat(FieldHeader.field("articles[x].title: Ferry")).isNull();
    assertThat(FieldHeader.field("title.: Ferry")).isNull();
  }

  @Test
  void fieldsAtTheEndOfAStoryWithNoRecordOnTopStay() {
    String raw = P1 + "\n\n" + P2 + "\n\narticles[0].keywords: ferries, ports\ncategory: Transport\n";
    assertThat(clean(raw).text()).endsWith("category: Transport");
  }

  // --- image placeholders in square brackets --------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"[Image: The new ramp under construction last week. Photograph: Daragh Ó Ceallaigh]", "[IMAGE]",
    "[Photo: Engineers inspect the old ramp]", "[Picture]"})
  void anImagePlaceholderGoesAndTheHeaderIsRead(String placeholder) {
    String raw = "The Island Chronicle\nNews   Ireland   World   Business\nFerry terminal to close for six weeks as ramp is replaced\n"
        + placeholder + "\nAoife Nic Giolla\nTue Feb 18 2025 - 05:45\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Ferry terminal to close for six weeks as ramp is replaced");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 2, 18));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[Photo essay continues below]", "[Image: one] and [Image: two]", "[Imagine: a ramp that lifts]",
    "[Editor's note: the ramp was built in 1974]"})
  void otherBracketedNotesStay(String note) {
    assertThat(betweenTheParagraphs(note)).contains(note);
  }

  // --- an exhibition's labels that start "Photo:" ---------------------------------------------

  @Test
  void aLabelHeadingItsObjectsParagraphStays() {
    String label = "Photo: Women mending nets on the fish wharf, 1912.\nGelatin silver print. Gift of the Halloran family, 1987.\n"
        + "The woman on the left is Bridget Halloran, then 19.";
    String text = clean(P1 + "\n\nSelected works\n\n" + label + "\n\n" + P2 + "\n").text();
    assertThat(text).containsSubsequence(label.split("\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Photo: The minister inspects the old ramp on Monday.", "Photo: Engineers inspect the old ramp",
    "Photo: Engineers on the old ramp, 14 June 2024.\nReuters/Ann Ruiz", "Photo: Ann Ruiz"})
  void aCaptionOfItsOwnOrOverItsCreditGoes(String caption) {
    assertThat(betweenTheParagraphs(caption)).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aPictureSuppliedByCreditGoes() {
    String text = clean(P1 + "\n\nThe old ramp in October. Picture supplied by QPS\n\n" + P2 + "\n").text();
    assertThat(text).doesNotContain("Picture supplied").contains(P1).contains(P2);
  }

  // --- a name between the dek and the date ----------------------------------------------------

  @Test
  void aNameBetweenTheDekAndTheDateIsTheAuthor() {
    String raw = "Menu\nThe Darling Downs Courier\nSubscribe\nLog in\nNews\nCourt\n"
        + "Ferry terminal to close for six weeks as ramp is replaced\n"
        + "Foot passengers will be carried by shuttle while the vehicle ramp is rebuilt.\nBrayden Cusack\n"
        + "Updated January 30 2025 - 11:02am, first published January 29 2025 - 4:30pm\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Brayden Cusack");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 1, 29));
    assertThat(doc.title()).isEqualTo("Ferry terminal to close for six weeks as ramp is replaced");
    assertThat(doc.subtitle()).isEqualTo("Foot passengers will be carried by shuttle while the vehicle ramp is rebuilt.");
    assertThat(doc.publisher()).isEqualTo("The Darling Downs Courier");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aSectionUnderAMenuRowIsNoAuthor() {
    String raw = "The Island Chronicle\nFerry terminal to close for six weeks as ramp is replaced\n"
        + "NEWS   LOCAL   SPORT   WEATHER   OPINION   BUSINESS\nCourt Reports\n12 March 2025\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).isEmpty();
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 12));
  }

  // --- a reading time glued to a byline's date ------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"By Mercy Chebet | March 11th, 2025 2 min read", "By Mercy Chebet | March 11th, 2025 12 mins read"})
  void aReadingTimeAfterTheDateLeavesTheByline(String line) {
    BylineExtractor.Byline b = BylineExtractor.parse(line);
    assertThat(b).isNotNull();
    assertThat(b.names()).containsExactly("Mercy Chebet");
    assertThat(b.date()).isEqualTo(LocalDate.of(2025, 3, 11));
  }

  @Test
  void aReadingTimeAloneOrInASentenceIsNoGluedOne() {
    assertThat(DateLineExtractor.withoutTrailingReadingTime("4 min read")).isEqualTo("4 min read");
    assertThat(DateLineExtractor.withoutTrailingReadingTime("The essay is a 4 min read")).isEqualTo("The essay is a");
    assertThat(DateLineExtractor.withoutTrailingReadingTime("I had to read")).isEqualTo("I had to read");
    assertThat(DateLineExtractor.parse("The essay is a 4 min read")).isNull();
  }

  // --- name tooltips after a lower-case particle ------------------------------------------------

  @Test
  void aTooltipOverASurnameWithAParticleIsUnwrapped() {
    String raw = "Jordan's Minister of Energy Saleh al-KharabshehSaleh al-KharabshehJordanian minister of energy since 2020 "
        + "Jordan signs solar deal Amman power cuts spark anger MORE said the two sides had formed a joint committee.\n";
    assertThat(clean(raw).text())
        .isEqualTo("Jordan's Minister of Energy Saleh al-Kharabsheh said the two sides had formed a joint committee.");
  }

  // --- a caption's credit in square brackets ----------------------------------------------------

  @Test
  void aCaptionWithItsCreditInSquareBracketsGoesAndTheHeaderIsRead() {
    String raw = "HOME\nNEWS\nCOUNTIES\nSPORTS\n\t Counties \t Nakuru\n"
        + "Ferry terminal to close for six weeks as ramp is replaced\nBy Mercy Chebet | March 11th, 2025 2 min read\n"
        + "A worker inspects the old ramp at the terminal in Nakuru. [Mercy Chebet, Standard]\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Ferry terminal to close for six weeks as ramp is replaced");
    assertThat(doc.authors()).containsExactly("Mercy Chebet");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 11));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"The council will vote on the plan in May. [Read the plan, PDF]",
    "The council will vote on the plan in May [Mercy Chebet, Standard]", "He called it [Mercy Chebet, Standard] a farce."})
  void otherSquareBracketsAtALinesEndStay(String line) {
    assertThat(betweenTheParagraphs(line)).contains(line);
  }

  // --- a dotted date and a time alone over the headline ---------------------------------------

  @Test
  void aDottedDateAndTimeOverTheHeadlineIsTheDateLine() {
    String raw = "BALTIC WIRE\nLithuania | Latvia | Estonia | Region | Business\nLithuania\n\n06.02.2025 14:37\n"
        + "Ferry terminal to close for six weeks as ramp is replaced\n" + P1 + "\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 2, 6));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- a date in the language of an English edition's home country ----------------------------

  @ParameterizedTest
  @ValueSource(strings = {"9 Outubro 2024, 17:05", "9 octubre 2024", "9 octobre 2024", "9 Oktober 2024", "9 outubro 2024"})
  void aDateWithAForeignMonthIsRead(String date) {
    assertThat(DateParser.parse(date)).contains(LocalDate.of(2024, 10, 9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mayo Clinic", "Mars 2024 mission", "County Mayo 2024"})
  void aForeignMonthsWordAloneIsNoDate(String s) {
    assertThat(DateParser.parse(s)).isEmpty();
  }

  @Test
  void aPortugueseEditionsHeaderAdLabelAndCopyrightAreRead() {
    String raw = "Diário EN — Portugal's news in English\nPT | EN\nPortugal\nPolitics\nEconomy\n\nSociety\n\n"
        + "Ferry terminal to close for six weeks as ramp is replaced\n\n"
        + "Foot passengers will be carried by shuttle while the vehicle ramp is rebuilt\n\nLusa / Diário EN\n"
        + "9 Outubro 2024, 17:05\n\n" + P1 + "\n\nPublicidade\n\n" + P2 + "\n\n"
        + "© Diário EN 2024 — Todos os direitos reservados\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Ferry terminal to close for six weeks as ramp is replaced");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 10, 9));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aSentenceAboutPublicityStays() {
    String line = "Publicidade is the Portuguese word the page prints over its advertisements.";
    assertThat(betweenTheParagraphs(line)).contains(line);
  }

  // --- a city in capitals and the date, a column's gap between them ----------------------------

  @Test
  void aCityInCapitalsAndTheDateUnderTheBylineIsTheDateLine() {
    String raw = "Ferry terminal to close for six weeks as ramp is replaced\n\n"
        + "Foot passengers will be carried by shuttle while the vehicle ramp is rebuilt\n\nby ANATOLIAN POST WITH AA\n\n"
        + "ISTANBUL  Mar 14, 2025 - 4:12 PM GMT+3\n\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(doc.authors()).isEmpty();
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AGM 12 March 2025", "NEW YORK 14 March 2025"})
  void aCapitalsAndDateLineInTheBodyStays(String line) {
    assertThat(clean(P1 + "\n\n" + P2 + "\n\n" + line + "\n\n" + P1.replace("Tuesday", "Friday") + "\n").text()).contains(line);
  }

  @Test
  void aBylineInCapitalsWithAJoiningWordIsNoName() {
    assertThat(io.corpus.clean.internal.PersonNames.isName("ANATOLIAN POST WITH AA")).isFalse();
    assertThat(io.corpus.clean.internal.PersonNames.isName("MARIA DE SOUSA")).isTrue();
  }

  // --- a record's container on a line of its own, a release's date and contact block ----------

  @Test
  void aRecordsContainerWithoutAColonIsPartOfTheDump() {
    String raw = "status: ok\n\ntotalResults: 1\n\narticles[0]\n\nsource.name: Harbour Freight Review\n\n"
        + "title: Ferry terminal to close for six weeks as ramp is replaced\n\ncontent:\n\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Ferry terminal to close for six weeks as ramp is replaced");
    assertThat(doc.publisher()).isEqualTo("Harbour Freight Review");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aReleasesContactBlockUnderItsDateGoesAndTheDateIsRead() {
    String raw = "An official website of the State of Vermont\nOffice of the Governor\nHome\nNews\nPress Releases\nContact\n\n"
        + "Press Releases\n\nFOR IMMEDIATE RELEASE\nSeptember 18, 2024\n\nContact: Marcus Delaney, Press Secretary\n"
        + "802-555-0192\nmarcus.delaney@vermont.gov\n\nGovernor Announces Ferry Terminal Grants for 42 Towns\n\n"
        + "Funding will help towns repair ramps and piers damaged in July storms\n\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 9, 18));
    assertThat(doc.title()).isEqualTo("Governor Announces Ferry Terminal Grants for 42 Towns");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aContactSentenceWithoutAPhoneStays() {
    String line = "Contact: Marcus Delaney, Press Secretary";
    assertThat(betweenTheParagraphs(line)).contains(line);
  }

  @Test
  void aForReleaseLabelGivesTheDate() {
    String raw = "Montana Department of Transportation\nNews Releases\n\nFor Release: June 2, 2025\n\n"
        + "US 93 Closed Overnight Between Lolo and Florence for Bridge Deck Repairs\n\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 6, 2));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Published: 12-03-2025 - 13:04", "Published: 12/03/2025 13:04"})
  void anAmbiguousDashedOrSlashedDateReadsDayFirstOnABritishPage(String line) {
    String raw = line + "\n\nThe council\u2019s programme of works at the centre will cost \u00a32m.\n\n" + P2 + "\n";
    assertThat(clean(raw).published()).isEqualTo(LocalDate.of(2025, 3, 12));
  }

  @Test
  void anAmbiguousDashedDateReadsMonthFirstElsewhere() {
    String raw = "Published: 12-03-2025\n\n" + P1 + "\n\n" + P2 + "\n";
    assertThat(clean(raw).published()).isEqualTo(LocalDate.of(2025, 12, 3));
  }

  // --- font-size buttons, a wire service's credit, a notice with no year ----------------------

  @ParameterizedTest
  @ValueSource(strings = {"\uAC00\n\uAC00\n\uAC00", "A- A A+", "A A A", "Text size: A A A"})
  void fontSizeButtonsUnderTheBylineGoAndTheHeaderIsRead(String buttons) {
    String raw = "The Korea Daily Herald\n\nSearch\n\nNational Politics Social Affairs Foreign Affairs Defense\n\n"
        + "Social Affairs\n\nFerry terminal to close for six weeks as ramp is replaced\n\n"
        + "City plans shuttle buses from the old pier for foot passengers by June\n\nBy Park Ji-won\n\n"
        + "Published : April 2, 2025 - 15:21\n\n" + buttons + "\n\n"
        + "A passenger rests on a bench near the old ramp last August. (Yonhap)\n\n" + P1 + "\n\n" + P2 + "\n\n"
        + "Copyright \u00a9 Korea Daily Herald. All Rights Reserved.\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Ferry terminal to close for six weeks as ramp is replaced");
    assertThat(doc.subtitle()).isEqualTo("City plans shuttle buses from the old pier for foot passengers by June");
    assertThat(doc.publisher()).isEqualTo("The Korea Daily Herald");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "A+", "Grades: A A+ B", "Copyright \u00a9 notices. All rights reserved, the judge said."})
  void aGradeOrASentenceStays(String line) {
    assertThat(betweenTheParagraphs(line)).contains(line);
  }

  @Test
  void aWireServicesNameInParenthesesAfterASentenceIsACredit() {
    String text = clean(P1 + "\n\n" + P2 + " (Yonhap)\n").text();
    assertThat(text).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aCaptionWithADateOverAWireServiceGoes() {
    String caption = "Officials during talks at the Ministry of Energy in Amman on 15 March 2025 (Petra)";
    assertThat(betweenTheParagraphs(caption)).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A week among the tombs of the rose-red city (Petra)", "Her grandmother was born there (Petra)"})
  void aLineEndingInAPlaceNameInParenthesesStays(String line) {
    assertThat(betweenTheParagraphs(line)).contains(line);
  }

  // --- a local station's header: a weather widget over the headline --------------------------

  @Test
  void aBylineAndDateUnderALongHeaderAreRead() {
    StringBuilder raw = new StringBuilder("Skip to content\nKTUL 8 News Now\nTulsa\n64\u00b0\nToggle Menu\nSearch\n");
    for (String item : new String[] {"Watch Live", "News", "Weather", "Traffic", "Sports", "Contests", "Tulsa Weather",
      "Current", "64\u00b0", "Rain Showers", "Feels like 64\u00b0", "Hourly Forecast", "5 AM 64\u00b0 80%",
      "6 AM 65\u00b0 70%", "7 AM 66\u00b0 55%", "Radar", "LOCAL NEWS"}) {
      raw.append(item).append('\n');
    }
    raw.append("Ferry terminal to close for six weeks as ramp is replaced\nby: Danielle Okafor, Ty Westbrook\n"
        + "Posted: May 20, 2025 / 06:12 AM CDT\nUpdated: May 20, 2025 / 08:47 AM CDT\n").append(P1).append("\n").append(P2).append("\n");
    CorpusDocument doc = clean(raw.toString());
    assertThat(doc.authors()).containsExactly("Danielle Okafor", "Ty Westbrook");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 5, 20));
    assertThat(doc.text()).endsWith(P1 + "\n\n" + P2);
  }

  // --- set U's look-alikes: pages about pages -------------------------------------------------

  @Test
  void anArticleThatShowsAFewTagsIsTextNotHtml() {
    String raw = "Skip links: the first thing keyboard users should meet\n\n" + P1 + "\n\nA skip link looks like this:\n\n"
        + "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n\nThe target must be able to receive focus:\n\n"
        + "<main id=\"main\" tabindex=\"-1\">\n\nUse the <nav> element for navigation and label each one.\n\n" + P2 + "\n\n"
        + P1.replace("Tuesday", "Friday") + "\n\n" + P2.replace("two days", "three days") + "\n";
    String text = clean(raw).text();
    assertThat(text).contains("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>")
        .contains("<main id=\"main\" tabindex=\"-1\">").contains("Use the <nav> element for navigation");
  }

  @Test
  void htmlWithATagOnEveryLineIsStillHtml() {
    String raw = "<div>\n<p>" + P1 + "</p>\n<p>" + P2 + "</p>\n</div>\n";
    assertThat(clean(raw).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aStyleGuidesBylineExamplesStay() {
    // (paragraphs of two sentences, as body text reads)
    String raw = "Style Guide\nBylines and datelines\n" + P1 + " " + P2 + "\n\nBylines\n\n" + P2 + " " + P1 + "\n\nCorrect:\n\n"
        + "By Maria Chen\n\nBy Maria Chen and Tom O'Riordan\n\nIncorrect:\n\nBY MARIA CHEN, STAFF WRITER\n\n"
        + P1.replace("Tuesday", "Friday") + " " + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).isEmpty();
    assertThat(doc.text()).contains("By Maria Chen\n\nBy Maria Chen and Tom O'Riordan").contains("BY MARIA CHEN, STAFF WRITER");
  }

  @Test
  void aTooltipQuotedAsAnExampleStays() {
    String example = "\"Senator Rosa DelgadoRosa DelgadoSenate passes water bill after late-night session MORE said on Tuesday "
        + "that the bill would pass.\"";
    String text = clean(P1 + "\n\nShow students this example:\n\n" + example + "\n\n" + P2 + "\n").text();
    assertThat(text).contains(example);
  }

  @Test
  void aQuotedClippingsDateLineStays() {
    String raw = "Roots in the Mearns\nA family history blog\nHome\nAbout\nPosted on 3 February 2024 by Margaret Ross\n"
        + "Great-grandfather's obituary, and the mystery of the second wife\n" + P1 + "\n\n"
        + "The Montrose Review, Friday, 14 March 1952\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 2, 3));
    assertThat(doc.text()).contains("The Montrose Review, Friday, 14 March 1952");
  }

  @Test
  void aClippingUnderAParagraphEndingInAColonStaysOnEveryPass() {
    String raw = "Roots in the Mearns\nHome\nAbout\n" + P1 + " Here it is in full, exactly as it was printed:\n\n"
        + "The Montrose Review, Friday, 14 March 1952\n\nDEATH OF MR WILLIAM REID\n\n" + P2 + " " + P1 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isNull();
    assertThat(doc.text()).contains("The Montrose Review, Friday, 14 March 1952");
  }

  // --- a page-type label over the headline ---------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Press briefing notes", "Oral evidence transcripts", "Briefings & Statements"})
  void aPageTypeLabelOverTheHeadlineIsNoTitle(String label) {
    String raw = "Skip to main content\nOffice of the Harbour Commissioner\nHome\nWhat we do\nNews and events\n" + label + "\n"
        + "Ferry terminal to close for six weeks as ramp is replaced\n07 March 2025\n" + P1 + " " + P2 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Ferry terminal to close for six weeks as ramp is replaced");
    assertThat(doc.subtitle()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Council publishes notes", "Harbour notes", "Ferry terminal notices"})
  void aHeadlineEndingInADocumentNounIsNoPageTypeLabelUnlessItReadsAsOne(String line) {
    assertThat(Masthead.isPageTypeLabel(line)).isEqualTo(!line.startsWith("Council"));
  }

  @Test
  void theNhsCookieBannerGoesWithItsHeading() {
    String raw = "Skip to main content\nCookies on our website\nWe've put some small files called cookies on your device to make "
        + "our site work. We'd also like to use analytics cookies.\nAccept all cookies\nReject analytics cookies\nCookie settings\n"
        + P1 + " " + P2 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isNull();
    assertThat(doc.text()).isEqualTo(P1 + " " + P2 + "\n\n" + P2);
  }

  @Test
  void aSentenceAboutPuttingCookiesOnATrayStays() {
    String line = "We've put some small cookies on a tray by the door for the carol singers.";
    assertThat(betweenTheParagraphs(line)).contains(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Fri, Mar 07, 2025 page3", "March 7, 2025 Page A1", "March 7, 2025 page 12"})
  void aPrintEditionsPageAfterTheDateIsNoPartOfIt(String line) {
    assertThat(DateLineExtractor.parse(line)).isNotNull();
    assertThat(DateLineExtractor.parse(line).published()).isEqualTo(LocalDate.of(2025, 3, 7));
  }

  @Test
  void aSentenceEndingInAPageIsNoDateLine() {
    assertThat(DateLineExtractor.parse("Turn to page 3")).isNull();
    assertThat(DateLineExtractor.withoutPrintPage("The story ran on page 3")).isEqualTo("The story ran on");
  }

  // --- a footer's social links one a line, a notice's reproduction clause ----------------------

  @Test
  void theSitesSocialLinksOneALineStartItsFooter() {
    String raw = P1 + "\n\n" + P2 + "\n\nFacebook\n\nX\n\nOffice of the Governor\n\n109 State Street, Pavilion\n\n"
        + "Montpelier, VT 05609\n\nPhone: 802-555-0100\n\nVermont Official State Website\n";
    assertThat(clean(raw).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void oneNetworksNameAtTheEndStays() {
    String raw = P1 + "\n\n" + P2 + "\n\nThe council will post updates on one platform only:\n\nFacebook\n";
    assertThat(clean(raw).text()).endsWith("Facebook");
  }

  @Test
  void aNoticeThatForbidsReproductionIsACopyrightNotice() {
    String raw = P1 + "\n\n" + P2 + "\n\nCopyright \u00a9 2024 The Lagos Chronicle. All rights reserved. No part of this material "
        + "may be reproduced without written permission.\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(doc.publisher()).isEqualTo("The Lagos Chronicle");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Comments: 23", "Be the first to comment", "Sign in or register to comment", "Log in to comment"})
  void aCommentWidgetsLinesAtTheEndGo(String line) {
    assertThat(clean(P1 + "\n\n" + P2 + "\n\n" + line + "\n").text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Be the first to comment on the council's plan before Friday.", "Comments: 23 residents wrote in."})
  void aSentenceAboutCommentingStays(String line) {
    assertThat(betweenTheParagraphs(line)).contains(line);
  }

  // --- a Taipei daily's header: menu items over the date, a byline with its role after a slash --

  @Test
  void aBylineWithItsRoleAfterASlashAndMenuItemsOverTheDate() {
    String raw = "Formosa Post\nHome\nTaiwan News\nBusiness\nFeatures\nBilingual Pages\nTaiwan News\nFri, Mar 07, 2025 page3\n"
        + "Ferry terminal to close for six weeks as ramp is replaced\nBy Lin Yu-ting / Staff reporter\n" + P1 + " " + P2 + "\n\n"
        + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Lin Yu-ting");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 7));
    assertThat(doc.title()).isEqualTo("Ferry terminal to close for six weeks as ramp is replaced");
  }
}
