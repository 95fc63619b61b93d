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
    "iStock", "ISTOCK"
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
        assertThat(credits.mayBeCredit(line.charAt(0), line.charAt(line.length() - 1))).as(line).isTrue();
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
}
