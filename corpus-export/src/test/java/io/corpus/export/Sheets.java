package io.corpus.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpus.model.CorpusDocument;
import io.corpus.model.Turn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads a spreadsheet back cell by cell and checks it against the documents it was made from. */
final class Sheets {

  /** One cell as a spreadsheet holds it. */
  record Cell(String text, CellType type, String formula) {}

  /** A sheet: the header and the rows, every row as wide as the header. */
  record Table(List<String> header, List<List<Cell>> rows) {}

  private static final Pattern TRIGGER = Pattern.compile("^'*[=+\\-@\\t\\r]");

  private Sheets() {}

  static Table readXlsx(InputStream in) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(in)) {
      List<Row> rows = wb.getFirstSheet().read();
      List<String> header = new ArrayList<>();
      for (int c = 0; c < rows.get(0).getCellCount(); c++) {
        header.add(rows.get(0).getCellText(c));
      }
      List<List<Cell>> body = new ArrayList<>();
      for (Row r : rows.subList(1, rows.size())) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
          var cell = c < r.getCellCount() ? r.getCell(c) : null;
          cells.add(
              cell == null
                  ? new Cell("", CellType.EMPTY, null)
                  : new Cell(cell.getType() == CellType.EMPTY ? "" : unescape(cell.getText()), cell.getType(), cell.getFormula()));
        }
        body.add(cells);
      }
      return new Table(header, body);
    }
  }

  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  /**
   * Decodes OOXML {@code _xHHHH_} escapes as Excel and LibreOffice do when they load a file
   * (fastexcel-reader leaves them as they are).
   */
  static String unescape(String s) {
    return ESCAPE.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
  }

  /** The cells a document row must hold, by column, before splitting and guarding. */
  static Map<String, String> expected(CorpusDocument d) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("source", d.source());
    m.put("url", nz(d.url()));
    m.put("title", nz(d.title()));
    m.put("subtitle", nz(d.subtitle()));
    m.put("authors", String.join("; ", d.authors()));
    m.put("published", d.published() == null ? "" : d.published().toString());
    m.put("publisher", nz(d.publisher()));
    m.put("language", nz(d.language()));
    m.put("text", d.text());
    m.put("truncated", Boolean.toString(d.truncated()));
    return m;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * Checks that the document-unit sheet holds exactly the documents: every cell a text cell (no
   * formula, number, boolean or date), every value that fits one cell equal to its source (with
   * the guard apostrophe in front when {@code guarded} and the value would run as a formula), and
   * long values split over continuation columns that join back to the source, none over the limit.
   */
  static void assertHoldsDocuments(Table t, List<CorpusDocument> docs, boolean guarded) {
    assertHoldsDocuments(t, docs, guarded, false);
  }

  /**
   * As {@link #assertHoldsDocuments(Table, List, boolean)}; with {@code oneLineBreak}, line breaks
   * are compared by place, not kind: LibreOffice keeps every line break in a cell but may store a
   * CR or CRLF as LF (the only change it makes to any value). So both sides map CRLF and CR to LF.
   */
  static void assertHoldsDocuments(Table t, List<CorpusDocument> docs, boolean guarded, boolean oneLineBreak) {
    assertThat(t.rows()).hasSize(docs.size());
    for (int r = 0; r < docs.size(); r++) {
      CorpusDocument d = docs.get(r);
      List<Cell> row = t.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        Cell cell = row.get(c);
        assertThat(cell.formula()).as("formula in row %d column %s", r + 1, t.header().get(c)).isNull();
        assertThat(cell.type()).as("type of row %d column %s: %s", r + 1, t.header().get(c), cell.text())
            .isIn(CellType.STRING, CellType.EMPTY);
        assertThat(cell.text().length()).isLessThanOrEqualTo(ExportOptions.EXCEL_CELL_LIMIT);
      }
      for (Map.Entry<String, String> e : expected(d).entrySet()) {
        String source = oneLineBreak ? e.getValue().replace("\r\n", "\n").replace('\r', '\n') : e.getValue();
        List<String> cells = new ArrayList<>();
        cells.add(row.get(t.header().indexOf(e.getKey())).text());
        for (int k = 2; t.header().contains(e.getKey() + "_" + k); k++) {
          cells.add(row.get(t.header().indexOf(e.getKey() + "_" + k)).text());
        }
        if (oneLineBreak) {
          cells.replaceAll(x -> x.replace("\r\n", "\n").replace('\r', '\n'));
        }
        if (source.length() < ExportOptions.EXCEL_CELL_LIMIT) {
          String shown = guarded && TRIGGER.matcher(e.getValue()).find() ? "'" + source : source;
          assertThat(cells.get(0)).as("document %s, %s", d.id(), e.getKey()).isEqualTo(shown);
          assertThat(cells.subList(1, cells.size())).as("continuations of %s", e.getKey()).allMatch(String::isEmpty);
        } else {
          StringBuilder joined = new StringBuilder();
          for (String cell : cells) {
            joined.append(guarded && cell.startsWith("'") && TRIGGER.matcher(cell).find() ? cell.substring(1) : cell);
          }
          assertThat(joined.toString()).as("document %s, %s joined", d.id(), e.getKey()).isEqualTo(source);
        }
      }
      if (t.header().contains("turns")) {
        String json = row.get(t.header().indexOf("turns")).text();
        try {
          List<Turn> turns = new ArrayList<>();
          new ObjectMapper().readTree(Cells.unguard(json, guarded)).forEach(n -> turns.add(new Turn(n.get("speaker").asText(), n.get("text").asText())));
          assertThat(turns).isEqualTo(d.turns());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** The guard removal, spelled out again so the check does not lean on the code under test. */
  static final class Cells {
    static String unguard(String cell, boolean guarded) {
      return guarded && cell.startsWith("'") && TRIGGER.matcher(cell).find() ? cell.substring(1) : cell;
    }
  }
}
