package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chrome from the fifteenth round of held-out checks: a site's date line that reads like a
 * browser's print header ("21/03/2024 07:45 h | Actualizado el …"), cookie banners and audio
 * buttons in the languages other than English that the scraped pages carry. Each with the
 * look-alike that must stay. Every case is cleaned twice and must not change.
 */
class HeldOutRound15ChromeTest {

  private static final String TITLE = "Water cut to last 36 hours in eight districts";
  private static final String P1 = "The regional water utility said on Thursday that supply would be cut for 36 hours in eight "
      + "districts from next Tuesday while crews replace a main at the treatment plant.";
  private static final String P2 = "About 180,000 customers will be affected, the utility said, and tanker trucks will serve "
      + "hospitals and schools during the work.";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  // --- a site's date line is not a print header -------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"21/03/2024 07:45 h | Actualizado el 21/03/2024 11:20 h", "21/03/2024 07:45 hs | Actualizado 11:20 hs",
    "21.03.2024 07:45 Uhr | Aktualisiert 21.03.2024 11:20 Uhr", "21/03/2024 07:45 | Updated 21/03/2024 11:20"})
  void aDateLineWithItsTimesUnitOrASecondStampIsTheDate(String line) {
    CorpusDocument doc = clean(TITLE + "\nBy Lucia Quispe\n" + line + "\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.published()).as(line).isEqualTo(LocalDate.of(2024, 3, 21));
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aBrowsersHeaderWithThePagesTitleStillGoes() {
    assertThat(PrintHeaderRemover.isHeaderLine("3/19/24, 10:47 AM Wabash County board approves jail expansion | Wabash Times")).isTrue();
    assertThat(PrintHeaderRemover.isHeaderLine("21/03/2024 07:45 h | Actualizado el 21/03/2024 11:20 h")).isFalse();
    assertThat(PrintHeaderRemover.isDateLineRest("Hospital wing opens | Valley Ledger")).isFalse();
    assertThat(PrintHeaderRemover.isDateLineRest("hs | Actualizado")).isTrue();
  }

  // --- a caption over an agency's slash credit ------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Hawa Abdelrahman teaches a class of refugee children in a temporary learning space near Adré. © UNHCR/Nora Mbaye",
    "Ibrahim Adam Yousif, a refugee teacher from Misterei, with his mathematics class. © UNHCR/Nora Mbaye",
    "Crews clear debris from the main road into the town. REUTERS/Jane Doe"})
  void aCaptionOverASlashCreditGoesWithIt(String caption) {
    CorpusDocument doc = clean(P1 + "\n\n" + caption + "\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aSentenceOfReportingOverASlashCreditKeepsItsSentence() {
    String line = "Officials said the road would reopen on Friday. REUTERS/Jane Doe";
    CorpusDocument doc = clean(P1 + "\n\n" + line + "\n\n" + P2 + "\n");
    assertThat(doc.text()).contains("Officials said the road would reopen on Friday.").doesNotContain("REUTERS");
    assertThat(ImageCreditRemover.isSlashCredit("© UNHCR/Nora Mbaye")).isTrue();
    assertThat(ImageCreditRemover.isSlashCredit("© 2024 Jane Doe/AFP")).isTrue();
    assertThat(ImageCreditRemover.isSlashCredit("and/or other terms")).isFalse();
    assertThat(ImageCreditRemover.isSlashCredit("A/B/C")).isFalse();
    assertThat(ImageCreditRemover.hasPastTense("The Senate passed the bill on Thursday.")).isTrue();
    assertThat(ImageCreditRemover.hasPastTense("Ted and Ned teach a class in Bedford.")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Share this sermon: Facebook Email Copy link", "Share this recipe: Pinterest Facebook Email", "Share this day:  Facebook  X  Copy link"})
  void aShareRowThatNamesWhatItSharesGoes(String row) {
    CorpusDocument doc = clean(P1 + "\n\n" + row + "\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Share this sermon: it was the best one he gave", "Share this: Facebook", "Share this great news: Facebook"})
  void aShareThisLineThatIsNoRowStaysOrIsReadAsBefore(String line) {
    assertThat(WidgetRemover.shareThisWhatEnd(WidgetRemover.key(line))).as(line)
        .isEqualTo(line.startsWith("Share this sermon") ? "share this sermon:".length() : -1);
    if (line.contains("best one")) {
      assertThat(clean(P1 + "\n\n" + line + "\n\n" + P2 + "\n").text()).contains(line);
    }
  }

  @Test
  void aShareByEmailButtonGoes() {
    CorpusDocument doc = clean(P1 + "\nShare on Facebook\nShare by email\nCopy link\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- a web archive's toolbar ----------------------------------------------------------------------------

  private static final String WAYBACK = "The Wayback Machine - https://web.archive.org/web/20190315041822/https://www.example-sentinel.com/news/a\n\n"
      + "Go\n187 captures\n14 Mar 2019 - 02 Aug 2023\n\t\nFEB\tMAR\tAPR\n\t\n15\t\n\t\n2018\t2019\t2020\nsuccess\nfail\n\t\n"
      + " About this capture\nCOLLECTED BY\nOrganization: Archive Team\nFormed in 2009, the Archive Team is a loose collective of "
      + "volunteer archivists who save copies of websites that are shutting down.\nCollection: ArchiveBot\nTIMESTAMPS\n\nloading\n\n";
  private static final String ARCHIVE_TODAY = "archived 22 Sep 2023 10:41:07 UTC\narchive.today\nwebpage capture\nSaved from\t\n"
      + "https://www.example-gazette.co.uk/news/health/story-8842197\nsearch\n22 Sep 2023 10:41:07 UTC\n"
      + "All snapshots from host www.example-gazette.co.uk\nWebpage\nScreenshot\nshare\ndownload .zip\nreport bug or abuse\nBuy me a coffee\n\n";

  @ParameterizedTest
  @ValueSource(strings = {"wayback", "archive.today"})
  void aWebArchivesToolbarOverThePageGoes(String which) {
    String toolbar = which.equals("wayback") ? WAYBACK : ARCHIVE_TODAY;
    CorpusDocument doc = clean(toolbar + TITLE + "\nBy Lucia Quispe\nMarch 21, 2024\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(doc.title()).isEqualTo(TITLE);
    assertThat(doc.removals()).anyMatch(r -> r.ruleId().equals(WebArchiveToolbarRemover.ID));
  }

  @Test
  void theToolbarsWordsElsewhereStay() {
    // an essay about archives that quotes the toolbar: not the text's first line, so no toolbar
    String essay = "How to cite an archived page\n\n" + P1 + "\n\nThe Wayback Machine - https://web.archive.org/web/2019/x is the first line "
        + "it shows, then Go\n187 captures\n\n" + P2 + "\n";
    assertThat(clean(essay).text()).contains("187 captures").contains("Go");
    // "archived" at the top without the archive's name under it is a sentence
    String note = "archived 22 Sep 2023 10:41:07 UTC\nsearch\n\n" + P1 + "\n";
    assertThat(clean(note).text()).contains("search");
  }

  // --- a recording's times between its lines of speech --------------------------------------------------

  @Test
  void captionCueTimesGoAndTheSentencesTheyCutAreMended() {
    String raw = "Senate Committee On Natural Resources\n\n00:00:04\n>> good afternoon and welcome to the\n00:00:07\n"
        + "committee on natural resources will the\n00:00:09\nclerk please call the roll\n00:00:12\n>> senator pruett here\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).doesNotContain("00:00").contains("good afternoon and welcome to the committee on natural resources");
  }

  @Test
  void aTalksSeekLinksGoWithTheDurationAboveThem() {
    String raw = TITLE + "\n\n3:47\n\n0:04\n" + P1 + "\n\n0:23\n" + P2 + "\n\n1:12\nThank you.\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\nThank you.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // a timeline's clock times: no seconds, not from the start, few
    "Key times on Tuesday:\n\n09:15\nPolice receive the call.\n\n09:32\nThe first unit arrives.\n\n10:05\nThe road is closed.\n",
    // a live blog's entry times have more on their lines
    "5:04 p.m. ET\nThe count resumed.\n\n4:31 p.m. ET\nPolls closed.\n\n3:48 p.m. ET\nTurnout was high.\n",
    // times out of order: a table's
    "Lap times:\n\n1:32\n1:29\n1:35\n1:28\n1:40\n"})
  void timesThatAreTheTextsStay(String times) {
    CorpusDocument doc = clean(P1 + "\n\n" + times + "\n" + P2 + "\n");
    assertThat(doc.removals()).noneMatch(r -> r.ruleId().equals(CueTimeRemover.ID));
  }

  @ParameterizedTest
  @CsvSource({"0:04, 4", "12:05, 725", "1:02:17, 3737", "00:00:04, 4", "14:02:11, 50531", "1:60, -1", "123:04, -1", "1:2, -1",
    "1:02:03:04, -1", "12, -1", "a:04, -1", "1:0a, -1"})
  void aBareTimesSeconds(String t, int expected) {
    assertThat(CueTimeRemover.seconds(t)).isEqualTo(expected);
  }

  // --- a gallery's "Read More" over the story's byline ----------------------------------------------------

  @Test
  void aBylineAndDateUnderAReadMoreLinkAreTheStorysNotATeaserCard() {
    String raw = TITLE + "\n1 of 5 | \nRead More\nBY JULIA MARKOWITZ AND DEVON PRICE\nUpdated 6:03 PM EDT, August 29, 2024\n\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.authors()).containsExactly("Julia Markowitz", "Devon Price");
  }

  @Test
  void aCardsTitleAndDateUnderReadNextStillGo() {
    CorpusDocument doc = clean(P1 + "\n\n" + P2 + "\n\nRead Next\nCity council backs fare-free bus pilot\nMay 1, 2024 5:31 PM\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  // --- page labels and a wire's end matter -----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Advertisement · Scroll to continue", "Advertising", "Follow us on :Follow Us", "Follow us on:", "End of transcript",
    "This article appears in the June 2024 issue.", "--With assistance from Priya Raman.",
    "To contact the reporters on this story: Dana Whitcombe in New York at dwhitcombe2@example.net; Rafael Szabo in London at rszabo@example.net",
    "To contact the editors responsible for this story: Ana Monteiro at amonteiro@example.net", "&&", "$$", "Story continues",
    "Comments Sort by: Newest", "Sort by: Most popular",
    "The Ledger Line is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.",
    "Support local journalism. Subscribe today for just $1 for your first 3 months. Subscribe Now",
    "Yahoo is using AI to generate takeaways from this article. This means the info may not always match what's in the article."})
  void aPageLabelOrAWiresEndMatterGoes(String line) {
    CorpusDocument doc = clean(P1 + "\n\n" + line + "\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Advertising revenue fell by a third last year.", "Follow us on the river path to the mill.",
    "The end of the transcript was never found.", "The program, with assistance from the state, opens in May.",
    "The story continues in the next issue.", "Support local journalism by reading it, the editor said."})
  void theSameWordsInProseStay(String line) {
    CorpusDocument doc = clean(P1 + "\n\n" + line + "\n\n" + P2 + "\n");
    assertThat(doc.text()).contains(line);
  }

  // --- cookie banners and audio buttons in other languages ---------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
    "Este sitio utiliza cookies propias y de terceros para mejorar tu experiencia. Si continúas navegando, consideramos que aceptas su uso.\nACEPTAR\nCONFIGURAR",
    "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.\nTout accepter\nTout refuser\nPersonnaliser",
    "Este site utiliza cookies para melhorar a sua experiência de navegação.\nAceitar\nRejeitar",
    "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.\nAlle akzeptieren\nAblehnen",
    "Questo sito utilizza cookie tecnici e di profilazione.\nAccetta tutti\nRifiuta",
    "We and our 143 partners store and/or access information on a device, such as cookies, and process personal data.\nAccept all\nReject all"})
  void aCookieBannerInAnotherLanguageGoesWithItsButtons(String banner) {
    CorpusDocument doc = clean(banner + "\n" + TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aButtonWordWithoutItsBannerStays() {
    CorpusDocument doc = clean(P1 + "\n\nAceptar\n\n" + P2 + "\n");
    assertThat(doc.text()).contains("Aceptar");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Escuchar esta nota", "Écouter cet article", "Ouvir esta notícia", "Artikel anhören"})
  void anAudioButtonInAnotherLanguageGoes(String button) {
    CorpusDocument doc = clean(P1 + "\n" + button + "\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }
}
