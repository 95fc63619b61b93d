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
}
