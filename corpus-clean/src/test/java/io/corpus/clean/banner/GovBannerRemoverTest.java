package io.corpus.clean.banner;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import org.junit.jupiter.api.Test;

class GovBannerRemoverTest {

  private static CorpusDocument clean(String text) {
    return Cleaner.standard().clean(RawDocument.text("t.txt", text));
  }

  @Test
  void recordsTheBannerWithRawOffsets() {
    String raw = "Title\n\nAn official website of the United States government\nHere's how you know\n\nBody text.";
    CorpusDocument d = clean(raw);
    assertThat(d.text()).isEqualTo("Title\n\nBody text.");
    assertThat(d.removals()).singleElement().satisfies(r -> {
      assertThat(r.ruleId()).isEqualTo(GovBannerRemover.ID);
      assertThat(raw.substring(r.start(), r.end())).isEqualTo("An official website of the United States government\nHere's how you know");
    });
  }

  @Test
  void oneBodySentenceAloneIsNotABanner() {
    for (String s : new String[] {"Official websites use .gov", "Here's how you know", "The site is secure.", "U.S. flag", "Https"}) {
      assertThat(clean(s + "\n\nBody text.").text()).as(s).isEqualTo(s + "\n\nBody text.");
    }
  }

  @Test
  void theHeadFollowedByProseOnItsLineStays() {
    String s = "An official website of the United States government since 1995, the portal was redesigned.";
    assertThat(clean(s).text()).isEqualTo(s);
  }

  @Test
  void twoBodySentencesWithoutTheHeadAreABanner() {
    assertThat(clean("Official websites use .gov\nA .gov website belongs to an official government organization in the United States.\n\nBody.").text())
        .isEqualTo("Body.");
  }

  @Test
  void tokensFoldCaseAccentsApostrophesAbbreviationsAndCamelJoins() {
    BannerTokens tk = BannerTokens.of("Here’s U.S. governmentThe Así [link](https://x.gov/a) ![U.S. flag](f.png)");
    assertThat(java.util.Arrays.copyOf(tk.norm, tk.size))
        .containsExactly("heres", "us", "government", "the", "asi", "link", "us flag");
    assertThat(tk.image[tk.size - 1]).isTrue();
  }
}
