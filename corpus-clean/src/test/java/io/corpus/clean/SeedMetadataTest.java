package io.corpus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.model.ContentType;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The date the input carried becomes the document's, when it reads as an ISO date. */
class SeedMetadataTest {

  private static CorpusDocument clean(String published) {
    RawDocument raw = new RawDocument("in.jsonl#1", "x", null, "Body text of the story.", ContentType.TEXT,
        Map.of("published", published));
    return Cleaner.standard().clean(raw);
  }

  @Test
  void anIsoDateOrTimestampGivesTheDate() {
    assertThat(clean("2021-11-19").published()).isEqualTo(LocalDate.of(2021, 11, 19));
    assertThat(clean(" 2021-11-19T12:38:00Z ").published()).isEqualTo(LocalDate.of(2021, 11, 19));
  }

  @Test
  void anythingElseGivesNoDateAndNoError() {
    assertThat(clean("2021-02-30").published()).isNull();
    assertThat(clean("Nov 19, 2021").published()).isNull();
    // Ten chars with the blanks, nine without: once cut at ten chars past the end.
    assertThat(clean(" 2021-11-1 ").published()).isNull();
  }
}
