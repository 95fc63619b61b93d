package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The image-credit and promo steps reject most lines by their first or last char before reading
 * them; on random lines made of labels, agencies, promo openings and prose in mixed case, every
 * line the full test accepts passes that check.
 */
class LinePrefilterTest {

  private static final String[] PIECES = {
    "Photo", "photo", "PHOTO", "Image credit", "iMAGE cREDIT", "Illustration", "Credit", ": ", ":", "/", " / ", "/ ",
    " via ", " | ", "©", "© ", "Getty Images", "GETTY IMAGES", "getty images", "AFP", "afp", "Reuters", "REUTERS",
    "AP Photo", "ap photo", "(", ")", "Evan Vucci", "John Doe", " ", "said.", "\u017Fign up for", "Sign up for",
    "SIGN UP FOR", "Read more:", "read more at", "Don't miss:", "Don\u2019t miss:", "don\u2019t MISS:", "Related:",
    " newsletter", " email", "the draft", "Subscribe to", "Continue reading", "\u212Aelvin", "Photo by ", "Xinhua",
    "iStock", "ISTOCK", "Photo illustration", "PHOTO ILLUSTRATION", "Alamy Stock Photo", "alamy stock photo"
  };

  private static String randomLine(Random random) {
    StringBuilder sb = new StringBuilder();
    int parts = 1 + random.nextInt(6);
    for (int k = 0; k < parts; k++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString().strip();
  }

  @Test
  void everyCreditPassesTheCheck() {
    ImageCreditRemover credits = new ImageCreditRemover();
    Random random = new Random(5);
    int accepted = 0;
    for (int round = 0; round < 200_000; round++) {
      String line = randomLine(random);
      if (line.length() >= 4 && credits.isCredit(line)) {
        accepted++;
        assertThat(credits.mayBeCredit(line, 0, line.length())).as(line).isTrue();
      }
    }
    assertThat(accepted).isGreaterThan(3_000);
  }

  @Test
  void everyPromoPassesTheCheck() {
    PromoRemover promos = new PromoRemover();
    Random random = new Random(6);
    int accepted = 0;
    for (int round = 0; round < 200_000; round++) {
      String line = randomLine(random);
      if (!line.isEmpty() && promos.startsWithPromo(line)) {
        accepted++;
        assertThat(promos.isPromo(line)).as(line).isTrue();
      }
    }
    assertThat(accepted).isGreaterThan(2_000);
  }

  /** Credits that neither end in an agency nor in a parenthesis: only their start gives them away. */
  @Test
  void creditsKnownByTheirStartPassTheCheck() {
    ImageCreditRemover credits = new ImageCreditRemover();
    for (String line : new String[] {
        "BLOOMBERG VIA GETTY IMAGES/Jane Roe 3", "Photo illustration: Jane Roe 3", "PHOTO ILLUSTRATION: 2024",
        "Reuters/Jane Roe 3", "Credit: 2024"}) {
      assertThat(credits.isCredit(line)).as(line).isTrue();
      assertThat(credits.mayBeCredit(line, 0, line.length())).as(line).isTrue();
    }
  }

  /** Social lines start with each letter a network or "follow" starts with, in either case, or an at sign. */
  @Test
  void socialLinesOfEveryOpeningAreSeen() {
    for (String line : new String[] {
        "Follow him on Twitter @jdoe", "follow her on Instagram", "Twitter: @jdoe", "twitter: @jdoe", "X: @jdoe",
        "x: @jdoe", "Instagram: @jdoe", "instagram: @jdoe", "INSTAGRAM: @jdoe", "Bluesky: @jdoe.bsky.social", "bluesky: @jdoe", "@jdoe"}) {
      assertThat(AuthorBioRemover.isSocialLine(line)).as(line).isTrue();
    }
    assertThat(AuthorBioRemover.isSocialLine("\u0130nstagram: @jdoe")).isFalse(); // lower-cases to "i\u0307nstagram"
  }
  /**
   * The glued-lede search with the period kept between lines finds, line by line down a text,
   * what the search of each line alone finds: random texts of long lines made of captions, credit
   * labels, glued names and prose, with and without periods (a fresh search starts from each
   * line's first char; the kept one from the period found on an earlier line).
   */
  @Test
  void theGluedLedeSearchDownATextFindsWhatEachLineAloneFinds() {
    String[] pieces = {"A vendor packs fish at the market", ". - Photo by ", ". Photo: ", ". Photo by ", ". Image: ", ". ",
      ".", "Jeff K Mayers", "Jelly Tse", "Fisherfolk at the depot say the catch is down", " and the boats stay in", " ",
      "Passengers on more than sixty routes wait", " longer than they did last year for a bus home", "McDonald"};
    Random random = new Random(8);
    int found = 0;
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int line = 0, lines = 1 + random.nextInt(8); line < lines; line++) {
        for (int k = 0, parts = 1 + random.nextInt(14); k < parts; k++) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        text.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
      }
      String t = text.toString();
      int[] nextDot = {-1};
      for (int start = 0; start < t.length(); ) {
        int end = t.indexOf('\n', start);
        int alone = ImageCreditRemover.gluedLedeStart(t, start, end);
        assertThat(ImageCreditRemover.gluedLedeStart(t, start, end, nextDot)).as("%s at %d", t, start).isEqualTo(alone);
        found += alone > start ? 1 : 0;
        start = end + 1;
        while (start < t.length() && t.charAt(start) == '\n') {
          start++;
        }
      }
    }
    assertThat(found).isGreaterThan(100);
  }
}
