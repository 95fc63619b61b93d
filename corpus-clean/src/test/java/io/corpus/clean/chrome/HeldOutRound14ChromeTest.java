package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chrome from the twenty-ninth held-out check: a text-size control whose buttons stand one a line
 * under its label ("Font size:" / "A-" / "A+"), and a row of share buttons that {@code
 * textContent} glued into one word ("ShareFacebookXLinkedInWhatsAppCopy Link"). Each with the
 * look-alike that must stay. Every case is cleaned twice and must not change.
 */
class HeldOutRound14ChromeTest {

  private static final String P1 = "Istanbul's municipal authorities have flagged more than 1,900 residential buildings as "
      + "high-risk in the first eight months of the year, officials said Friday.";
  private static final String P2 = "The municipality said it had received 14,620 applications for its free preliminary building "
      + "assessment since January, compared with 4,870 a year earlier.";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  // --- a text-size control ----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Font size:\nA-\nA+", "Text size\nA\nA\nA", "font size\nA-A+", "Font size\nA\u2212\nA\nA+", "Change font size\nA-\nReset\nA+"})
  void aTextSizeControlWithItsButtonsOneALineGoes(String control) {
    CorpusDocument doc = clean(P1 + "\n" + control + "\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aListWhoseItemsAreLettersStays() {
    String list = "Grades in the first term:\nA\nA-\nB+\nA";
    CorpusDocument doc = clean(P1 + "\n\n" + list + "\n\n" + P2 + "\n");
    assertThat(doc.text()).contains("Grades in the first term:");
    assertThat(doc.text().lines().filter(l -> l.equals("A") || l.equals("A-") || l.equals("B+")).count()).isEqualTo(4);
  }

  // --- a glued row of share buttons -----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"ShareFacebookXLinkedInWhatsAppCopy Link", "Share:FacebookTwitterEmail", "FacebookTwitterLinkedInEmailPrint",
    "Share this articleFacebookWhatsAppCopy link"})
  void aShareRowGluedIntoOneWordGoes(String row) {
    CorpusDocument doc = clean(P1 + "\n\n" + row + "\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Shareholders backed the plan.", "FacebookTwitter feud", "Sharepoint outage hits offices"})
  void aLineThatStartsWithAShareWordButSaysMoreStays(String line) {
    WidgetRemover shareRow = (WidgetRemover) WidgetRemover.all().stream().filter(w -> w.id().equals(WidgetRemover.SHARE_ROW)).findFirst().orElseThrow();
    assertThat(shareRow.gluedShareRow(WidgetRemover.key(line))).as(line).isFalse();
    CorpusDocument doc = clean(P1 + "\n\n" + line + "\n\n" + P2 + "\n");
    assertThat(doc.text()).contains(line);
  }
  // --- what a first cleaning left over the body ---------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Photo: press service of the Ministry of Agriculture", "Photo: courtesy of the family", "Image: handout",
    "Photo: file"})
  void aPicturesSourceInLowerCaseUnderItsLabelGoes(String credit) {
    CorpusDocument doc = clean(P1 + "\n\n" + credit + "\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Consultant gastroenterologist Dr Harriet Olaniyan (centre) with members of the endoscopy team in one of the new procedure rooms",
    "Members of the 1985 championship team (front row, left to right) at the reunion dinner",
    "Councillor Amy Roe (left) and the mayor cut the ribbon at the new library"})
  void aCaptionThatPlacesItsPeopleGoes(String caption) {
    CorpusDocument doc = clean(P1 + "\n\n" + caption + "\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dr Harriet Olaniyan (centre) said the unit would see its first patients on Monday.",
    "The committee (left to right in the photograph above) voted to keep the library open on Sundays."})
  void aSentenceThatSaysWhereSomeoneStoodStays(String sentence) {
    CorpusDocument doc = clean(P1 + "\n\n" + sentence + "\n\n" + P2 + "\n");
    assertThat(doc.text()).contains(sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Listen to this explainer (6:12)", "Listen to this story 4 min", "Listen to this episode"})
  void aListenButtonWithItsLengthGoes(String button) {
    CorpusDocument doc = clean(P1 + "\n\n" + button + "\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void aSentenceThatAsksToListenStays() {
    String sentence = "Listen to this story about the old ferry, she told the council, before you vote on the bridge.";
    CorpusDocument doc = clean(P1 + "\n\n" + sentence + "\n\n" + P2 + "\n");
    assertThat(doc.text()).contains(sentence);
  }
  // --- skip links in other languages ---------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Ir al contenido principal", "Saltar al contenido", "Aller au contenu principal", "Pular para o conteúdo",
    "Zum Inhalt springen", "Vai al contenuto principale"})
  void aSkipLinkInAnotherLanguageGoes(String link) {
    CorpusDocument doc = clean(link + "\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(doc.title()).isNull();
  }

  @Test
  void aSentenceThatOpensLikeASkipLinkStays() {
    String sentence = "Ir al contenido principal del informe, dijo la ministra, es lo que importa a los vecinos.";
    CorpusDocument doc = clean(P1 + "\n\n" + sentence + "\n\n" + P2 + "\n");
    assertThat(doc.text()).contains(sentence);
  }
  // --- a hyperlocal site's sign-up boxes -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
    "Get more local news delivered straight to your inbox. Sign up for free Neighborly newsletters and alerts. Subscribe",
    "Find out what's happening in Westfield with free, real-time updates from Neighborly. Let's go!",
    "Get more stories like this in your inbox every morning with our free newsletter."})
  void aSignUpBoxOfALocalSiteGoes(String box) {
    CorpusDocument doc = clean(P1 + "\n\n" + box + "\n\n" + P2 + "\n");
    assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Get more exercise and turn off the news alerts on your phone an hour before bed.",
    "Find out what's happening in your area by checking the county's road updates page before you travel."})
  void adviceThatOpensLikeASignUpBoxStays(String sentence) {
    CorpusDocument doc = clean(P1 + "\n\n" + sentence + "\n\n" + P2 + "\n");
    assertThat(doc.text()).contains(sentence);
  }
}
