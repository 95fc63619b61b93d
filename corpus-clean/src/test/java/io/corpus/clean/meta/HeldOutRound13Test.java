package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.CleanedTwice;
import io.corpus.model.CorpusDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Layouts from the twenty-sixth to twenty-eighth held-out checks (sets BB, CC and DD) and the
 * earlier sets' headlines they showed were missed: a headline under a long run of a site's
 * sections with no site word, and a site's header whose lines under the headline are many but all
 * the header's (names, controls, a field's label over its value). Each with the look-alike that
 * must stay. Every case is cleaned twice and must not change.
 */
class HeldOutRound13Test {

  private static final String P1 = "Residents of a small town in Bavaria have backed a wind park in a forest above the town, in a "
      + "vote that is seen as a test for wind power in a state that has long resisted it.";
  private static final String P2 = "Turnout was 71 percent. The town council said it would now ask the state for the permits the "
      + "project needs, a process that could take two years.";
  private static final String HEADLINE = "Bavarian town votes yes to wind park in closely watched referendum";

  private static CorpusDocument clean(String raw) {
    return CleanedTwice.clean(raw);
  }

  // --- a long run of sections over the headline ---------------------------------------------------

  @Test
  void aHeadlineUnderALongRunOfSectionsUnderTheSitesNameIsTheTitle() {
    String raw = "Rundfunk Welt – Made for minds.\nGermany\nWorld\nBusiness\nScience\nEnvironment\nCulture\nSports\nLive TV\n"
        + "In focus\n" + HEADLINE + "\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo(HEADLINE);
    assertThat(doc.text()).startsWith("Residents of a small town").doesNotContain("Live TV");
  }

  // --- the header's lines under a headline under a menu ----------------------------------------------

  @Test
  void aFieldsLabelOverItsValueUnderTheHeadlineIsTheHeadersAndGoes() {
    String raw = "FEMA\nMenu\nSearch\nDisasters & Assistance\nGrants\nFloods & Maps\nAbout\nWork With Us\nHome\nPress Releases\n"
        + "Disaster Recovery Centers Open in Carter and Unicoi Counties\nRelease Date:\nAugust 14, 2024\nRelease Number:\n4832-008\n"
        + "NASHVILLE, Tenn. – Disaster Recovery Centers will open Thursday in Carter and Unicoi counties to help people affected "
        + "by the storms. They will stay open until further notice.\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Disaster Recovery Centers Open in Carter and Unicoi Counties");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 8, 14));
    assertThat(doc.text()).startsWith("NASHVILLE, Tenn.").doesNotContain("Release Number");
  }

  @Test
  void aLongRunOfSectionsOverAHeadlineWithALineTheHeaderDoesNotKnowMakesNoHeader() {
    String raw = "Rundfunk Welt – Made for minds.\nGermany\nWorld\nBusiness\nScience\nEnvironment\nCulture\nSports\nLive TV\n"
        + "In focus\n" + HEADLINE + "\nA wind turbine above the Inn valley\n" + P1 + "\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).contains("A wind turbine above the Inn valley");
  }

  @Test
  void aSitesMenuOverAHeadlineWithManyHeaderLinesUnderIt() {
    String raw = "Station\nHome\nNews\nShows\nSchedule\nDonate\nShould towns ban gas leaf blowers? Listeners weigh in\n"
        + "Heard on The Morning Line\nAngela Price\n48-Minute Listen\nPlaylist\nDownload\nEmbed\nTranscript\n"
        + "ANGELA PRICE, HOST: This is The Morning Line. I'm Angela Price. This hour, a fight that has been brewing in "
        + "town halls all over the region.\n\n" + P2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Should towns ban gas leaf blowers? Listeners weigh in");
    assertThat(doc.authors()).containsExactly("Angela Price");
    assertThat(doc.text()).startsWith("ANGELA PRICE, HOST:").doesNotContain("Playlist");
  }
}
