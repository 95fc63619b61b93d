package io.corpus.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpus.export.DocumentSink;
import io.corpus.export.ExportOptions;
import io.corpus.export.Fixtures;
import io.corpus.export.Unit;
import io.corpus.model.CorpusDocument;
import io.corpus.model.Removal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JsonlSinkTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<CorpusDocument> documents() {
    List<CorpusDocument> docs = new ArrayList<>(Fixtures.hostile());
    // Line separators only in a removal's text (raw input the clean text no longer holds), and
    // only in the title: the line-safe encoding must be chosen for the document either way.
    docs.add(CorpusDocument.builder("removal-only", "r.txt")
        .text("Clean text.")
        .removals(List.of(new Removal("chrome.promo", "Sign up\u2028now", 0, 12)))
        .build());
    docs.add(CorpusDocument.builder("title-only", "t.txt").title("A\u2029B\u0085C").text("Body.").build());
    return docs;
  }

  @ParameterizedTest
  @EnumSource(Unit.class)
  void encodedBytesAreWhatWriteWritesAndNoLineHoldsARawUnicodeLineBreak(Unit unit) throws IOException {
    ExportOptions options = ExportOptions.defaults().withUnit(unit).withProvenance(true);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    ByteArrayOutputStream appended = new ByteArrayOutputStream();
    try (DocumentSink byWrite = new JsonlSink(written, options);
        DocumentSink byEncode = new JsonlSink(appended, options)) {
      for (CorpusDocument d : documents()) {
        byWrite.write(d);
        byte[] encoded = byEncode.encode(d);
        assertThat(encoded).isNotNull();
        byEncode.writeEncoded(encoded);
      }
    }
    assertThat(appended.toByteArray()).isEqualTo(written.toByteArray());

    String out = written.toString(StandardCharsets.UTF_8);
    assertThat(out).doesNotContain("\u2028", "\u2029", "\u0085").endsWith("\n");
    String[] lines = out.split("\n", -1);
    assertThat(lines[lines.length - 1]).isEmpty();
    int withLineBreak = 0;
    for (int i = 0; i < lines.length - 1; i++) {
      JsonNode n = MAPPER.readTree(lines[i]);
      withLineBreak += n.toString().matches("(?s).*[\u2028\u2029\u0085].*") ? 1 : 0;
    }
    if (unit == Unit.DOCUMENT) {
      // The escaped characters come back when the line is parsed: nothing was dropped.
      assertThat(withLineBreak).isGreaterThanOrEqualTo(3);
    }
  }
}
