package io.corpus.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One XLSX sheet through fastexcel: header row frozen and bold, autofilter over every column, every
 * text cell a string cell (never a formula, number or date), the unit's index a number. Strings go
 * to the shared-string table, whose entries keep leading and trailing white space (fastexcel writes
 * inline strings without {@code xml:space="preserve"}, and spreadsheets then trim them); that table
 * stays in memory until the workbook is finished. Rows are flushed as they come.
 */
final class XlsxRowWriter implements RowWriter {

  private static final int FLUSH_EVERY = 256;

  private final OutputStream out;
  private final Workbook workbook;
  private final Worksheet sheet;
  private boolean[] numeric = new boolean[0];
  private int columns;
  private int rowIndex;

  XlsxRowWriter(OutputStream out, String sheetName) {
    this.out = out;
    this.workbook = new Workbook(out, "corpus", null);
    this.sheet = workbook.newWorksheet(sheetName);
  }

  @Override
  public void header(List<Column> cols, String[] names) throws IOException {
    columns = names.length;
    numeric = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      numeric[c] = cols.get(c).numeric();
      sheet.value(0, c, names[c]);
      sheet.style(0, c).bold().set();
    }
    sheet.freezePane(0, 1);
    rowIndex = 1;
  }

  @Override
  public void row(String[] cells) throws IOException {
    for (int c = 0; c < cells.length; c++) {
      if (numeric[c] && !cells[c].isEmpty()) {
        sheet.value(rowIndex, c, Integer.valueOf(cells[c]));
      } else if (!cells[c].isEmpty()) {
        sheet.value(rowIndex, c, Ooxml.escape(cells[c]));
      }
    }
    rowIndex++;
    if (rowIndex % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (columns > 0) {
      sheet.setAutoFilter(0, 0, Math.max(0, rowIndex - 1), columns - 1);
    }
    try (out) {
      workbook.finish();
    }
  }
}
