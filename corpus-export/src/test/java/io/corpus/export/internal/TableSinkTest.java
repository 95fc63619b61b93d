package io.corpus.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpus.export.DatasetException;
import io.corpus.export.DocumentSink;
import io.corpus.export.DocumentSinks;
import io.corpus.export.ExportOptions;
import io.corpus.export.LongText;
import io.corpus.export.OutputFormat;
import io.corpus.export.Unit;
import io.corpus.model.CorpusDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableSinkTest {

  /**
   * A document whose second paragraph cannot be written (a lone surrogate) throws before any of its
   * rows is written: the documents around it are in the output, nothing of it is.
   */
  @ParameterizedTest
  @EnumSource(LongText.class)
  void aDocumentThatCannotBeWrittenLeavesNoRowBehind(LongText longText) throws IOException {
    ExportOptions options = ExportOptions.defaults().withUnit(Unit.PARAGRAPH).withLongText(longText);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DocumentSink sink = DocumentSinks.open(bytes, OutputFormat.CSV, options)) {
      sink.write(CorpusDocument.builder("before", "a.txt").text("Before one.\n\nBefore two.").build());
      CorpusDocument bad = CorpusDocument.builder("bad", "b.txt").text("Bad first paragraph.\n\nHalf \uD800 a pair.").build();
      assertThatThrownBy(() -> sink.write(bad)).isInstanceOf(DatasetException.class).hasMessageContaining("lone surrogate");
      sink.write(CorpusDocument.builder("after", "c.txt").text("After one.").build());
    }
    String csv = bytes.toString(StandardCharsets.UTF_8);
    assertThat(csv).contains("Before one.", "Before two.", "After one.").doesNotContain("Bad first paragraph.");
  }
}
