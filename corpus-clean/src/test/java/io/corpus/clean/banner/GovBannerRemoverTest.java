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

  /** A story that quotes the banner, each sentence in quotes on its own line, keeps it. */
  @Test
  void aQuotedBannerStays() {
    String raw = "It says, in small type:\n\n\u201cAn official website of the United States government\u201d\n\n"
        + "\u201cHere\u2019s how you know\u201d\n\n\"An official website of the United States government\"\n\n"
        + "Click the second line and the strip expands to explain what a .gov address means.";
    assertThat(clean(raw).text()).isEqualTo(raw);
    String banner = "An official website of the United States government Here's how you know\n\n"
        + "Click the second line and the strip expands to explain what a .gov address means.";
    assertThat(clean(banner).text()).isEqualTo("Click the second line and the strip expands to explain what a .gov address means.");
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
  void aBannerRepeatedOnTheLineAfterACutOffOneGoesInTheSameRun() {
    // Two copies of the banner run together (desktop and mobile markup flattened onto one line),
    // the first cut off: the second starts where the first ends, as a line would once it is gone.
    String raw = "Body one.\nAn official website of the United States government A lock ( ) or https:// means you\u2019ve"
        + " safely conn\u2026 U.S. flag An official website of the United States government\nBody two.";
    CorpusDocument once = clean(raw);
    assertThat(once.text()).isEqualTo("Body one.\n\nBody two.");
    assertThat(clean(once.text()).text()).isEqualTo(once.text());
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
    assertThat(tk.norms())
        .containsExactly("heres", "us", "government", "the", "asi", "link", "us flag");
    assertThat(tk.image[tk.size - 1]).isTrue();
  }

  @Test
  void acronymSeamsSplitOnlyWhereTheBannerGluesThem() {
    BannerTokens tk = BannerTokens.of("use HTTPSA lock usan HTTPSUn candado NASA lock USA Today");
    assertThat(tk.norms())
        .containsExactly("use", "https", "a", "lock", "usan", "https", "un", "candado", "nasa", "lock", "usa", "today");
  }

  @Test
  void aBannerGluedByTextContentGoesUpToTheBody() {
    String banner = "An official website of the United States governmentHere's how you knowOfficial websites use .govA .gov website belongs to "
        + "an official government organization in the United States.Secure .gov websites use HTTPSA lock (LockA locked padlock) or https:// "
        + "means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.";
    assertThat(clean(banner + "The Secretary met the minister.").text()).isEqualTo("The Secretary met the minister.");
  }

  @Test
  void theDotMilSentenceEndsWithTheCountry() {
    assertThat(clean("An official website of the United States government\nA .mil website belongs to an official U.S. Department of Defense "
        + "organization in the United States.\n\nBody.").text()).isEqualTo("Body.");
  }

  @Test
  void undecodedApostropheEntitiesReadAsApostrophes() {
    BannerTokens tk = BannerTokens.of("Here&#8217;s you&rsquo;ve AT&T R&D");
    assertThat(tk.norms()).containsExactly("heres", "youve", "at", "t", "r", "d");
  }

  @Test
  void aBannerGluedInsideALineNeedsTheHeadAndABodySentence() {
    String glued = "Colombia Travel AdvisoryAn official website of the United States governmentHere's how you know"
        + "Official websites use .govA .gov website belongs to an official government organization in the United States.";
    assertThat(clean(glued + "\n\nBody.").text()).isEqualTo("Colombia Travel Advisory\n\nBody.");
    assertThat(clean(glued + "Reconsider travel.").text()).isEqualTo("Colombia Travel Advisory Reconsider travel.");
    String headOnly = "Read the notice on the siteAn official website of the United States government, it said.";
    assertThat(clean(headOnly).text()).isEqualTo(headOnly);
  }
}
