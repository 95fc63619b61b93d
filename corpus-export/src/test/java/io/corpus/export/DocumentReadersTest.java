package io.corpus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpus.model.CorpusDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReadersTest {

  static List<CorpusDocument> read(String text, OutputFormat format) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8), format);
  }

  static List<CorpusDocument> read(byte[] bytes, OutputFormat format) throws IOException {
    List<CorpusDocument> out = new ArrayList<>();
    try (DocumentReader r = DocumentReaders.open(new ByteArrayInputStream(bytes), "in." + format.name().toLowerCase(), format, ExportOptions.defaults())) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  static final String HEADER = "\"id\",\"source\",\"text\"\r\n";

  @Test
  void csvNeedsOnlyIdSourceAndTextAndTreatsEmptyCellsAsMissing() throws IOException {
    List<CorpusDocument> docs = read("id,source,title,authors,published,truncated,text\nx,a.txt,,,,,body\n", OutputFormat.CSV);
    assertThat(docs).containsExactly(CorpusDocument.builder("x", "a.txt").text("body").build());
  }

  @Test
  void csvWithAnUnclosedQuoteNamesTheLineWhereTheFieldStarts() {
    assertThatThrownBy(() -> read(HEADER + "\"a\",\"b\",\"c\"\r\n\"d\",\"e\",\"never closed\r\nmore\r\n", OutputFormat.CSV))
        .isInstanceOf(DatasetException.class)
        .hasMessage("in.csv:3: a quoted field is never closed");
  }

  @Test
  void csvRecordOfTheWrongWidthIsNamed() {
    assertThatThrownBy(() -> read(HEADER + "\"a\",\"b\",\"c\"\r\n\"d\",\"e\"\r\n", OutputFormat.CSV))
        .isInstanceOf(DatasetException.class)
        .hasMessage("in.csv:3: the record has 2 fields, the header 3");
  }

  @Test
  void csvLineNumbersCountLineBreaksInsideFields() {
    assertThatThrownBy(() -> read(HEADER + "\"a\",\"b\",\"one\ntwo\nthree\"\r\n\"d\",\"e\",\"f\",\"g\"\r\n", OutputFormat.CSV))
        .hasMessage("in.csv:5: the record has 4 fields, the header 3");
  }

  @Test
  void csvHeadersThatAreNotCorpusOnesAreRefused() {
    assertThatThrownBy(() -> read("name,value\n", OutputFormat.CSV)).hasMessageContaining("in.csv:1: is not a corpus CSV");
    assertThatThrownBy(() -> read("id,source,paragraph,text\n", OutputFormat.CSV))
        .hasMessageContaining("unknown column \"paragraph\" (a paragraph-unit file cannot be read back into documents)");
    assertThatThrownBy(() -> read("id,source,text,colour\n", OutputFormat.CSV)).hasMessageContaining("unknown column \"colour\"");
    assertThatThrownBy(() -> read("id,source,title\n", OutputFormat.CSV)).hasMessage("in.csv:1: the header has no column \"text\"");
    assertThatThrownBy(() -> read("id,source,text,text_3\n", OutputFormat.CSV)).hasMessageContaining("column \"text_2\" is missing");
  }

  @Test
  void csvBadValuesAreNamed() {
    assertThatThrownBy(() -> read("id,source,text,published\nx,y,z,23/01/2022\n", OutputFormat.CSV))
        .hasMessage("in.csv:2: field \"published\": \"23/01/2022\" is not a YYYY-MM-DD date");
    assertThatThrownBy(() -> read("id,source,text,truncated\nx,y,z,yes\n", OutputFormat.CSV))
        .hasMessage("in.csv:2: field \"truncated\" must be true or false, got \"yes\"");
  }

  @Test
  void csvThatIsNotUtf8IsNamed() {
    byte[] latin1 = "id,source,text\nx,y,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> read(latin1, OutputFormat.CSV)).isInstanceOf(DatasetException.class).hasMessageContaining("is not valid UTF-8");
  }

  @Test
  void continuationRowsOutOfOrderAreNamed() {
    String csv = "id,source,text,part\na,s,one,1\nb,s,two,2\n";
    assertThatThrownBy(() -> read(csv, OutputFormat.CSV)).hasMessage("in.csv:3: continuation row (part 2, id b) does not follow part 1 of document a");
  }

  @Test
  void jsonlErrorsNameTheLine() {
    String good = "{\"id\":\"a\",\"source\":\"s\",\"text\":\"t\"}\n";
    assertThatThrownBy(() -> read(good + "\n{not json}\n", OutputFormat.JSONL)).hasMessageStartingWith("in.jsonl:3: line is not JSON");
    assertThatThrownBy(() -> read(good + "[1]\n", OutputFormat.JSONL)).hasMessage("in.jsonl:2: line is not a JSON object");
    assertThatThrownBy(() -> read("{\"id\":1,\"source\":\"s\",\"text\":\"t\"}\n", OutputFormat.JSONL))
        .hasMessage("in.jsonl:1: field \"id\" must be a string, got number");
    assertThatThrownBy(() -> read("{\"id\":\"a\",\"source\":\"s\",\"text\":\"t\",\"extra\":1}\n", OutputFormat.JSONL))
        .hasMessageContaining("in.jsonl:1: line has the key \"extra\"");
    assertThatThrownBy(() -> read("{\"id\":\"a\",\"source\":\"s\",\"text\":\"t\",\"authors\":[\" \"]}\n", OutputFormat.JSONL))
        .hasMessageContaining("in.jsonl:1: line is not a valid document: authors must not contain a blank name");
    assertThatThrownBy(() -> read("{\"id\":\"a\",\"source\":\"s\",\"text\":\"t\",\"turns\":[{\"speaker\":\"Q\"}]}\n", OutputFormat.JSONL))
        .hasMessageContaining("in.jsonl:1: field \"turns\" must be a list of {speaker, text}");
  }

  @Test
  void jsonlSkipsABomAndBlankLines() throws IOException {
    assertThat(read("\uFEFF{\"id\":\"a\",\"source\":\"s\",\"text\":\"t\"}\n\n", OutputFormat.JSONL))
        .containsExactly(CorpusDocument.builder("a", "s").text("t").build());
  }

  @Test
  void readingIsLazy() throws IOException {
    // The bad second line is only reached when asked for: the reader streams.
    String text = "{\"id\":\"a\",\"source\":\"s\",\"text\":\"t\"}\n{broken\n";
    try (DocumentReader r = DocumentReaders.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.jsonl", OutputFormat.JSONL, ExportOptions.defaults())) {
      assertThat(r.next().id()).isEqualTo("a");
      assertThatThrownBy(r::hasNext).isInstanceOf(DatasetException.class);
    }
  }

  @Test
  void aLoneSurrogateIsRefusedOnWritingNotTurnedIntoAQuestionMark() {
    CorpusDocument bad = CorpusDocument.builder("x", "s").text("broken \ud800 text").build();
    for (OutputFormat f : OutputFormat.values()) {
      assertThatThrownBy(() -> RoundTripTest.write(List.of(bad), f, ExportOptions.defaults()))
          .as(f.name())
          .isInstanceOf(DatasetException.class)
          .hasMessageContaining("document x: field \"text\" has a lone surrogate (U+D800) at index 7");
    }
  }

  @Test
  void failLayoutStopsAtTheFirstValueOverTheLimit() {
    CorpusDocument longDoc = CorpusDocument.builder("long", "s").text("x".repeat(40_000)).build();
    assertThatThrownBy(() -> RoundTripTest.write(List.of(longDoc), OutputFormat.CSV, ExportOptions.defaults().withLongText(LongText.FAIL)))
        .hasMessageStartingWith("document long: field \"text\" is 40000 characters, more than a cell holds (32767)");
  }

  @Test
  void continuationRowsRepeatTheIdAndCountParts() throws IOException {
    CorpusDocument d = CorpusDocument.builder("d1", "s").title("t").text("abcdefghij").build();
    String csv = new String(RoundTripTest.write(List.of(d), OutputFormat.CSV,
        ExportOptions.defaults().withBom(false).withLineEnding(LineEnding.LF).withLongText(LongText.ROWS).withCellLimit(4)), StandardCharsets.UTF_8);
    assertThat(csv.lines().toList()).containsExactly(
        "\"id\",\"source\",\"url\",\"title\",\"subtitle\",\"authors\",\"published\",\"publisher\",\"language\",\"text\",\"truncated\",\"part\"",
        "\"d1\",\"s\",\"\",\"t\",\"\",\"\",\"\",\"\",\"\",\"abcd\",\"fals\",\"1\"",
        "\"d1\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"efgh\",\"e\",\"2\"",
        "\"d1\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"ij\",\"\",\"3\"");
  }

  @Test
  void continuationColumnsGoAtTheEndAsManyAsTheLongestValueNeeds() throws IOException {
    List<CorpusDocument> docs = List.of(
        CorpusDocument.builder("a", "s").text("short").build(),
        CorpusDocument.builder("b", "s").text("0123456789abc").build());
    String csv = new String(RoundTripTest.write(docs, OutputFormat.CSV,
        ExportOptions.defaults().withBom(false).withLineEnding(LineEnding.LF).withCellLimit(5)), StandardCharsets.UTF_8);
    assertThat(csv.lines().toList()).containsExactly(
        "\"id\",\"source\",\"url\",\"title\",\"subtitle\",\"authors\",\"published\",\"publisher\",\"language\",\"text\",\"truncated\",\"text_2\",\"text_3\"",
        "\"a\",\"s\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"short\",\"false\",\"\",\"\"",
        "\"b\",\"s\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"01234\",\"false\",\"56789\",\"abc\"");
  }
}
