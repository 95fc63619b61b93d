package io.corpus.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.model.CorpusDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** JSONL → (format) → documents gives the same documents, for the seeds and the hostile set. */
class RoundTripTest {

  static byte[] write(List<CorpusDocument> docs, OutputFormat format, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DocumentSink sink = DocumentSinks.open(out, format, options)) {
      for (CorpusDocument d : docs) {
        sink.write(d);
      }
    }
    return out.toByteArray();
  }

  static List<CorpusDocument> read(byte[] bytes, OutputFormat format, ExportOptions options) throws IOException {
    List<CorpusDocument> docs = new ArrayList<>();
    try (DocumentReader in = DocumentReaders.open(new ByteArrayInputStream(bytes), "test." + format, format, options)) {
      in.forEachRemaining(docs::add);
    }
    return docs;
  }

  static Stream<Arguments> csvLayouts() {
    ExportOptions lossless = ExportOptions.defaults().withNestedJson(true).withProvenance(true);
    return Stream.of(
        Arguments.of("defaults", lossless),
        Arguments.of("continuation rows", lossless.withLongText(LongText.ROWS)),
        Arguments.of("semicolon, LF, no BOM", lossless.withDelimiter(Delimiter.SEMICOLON).withLineEnding(LineEnding.LF).withBom(false)),
        Arguments.of("tab", lossless.withDelimiter(Delimiter.TAB)),
        Arguments.of("no formula guard", lossless.withFormulaGuard(false)),
        Arguments.of("tiny cells, columns", lossless.withCellLimit(7)),
        Arguments.of("small cells, rows", lossless.withCellLimit(16).withLongText(LongText.ROWS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvLayouts")
  void csvGivesBackTheSameDocuments(String layout, ExportOptions options) throws IOException {
    List<CorpusDocument> docs = Fixtures.all();
    assertThat(read(write(docs, OutputFormat.CSV, options), OutputFormat.CSV, options)).containsExactlyElementsOf(docs);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvLayouts")
  void jsonlToCsvToJsonlGivesTheSameBytes(String layout, ExportOptions options) throws IOException {
    List<CorpusDocument> docs = Fixtures.all();
    ExportOptions jsonlOptions = ExportOptions.defaults().withProvenance(true);
    byte[] jsonl = write(docs, OutputFormat.JSONL, jsonlOptions);
    List<CorpusDocument> viaCsv = read(write(read(jsonl, OutputFormat.JSONL, jsonlOptions), OutputFormat.CSV, options), OutputFormat.CSV, options);
    assertThat(new String(write(viaCsv, OutputFormat.JSONL, jsonlOptions), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(jsonl, java.nio.charset.StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "provenance {0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void jsonlGivesBackTheSameDocuments(boolean provenance) throws IOException {
    List<CorpusDocument> docs = Fixtures.all();
    ExportOptions options = ExportOptions.defaults().withProvenance(provenance);
    List<CorpusDocument> expected = provenance ? docs : docs.stream().map(CorpusDocument::withoutRemovals).toList();
    assertThat(read(write(docs, OutputFormat.JSONL, options), OutputFormat.JSONL, options)).containsExactlyElementsOf(expected);
  }

  @org.junit.jupiter.api.Test
  void withoutNestedJsonTheCsvLeavesTurnsOutAndConverterCountsThem() throws IOException {
    List<CorpusDocument> docs = Fixtures.seeds();
    ExportOptions options = ExportOptions.defaults();
    List<CorpusDocument> back = read(write(docs, OutputFormat.CSV, options), OutputFormat.CSV, options);
    assertThat(back).extracting(CorpusDocument::turns).allMatch(List::isEmpty);
    assertThat(back).extracting(CorpusDocument::text).containsExactlyElementsOf(docs.stream().map(CorpusDocument::text).toList());

    byte[] jsonl = write(docs, OutputFormat.JSONL, options);
    var result =
        Converter.convert(
            DocumentReaders.open(new ByteArrayInputStream(jsonl), "seeds.jsonl", OutputFormat.JSONL, options),
            DocumentSinks.open(new ByteArrayOutputStream(), OutputFormat.CSV, options),
            OutputFormat.CSV,
            options);
    assertThat(result.documents()).isEqualTo(5);
    assertThat(result.turnsLeftOut()).isEqualTo(docs.stream().filter(d -> !d.turns().isEmpty()).count()).isEqualTo(2);
    assertThat(result.removalsLeftOut()).isZero(); // the JSONL was written without provenance

    ExportOptions paragraphs = options.withUnit(Unit.PARAGRAPH);
    var view =
        Converter.convert(
            DocumentReaders.open(new ByteArrayInputStream(write(docs, OutputFormat.JSONL, options.withProvenance(true))), "seeds.jsonl", OutputFormat.JSONL, options),
            DocumentSinks.open(new ByteArrayOutputStream(), OutputFormat.CSV, paragraphs),
            OutputFormat.CSV,
            paragraphs);
    assertThat(view).isEqualTo(new Converter.Result(5, 0, 0)); // paragraph rows are a view, not a copy
  }
}
