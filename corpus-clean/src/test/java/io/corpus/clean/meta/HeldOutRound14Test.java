package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Header layouts from the twenty-ninth held-out check (the nine sets read again, and sets EE and
 * FF): a date line whose label names the field ("Publication date 06 February 2025 | 18:47 ICT"),
 * a photo's caption that ends with its credit, which is no headline, and a headline that repeats
 * the last item of the page's trail (under a page-type label or two), or stands under the
 * section's heading that repeats it. Each with the look-alike that must stay. Every case is
 * cleaned twice and must not change.
 */
class HeldOutRound14Test {

  private static final String HEADLINE = "Rice exports to China surge 38 percent as new milling capacity comes online";
  private static final String P1 = "Cambodia exported 61,200 tonnes of milled rice to China in January, an increase of 38 percent "
      + "on the same month last year, according to figures released on Wednesday.";
  private static final String P2 = "Total milled rice exports for the month reached 84,950 tonnes, worth about $58 million, the "
      + "federation said in its monthly report.";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  // --- the date field's own label ----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
    "Publication date 06 February 2025 | 18:47 ICT",
    "Publication Date: February 6, 2025",
    "Date of publication: 6 February 2025",
    "Published date: 2025-02-06",
    "Date published: February 6, 2025",
    "Publish date: Feb 6, 2025 6:47 PM"
  })
  void aDateLineLabelledWithTheFieldsNameGivesTheDate(String line) {
    DateLineExtractor.DateLine d = DateLineExtractor.parse(line);
    assertThat(d).as(line).isNotNull();
    assertThat(d.published()).isEqualTo(LocalDate.of(2025, 2, 6));
    // (a line of pieces is labelled only when each piece is: the time after the bar is not)
    assertThat(d.labelled()).isEqualTo(!line.contains(" | "));
  }

  @Test
  void aHeadlineOverANameAndALabelledDateIsTheTitleAndTheLinesGo() {
    String raw = "The Phnom Penh Chronicle\nNational\nPolitics\nBusiness\n" + HEADLINE + "\nSok Chanthy\n"
        + "Publication date 06 February 2025 | 18:47 ICT\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 2, 6));
    assertThat(doc.authors()).containsExactly("Sok Chanthy");
    assertThat(doc.text()).startsWith("Cambodia exported").doesNotContain("Publication date");
  }

  @Test
  void aSentenceAboutThePublicationDateStays() {
    String sentence = "Publication date of the annual report is set for 6 February 2025, the federation said on Monday.";
    String raw = P1 + "\n\n" + sentence + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).contains(sentence);
  }

  // --- a caption with its credit is no headline ------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
    "Keystone Robotics' Atlas-7 mobile picking robot at work in a Round Rock, Texas, fulfillment center. (PRNewsfoto/Keystone Robotics, Inc.)",
    "Workers reinforce the columns of an apartment block in Istanbul (AA Photo/Kerem Yucel)",
    "Traditional jeepneys queue for passengers along Commonwealth Avenue (Photo: Grig Montegrande)",
    "The new bridge over the Tonle Sap at dawn (Photo by Chea Sopheak)"
  })
  void aCaptionEndingWithItsPhotosCreditIsNoHeadline(String caption) {
    assertThat(HeadlineExtractor.endsWithPhotoCredit(caption)).as(caption).isTrue();
    assertThat(HeadlineExtractor.headlineShaped(caption, 40)).as(caption).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Storm batters the coast as thousands lose power (PHOTOS)",
    "Watch the moment the bridge opened (VIDEO)",
    "Rice exports to China surge 38 percent (update)"
  })
  void aHeadlinesOwnTagInParenthesesKeepsItAHeadline(String headline) {
    assertThat(HeadlineExtractor.endsWithPhotoCredit(headline)).as(headline).isFalse();
    assertThat(HeadlineExtractor.headlineShaped(headline, 40)).as(headline).isTrue();
  }
  // --- a headline that repeats the trail's last item ---------------------------------------------------

  private static final String STATEMENT = "The Judiciary wishes to inform the public that Small Claims Courts will begin operating "
      + "in twelve additional counties from Monday, bringing the total number of counties served to forty.";

  @Test
  void aHeadlineRepeatingTheTrailsLastItemUnderALabelIsTheTitle() {
    String headline = "JUDICIARY EXPANDS SMALL CLAIMS COURTS TO TWELVE MORE COUNTIES";
    String raw = "THE JUDICIARY\nHOME\nABOUT US\nMEDIA CENTRE\nHome / Media Centre / Press Statements / " + headline + "\n"
        + "PRESS STATEMENT\n" + headline + "\n" + STATEMENT + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(headline);
    assertThat(doc.text()).startsWith("The Judiciary wishes").doesNotContain("PRESS STATEMENT").doesNotContain("Media Centre");
  }

  @Test
  void aNameRepeatingATrailOfTwoItemsIsTheTitle() {
    String raw = "Thornbury & Sons Funeral Home\nObituaries\nServices\nContact\nObituaries  >  Harold James Pettersen\n\n"
        + "Harold James Pettersen\n\nHarold James \u201cHal\u201d Pettersen, 85, of Duluth, died peacefully at home on February 26, "
        + "2024, surrounded by his family, after a short illness.\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Harold James Pettersen");
    assertThat(doc.text()).startsWith("Harold James \u201cHal\u201d Pettersen, 85");
  }

  @Test
  void aHeadlineUnderTheSectionHeadingThatRepeatsTheTrailIsTheTitle() {
    String headline = "MOF to double marine protected areas by 2027";
    String raw = "Ministry of Oceans and Fisheries\nHome > News > Press Releases\nPress Releases\n" + headline + "\n"
        + STATEMENT + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(headline);
    assertThat(doc.text()).startsWith("The Judiciary wishes").doesNotContain("Press Releases");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Home > News > Press Releases\nPress Releases\n", "News \u203a World\nWorld\n"})
  void aSectionsHeadingUnderItsTrailIsNoTitle(String header) {
    CorpusDocument doc = clean(header + STATEMENT + "\n\n" + P2 + "\n");
    assertThat(doc.title()).isNull();
  }

  @Test
  void aTrailRepeatedOverAListAndNoParagraphGivesNoTitle() {
    String raw = "Home > Guides > Tax Forms for Households\nTax Forms for Households\nForm 1040\nForm 1099\nForm W-2\nSchedule C\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isNull();
    assertThat(doc.text()).contains("Form 1040");
  }
  // --- cleaning twice: what a first cleaning left at the top ---------------------------------------------

  @Test
  void aHeadlinePrintedTwiceUnderTheSectionsHeadingIsTheTitleAndBothCopiesGo() {
    String headline = "Millbrook Creamery Recalls Select Lots of Vanilla Bean Frozen Custard Because of Possible Health Risk";
    String raw = "U.S. Food and Drug Administration\nSearch\nMenu\nHome\nSafety\nRecalls, Market Withdrawals, & Safety Alerts\n"
        + headline + "\nCOMPANY ANNOUNCEMENT\n" + headline + "\n" + STATEMENT + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(headline);
    assertThat(doc.text()).startsWith("The Judiciary wishes").doesNotContain("COMPANY ANNOUNCEMENT");
  }

  @Test
  void aLineRepeatedWithASentenceBetweenStays() {
    String line = "Bring the boats home before the tide";
    String raw = STATEMENT + "\n\n" + line + "\n\nThe river rose all night and nobody slept in the village below.\n\n" + line
        + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text().split(line, -1)).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Effective from 4 February 2025", "Valid until 31 March 2025", "Effective from: 4 February 2025"})
  void aValidityFieldIsNoHeadline(String field) {
    assertThat(DateLineExtractor.isValidityField(field)).as(field).isTrue();
    assertThat(HeadlineExtractor.headlineShaped(field, 40)).as(field).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Effective from the start the plan worked", "Valid until proven otherwise, he said"})
  void aSentenceThatOpensWithAValidityLabelIsNoField(String line) {
    assertThat(DateLineExtractor.isValidityField(line)).as(line).isFalse();
  }
  // --- date lines in French, Spanish and Portuguese ------------------------------------------------------

  // (a date of two numbers that can each be a month, "05/06/2024", is read month first here as
  // everywhere outside British pages: these lines give days past the twelfth)
  @ParameterizedTest
  @ValueSource(strings = {"Publié le 21.03.2024 à 14h30", "Publicado el 21/03/2024 07:45 h", "Publicado em 21.03.2024 às 9h05",
    "21/03/2024 07:45 h | Actualizado el 21/03/2024 11:20 h", "Publié le 21.03.2024 à 14h30 | Mis à jour le 21.03.2024 à 17h05"})
  void aRomanceLanguagesDateLineGivesTheDate(String line) {
    DateLineExtractor.DateLine d = DateLineExtractor.parse(line);
    assertThat(d).as(line).isNotNull();
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 3, 21));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Publicado el informe, el ministro dijo que 14 distritos quedarán sin agua.",
    "Mis à jour le plan, la mairie a ajouté 3 bus.", "The 14h30 train to Lyon was cancelled."})
  void aSentenceWithTheseWordsIsNoDateLine(String line) {
    assertThat(DateLineExtractor.parse(line)).as(line).isNull();
  }

  @Test
  void aFrenchBylineAndDateRowGiveTheAuthorAndTheDate() {
    String raw = "THE ISLAND HERALD\nAccueil\nActualités\nSociété\n" + HEADLINE + "\n"
        + "Par Priya Ramdin | Publié le 05.06.2024 à 14h30 | Mis à jour le 05.06.2024 à 17h05\n"
        + "Partager : Facebook Twitter WhatsApp E-mail Imprimer\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Priya Ramdin");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 6, 5));
    assertThat(doc.text()).startsWith("Cambodia exported").doesNotContain("Partager");
  }
  // --- a headline wrapped over two lines by a print to PDF ---------------------------------------------------

  @Test
  void aHeadlineWrappedOverTwoLinesIsTheWholeTitle() {
    String raw = "5/19/24, 10:14 AM     Knitwear exporters seek gas priority as factory hours fall | The Dhaka Ledger\n\n"
        + "The Dhaka Ledger\n\nEconomy     Stocks     Banking     Trade\n\nINDUSTRY\n\nKnitwear exporters seek gas priority as\n"
        + "factory hours fall\n\nSyed Tanvir Ahmed\nPublished: 19 May 2024, 08:30 AM\n\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Knitwear exporters seek gas priority as factory hours fall");
    assertThat(doc.text()).startsWith("Cambodia exported");
  }

  @ParameterizedTest
  @ValueSource(strings = {"by Gideon Kaupa", "officials say the allowances will be paid by the end of the month", "updated 3 hours ago",
    "and more."})
  void aLineUnderTheHeadlineThatIsNoWrappedEndIsNotJoined(String under) {
    String text = "Enga health workers threaten strike over unpaid\n" + under + "\n\n" + P1 + "\n";
    assertThat(HeadlineExtractor.wrappedTitle(text, "Enga health workers threaten strike over unpaid")).as(under).isNull();
  }

  @Test
  void aLineUnderTheHeadlineInAnotherBlockIsNotJoined() {
    String text = "Enga health workers threaten strike over unpaid\n\nallowances\n\n" + P1 + "\n";
    assertThat(HeadlineExtractor.wrappedTitle(text, "Enga health workers threaten strike over unpaid")).isNull();
    assertThat(HeadlineExtractor.wrappedTitle("Enga health workers threaten strike over unpaid\nallowances\n\n" + P1 + "\n",
        "Enga health workers threaten strike over unpaid")).isEqualTo("Enga health workers threaten strike over unpaid allowances");
  }
  // --- a byline with the place the reporter wrote from ----------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"By Ebenezer Nkwain Tabi, in Kumba", "By Jane Doe in Nairobi", "By Jane Doe, in Port Moresby"})
  void aBylineWithThePlaceGivesTheName(String line) {
    String raw = "ECONOMY\n" + HEADLINE + "\n" + line + "\nPublished 14/05/2024 | 09:12\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).hasSize(1);
    assertThat(doc.authors().get(0)).doesNotContain(" in ").doesNotEndWith(",");
    assertThat(doc.title()).isEqualTo(HEADLINE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jane Doe in collaboration with the Daily Bulletin", "Jane Doe in the Field Notes Column Today Again",
    "Jane Doe in"})
  void aNameWithMoreThanAPlaceAfterInStaysWhole(String value) {
    assertThat(BylineExtractor.withoutPlace(value)).isEqualTo(value);
  }
}
