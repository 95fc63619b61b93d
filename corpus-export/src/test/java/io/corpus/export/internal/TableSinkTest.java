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

  /**
   * A sheet that is full refuses the next document whole, with a reason, and keeps refusing: each
   * document either fits with all its rows or has none written.
   */
  @ParameterizedTest
  @EnumSource(LongText.class)
  void aFullSheetRefusesWholeDocuments(LongText longText) throws IOException {
    ExportOptions options = ExportOptions.defaults().withUnit(Unit.PARAGRAPH).withLongText(longText);
    java.util.List<String> written = new java.util.ArrayList<>();
    RowWriter fiveRows = new RowWriter() {
      @Override
      public void header(java.util.List<Column> columns, String[] names) {}

      @Override
      public void row(String[] cells) {
        written.add(cells[3]);
      }

      @Override
      public long maxRows() {
        return 5;
      }

      @Override
      public void close() {}
    };
    try (TableSink sink = new TableSink(new TableShape(options), options, false, fiveRows)) {
      sink.write(CorpusDocument.builder("a", "a.txt").text("A one.\n\nA two.\n\nA three.").build());
      CorpusDocument three = CorpusDocument.builder("b", "b.txt").text("B one.\n\nB two.\n\nB three.").build();
      assertThatThrownBy(() -> sink.write(three)).isInstanceOf(DatasetException.class)
          .hasMessage("document b: the sheet is full (5 rows below the header at most, 3 written, 3 more needed);"
              + " write CSV or JSON Lines for more rows");
      sink.write(CorpusDocument.builder("c", "c.txt").text("C one.\n\nC two.").build());
      assertThatThrownBy(() -> sink.write(CorpusDocument.builder("d", "d.txt").text("D.").build()))
          .isInstanceOf(DatasetException.class).hasMessageContaining("the sheet is full");
    }
    assertThat(written).containsExactly("A one.", "A two.", "A three.", "C one.", "C two.");
  }
}
