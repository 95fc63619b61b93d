package io.corpus.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One XLSX sheet through fastexcel: header row frozen and bold, autofilter over every column, every
 * text cell a string cell (never a formula, number or date), the unit's index a number. A string
 * is written inline in its row, which is flushed as it comes, so memory stays flat however many rows
 * there are; only a string that starts or ends with XML white space goes to the shared-string
 * table, which keeps it (fastexcel writes inline strings without {@code xml:space="preserve"}, and
 * spreadsheets would trim them), and that table stays in memory until the workbook is finished.
 * Before, every string went to the table: 300 MB of text ran a 384 MB heap out of memory.
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
        String v = Ooxml.escape(cells[c]);
        if (xmlBlank(v.charAt(0)) || xmlBlank(v.charAt(v.length() - 1))) {
          sheet.value(rowIndex, c, v);
        } else {
          sheet.inlineString(rowIndex, c, v);
        }
      }
    }
    rowIndex++;
    if (rowIndex % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  /** Excel's sheet: 1,048,576 rows, the header included. */
  static final long EXCEL_ROWS = 1_048_576;

  @Override
  public long maxRows() {
    return EXCEL_ROWS - 1;
  }

  /** The chars XML may drop at the edges of an element's text: space, tab, CR, LF. */
  static boolean xmlBlank(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
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
