package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.clean.internal.TextLines;
import io.corpus.model.CorpusDocument;
import org.junit.jupiter.api.Test;

/**
 * A byline, a credit or a page message that a sentence ending in a colon introduces is what the
 * text is about, not the page's furniture (the eighth held-out check, set J: a corrections column
 * and an article about error messages lost such lines). Each case is cleaned twice and must not
 * change.
 */
class IntroducedByColonTest {

  private static final String P1 = "A report on the harbour dredging (8 May, page 5) said the work would cost £2.4m. The correct "
      + "figure is £4.2m; the digits were transposed during editing, and we apologise for the error.";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  @Test
  void aQuotedBylineAndCreditStay() {
    String body = "An article about the rent strike at the Quayside flats carried the wrong byline. The byline should have read:\n\n"
        + "By Aled Penhaligon\n\n"
        + "A photograph of the lifeboat crew was credited to an agency. It was taken by our own staff, and the credit should have read:\n\n"
        + "Photograph: Senara Polglase/Harbour Gazette\n\n" + P1;
    CorpusDocument doc = clean(body);
    assertThat(doc.text()).isEqualTo(body);
    assertThat(doc.authors()).isEmpty();
  }

  @Test
  void quotedPageMessagesStayUpToThreeLinesUnderTheirSentence() {
    String body = P1 + "\n\nSome of the messages in the archive are apologetic, others merely vague:\n\n"
        + "Something went wrong. Please try again later.\n\nPlease enable JavaScript to view this page.\n\nLoading\u2026\n\n" + P1;
    assertThat(clean(body).text()).isEqualTo(body);
  }

  @Test
  void aListOfPairsUnderItsSentenceStaysWholeAndSoDoesAnEndMarkItIntroduces() {
    String list = "Some of those words, with the Welsh the team settled on:\n\nSkip to main content \u2013 Neidio i\u2019r prif gynnwys\n\n"
        + "Search \u2013 Chwilio\n\nShare \u2013 Rhannu\n\nPrint \u2013 Argraffu\n\nSign in \u2013 Mewngofnodi\n\n"
        + "Accept all cookies \u2013 Derbyn pob cwci";
    String raw = P1 + "\n\n" + list + "\n\n" + P1;
    assertThat(clean(raw).text()).isEqualTo(raw);
    String marks = P1 + "\n\nKorean and Japanese wire copy that came over the printers ended in parentheses:\n\nENDS\n\n(END)\n\n" + P1;
    assertThat(clean(marks).text()).isEqualTo(marks);
  }

  @Test
  void aOneWordSentenceIsNoPageControl() {
    String raw = P1 + "\n\nShare.\n\n\u201CLike Share,\u201D said Teddy, as if that settled it, and it did.";
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void furnitureUnderAPromoOrShareSentenceStillGoes() {
    String raw = P1 + "\n\nShare or comment on this article with your friends:\n\nShare\n\n" + P1;
    assertThat(clean(raw).text().split("\n")).doesNotContain("Share").contains(P1);
    String far = P1 + "\n\nThe panel listed the passages of the transcript it relied on:\n\nPage 14\n\nPage 27\n\nPages 112 to 115\n\n"
        + "ADVERTISEMENT\n\n" + P1;
    assertThat(clean(far).text()).doesNotContain("ADVERTISEMENT").contains("Pages 112 to 115");
  }

  @Test
  void theSentenceNeedsSixWordsAndACapital() {
    assertThat(introduced("The credit should have read as follows:\nPhotograph: A. Person")).isTrue();
    assertThat(introduced("Credit:\nPhotograph: A. Person")).isFalse();
    assertThat(introduced("and then the credit should have read:\nPhotograph: A. Person")).isFalse();
    assertThat(introduced("Sign up for our newsletter to get the news in your inbox:\nEmail address")).isFalse();
  }

  private static boolean introduced(String twoLines) {
    return TextLines.introducedByColon(TextLines.of(twoLines).lines(), 1);
  }
}
