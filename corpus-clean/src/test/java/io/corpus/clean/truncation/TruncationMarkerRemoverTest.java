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
  void aFeedExcerptsElisionAtAParagraphsEndGoes() {
    String p1 = "The commission voted 4-3 on Monday night to approve the expansion of the marina.";
    String p2 = "Commissioner Ruth Vel\u00e1squez said she worried about boat traffic in the narrow channel";
    CorpusDocument d = clean(p1 + "\n\n" + p2 + " [\u2026]\n");
    assertThat(d.text()).isEqualTo(p1 + "\n\n" + p2);
    assertThat(d.truncated()).isTrue();
    assertThat(clean(p1 + "\n\n" + p2 + " [...]").text()).isEqualTo(p1 + "\n\n" + p2);
  }

  @Test
  void anEditorsElisionInsideAParagraphStays() {
    String quote = "\u201cWe will not stop [\u2026] until the port is finished,\u201d she said on Friday afternoon.";
    CorpusDocument d = clean(quote);
    assertThat(d.text()).isEqualTo(quote);
    assertThat(d.truncated()).isFalse();
    String alone = "The letter ended there.\n\n[...]\n\nThe second page was missing from the file.";
    assertThat(clean(alone).text()).isEqualTo(alone);
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
