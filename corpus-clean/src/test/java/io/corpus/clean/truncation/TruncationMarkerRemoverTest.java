package io.corpus.clean.truncation;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import org.junit.jupiter.api.Test;

class TruncationMarkerRemoverTest {

  private static CorpusDocument clean(String text) {
    return Cleaner.standard().clean(RawDocument.text("t.txt", text));
  }

  @Test
  void removesTheMarkerWithItsEllipsisAndFlagsTheDocument() {
    CorpusDocument d = clean("Blinken said the talks were produ… [+7040 chars]");
    assertThat(d.text()).isEqualTo("Blinken said the talks were produ");
    assertThat(d.truncated()).isTrue();
    assertThat(d.removals()).singleElement().satisfies(r -> {
      assertThat(r.ruleId()).isEqualTo(TruncationMarkerRemover.ID);
      assertThat(r.start()).isEqualTo("Blinken said the talks were produ".length());
      assertThat(r.end()).isEqualTo(d.text().length() + "… [+7040 chars]".length());
    });
  }

  @Test
  void aDocumentEndingInAnEllipsisIsNotTruncated() {
    CorpusDocument d = clean("He said: \"We will see…\"\n\nThe Kremlin did not say when…");
    assertThat(d.truncated()).isFalse();
    assertThat(d.text()).endsWith("when…");
  }

  @Test
  void onlyTheExactMarkerShapeCounts() {
    for (String s : new String[] {"[+]", "[+ chars]", "[+12]", "[+12 words]", "[+1234567890 chars]", "[+3 more]"}) {
      assertThat(clean("Text " + s).text()).as(s).isEqualTo("Text " + s);
    }
    assertThat(clean("Text [+3 char]").text()).isEqualTo("Text");
    assertThat(clean("Text [+3chars]").text()).isEqualTo("Text");
  }
}
