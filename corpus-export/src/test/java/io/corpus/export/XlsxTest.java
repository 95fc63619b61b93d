package io.corpus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpus.export.internal.Paragraphs;
import io.corpus.model.CorpusDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;

class XlsxTest {

  @Test
  void everyCellIsTextAndEqualsItsSource() throws IOException {
    List<CorpusDocument> docs = Fixtures.all();
    byte[] xlsx = RoundTripTest.write(docs, OutputFormat.XLSX, ExportOptions.defaults().withNestedJson(true));
    Sheets.Table t = Sheets.readXlsx(new ByteArrayInputStream(xlsx));
    assertThat(t.header()).startsWith("id", "source", "url", "title", "subtitle", "authors", "published", "publisher", "language", "text", "truncated", "turns")
        .contains("text_2", "text_3", "text_4").doesNotContain("text_5", "title_2");
    Sheets.assertHoldsDocuments(t, docs, false);
  }

  @Test
  void headerIsFrozenAndFilteredAndTheIndexIsANumber() throws IOException {
    List<CorpusDocument> docs = Fixtures.seeds();
    byte[] xlsx = RoundTripTest.write(docs, OutputFormat.XLSX, ExportOptions.defaults().withUnit(Unit.PARAGRAPH));
    String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
    assertThat(sheet).contains("state=\"frozen\"").contains("ySplit=\"1\"").containsPattern("<autoFilter ref=\"A1:D\\d+\"");
    Sheets.Table t = Sheets.readXlsx(new ByteArrayInputStream(xlsx));
    assertThat(t.header()).containsExactly("id", "source", "paragraph", "text");
    int expectedRows = docs.stream().mapToInt(d -> Paragraphs.split(d.text()).size()).sum();
    assertThat(t.rows()).hasSize(expectedRows);
    assertThat(t.rows().get(0).get(2).type()).isEqualTo(CellType.NUMBER);
    assertThat(t.rows().get(0).get(2).text()).isEqualTo("1");
    assertThat(t.rows().get(0).get(3).text()).isEqualTo(Paragraphs.split(docs.get(0).text()).get(0));
  }

  @Test
  void turnsUnitHasSpeakers() throws IOException {
    List<CorpusDocument> docs = Fixtures.seeds();
    byte[] xlsx = RoundTripTest.write(docs, OutputFormat.XLSX, ExportOptions.defaults().withUnit(Unit.TURN));
    Sheets.Table t = Sheets.readXlsx(new ByteArrayInputStream(xlsx));
    assertThat(t.header()).containsExactly("id", "source", "turn", "speaker", "text");
    var turns = docs.stream().flatMap(d -> d.turns().stream()).toList();
    assertThat(t.rows()).hasSize(turns.size());
    for (int i = 0; i < turns.size(); i++) {
      assertThat(t.rows().get(i).get(3).text()).isEqualTo(turns.get(i).speaker());
      assertThat(t.rows().get(i).get(4).text()).isEqualTo(turns.get(i).text());
    }
  }

  @Test
  void stringsAreInlineAndOnlyThoseWithBlankEdgesAreShared() throws IOException {
    // Inline strings leave the rows they are in, so memory stays flat; a shared-string table would
    // hold every text of the corpus until the end (300 MB of text ran a 384 MB heap out of memory).
    List<CorpusDocument> docs = Fixtures.all();
    byte[] xlsx = RoundTripTest.write(docs, OutputFormat.XLSX, ExportOptions.defaults());
    String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
    String shared = entry(xlsx, "xl/sharedStrings.xml");
    assertThat(sheet).contains("t=\"inlineStr\"");
    String seedText = docs.get(0).text().substring(0, 40);
    assertThat(sheet).contains(seedText);
    assertThat(shared).doesNotContain(seedText).contains("  leading and trailing spaces  ").contains(">id<");
    Sheets.assertHoldsDocuments(Sheets.readXlsx(new ByteArrayInputStream(xlsx)), docs, false);
  }

  @Test
  void aCellLimitAboveExcelsIsRefused() {
    assertThatThrownBy(() -> DocumentSinks.open(new ByteArrayOutputStream(), OutputFormat.XLSX, ExportOptions.defaults().withCellLimit(40_000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32767");
  }

  static String entry(byte[] zip, String name) throws IOException {
    // fastexcel streams entries with data descriptors, which ZipInputStream cannot read: use ZipFile.
    java.nio.file.Path file = java.nio.file.Files.createTempFile("xlsx-test", ".xlsx");
    try {
      java.nio.file.Files.write(file, zip);
      try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
        ZipEntry e = z.getEntry(name);
        assertThat(e).as(name).isNotNull();
        return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
