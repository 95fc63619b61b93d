package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A headline with a government page's section labels under it is still the title; the labels stay. */
class SectionLabelsTest {

  private static final String TITLE = "Secretary Blinken\u2019s Travel to Kenya, Nigeria, and Senegal";
  private static final String BODY = "Secretary of State Antony J. Blinken will travel to Kenya, Nigeria, and Senegal"
      + " November 15-20 to reaffirm the United States\u2019 commitment to strengthening our partnerships.";

  @ParameterizedTest
  @ValueSource(strings = {"Media Note\nOffice of the Spokesperson", "MEDIA NOTE\nOFFICE OF THE SPOKESPERSON", "Readout",
      "Press Releases"})
  void theHeadlineAboveLabelsIsTheTitle(String labels) {
    CorpusDocument doc = Cleaner.standard().clean(RawDocument.text("t", TITLE + "\n" + labels + "\nNovember 19, 2021\n\n" + BODY));
    assertThat(doc.title()).isEqualTo(TITLE);
    assertThat(doc.text()).isEqualTo(String.join("\n\n", labels.split("\n")) + "\n\n" + BODY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Anna Nowak in Bialystok"})
  void otherShortLinesAreNoLabels(String line) {
    CorpusDocument doc = Cleaner.standard().clean(RawDocument.text("t", TITLE + "\n" + line + "\n\n" + BODY));
    assertThat(doc.title()).isNull();
  }

  @Test
  void aNameAloneUnderTheHeadlineIsItsAuthor() {
    CorpusDocument doc = Cleaner.standard().clean(RawDocument.text("t", TITLE + "\nAntony Blinken\n\n" + BODY));
    assertThat(doc.title()).isEqualTo(TITLE);
    assertThat(doc.authors()).containsExactly("Antony Blinken");
    assertThat(doc.text()).isEqualTo(BODY);
  }
}
