package io.corpus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;

/** For tests: a text cleaned by the standard cleaner, after checking that cleaning it again changes nothing. */
public final class CleanedTwice {

  private static final Cleaner CLEANER = Cleaner.standard();

  private CleanedTwice() {}

  /** {@code raw} cleaned as a text file; fails the test when a second cleaning changes its text. */
  public static CorpusDocument clean(String raw) {
    CorpusDocument doc = CLEANER.clean(RawDocument.text("t.txt", raw));
    assertThat(CLEANER.clean(RawDocument.text("t.txt", doc.text())).text()).as("cleaned twice").isEqualTo(doc.text());
    return doc;
  }
}
