package io.corpus.export.internal;

import io.corpus.export.DatasetException;
import io.corpus.export.DocumentSink;
import io.corpus.export.ExportOptions;
import io.corpus.export.LongText;
import io.corpus.model.CorpusDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sink for spreadsheet-shaped formats: lays rows out by {@link TableShape}, splits values longer
 * than a cell by {@link LongText}, applies the formula guard, and hands finished rows to a {@link
 * RowWriter}.
 *
 * <p>With {@link LongText#COLUMNS} the header can only be written once the longest value is known,
 * so rows go to a {@link Spool} file first and are written out on {@link #close()}.
 */
public final class TableSink implements DocumentSink {

  private final TableShape shape;
  private final List<Column> columns;
  private final ExportOptions options;
  private final boolean guard;
  private final RowWriter out;
  private final @Nullable Spool spool;
  private final int[] maxPieces;
  /** Rows written (or spooled) below the header. */
  private long rowCount;
  private boolean closed;

  TableSink(TableShape shape, ExportOptions options, boolean guard, RowWriter out) throws IOException {
    this.shape = shape;
    this.columns = shape.columns();
    this.options = options;
    this.guard = guard;
    this.out = out;
    this.maxPieces = new int[columns.size()];
    Arrays.fill(maxPieces, 1);
    if (options.longText() == LongText.COLUMNS) {
      this.spool = new Spool();
    } else {
      this.spool = null;
      List<String> names = new ArrayList<>(columns.stream().map(Column::name).toList());
      List<Column> cols = new ArrayList<>(columns);
      if (options.longText() == LongText.ROWS) {
        names.add("part");
        cols.add(Column.key("part", true));
      }
      out.header(cols, names.toArray(String[]::new));
    }
  }

  @Override
  public void write(CorpusDocument document) throws IOException {
    // Every row is checked and cut into cell pieces before any is written, so a document that
    // cannot be written as asked throws with nothing of it in the output.
    List<String[]> rows = shape.rows(document);
    List<List<List<String>>> prepared = new ArrayList<>(rows.size());
    long adds = 0;
    for (String[] row : rows) {
      List<List<String>> p = pieces(document, row);
      prepared.add(p);
      adds += physicalRows(p);
    }
    if (rowCount + adds > out.maxRows()) {
      throw new DatasetException(String.format(java.util.Locale.ROOT,
          "document %s: the sheet is full (%,d rows below the header at most, %,d written, %,d more"
              + " needed); write CSV or JSON Lines for more rows", document.id(), out.maxRows(), rowCount, adds));
    }
    rowCount += adds;
    for (List<List<String>> pieces : prepared) {
      emit(pieces);
    }
  }

  /** The row's values cut into cell pieces; throws when one cannot be written as asked. */
  private List<List<String>> pieces(CorpusDocument d, String[] row) {
    int limit = options.cellLimit();
    List<List<String>> pieces = new ArrayList<>(row.length);
    for (int c = 0; c < row.length; c++) {
      Strings.requireWellFormed(row[c], d.id(), columns.get(c).name());
      List<String> p = Cells.split(row[c], limit, guard);
      if (p.size() > 1 && options.longText() == LongText.FAIL) {
        throw tooLong(d, c, row[c], "--long-text columns or rows, a larger --cell-limit, or --unit paragraph");
      }
      if (p.size() > 1 && options.longText() == LongText.ROWS && columns.get(c).key()) {
        throw tooLong(d, c, row[c], "--long-text columns");
      }
      pieces.add(p);
    }
    return pieces;
  }

  /** The rows one logical row becomes: one, or with {@link LongText#ROWS} one per piece of its longest value. */
  private long physicalRows(List<List<String>> pieces) {
    if (options.longText() != LongText.ROWS) {
      return 1;
    }
    int most = 1;
    for (List<String> p : pieces) {
      most = Math.max(most, p.size());
    }
    return most;
  }

  private void emit(List<List<String>> pieces) throws IOException {
    int width = pieces.size();
    switch (options.longText()) {
      case COLUMNS -> {
        java.util.Objects.requireNonNull(spool).write(pieces);
        for (int c = 0; c < width; c++) {
          maxPieces[c] = Math.max(maxPieces[c], pieces.get(c).size());
        }
      }
      case ROWS, FAIL -> {
        long most = physicalRows(pieces);
        for (int part = 0; part < most; part++) {
          String[] cells = new String[width + (options.longText() == LongText.ROWS ? 1 : 0)];
          for (int c = 0; c < width; c++) {
            List<String> p = pieces.get(c);
            cells[c] = columns.get(c).key() ? p.get(0) : part < p.size() ? p.get(part) : "";
          }
          if (options.longText() == LongText.ROWS) {
            cells[width] = Integer.toString(part + 1);
          }
          out.row(cells);
        }
      }
    }
  }

  private DatasetException tooLong(CorpusDocument d, int column, String value, String remedy) {
    return new DatasetException(
        "document " + d.id() + ": field \"" + columns.get(column).name() + "\" is " + value.length()
            + " characters, more than a cell holds (" + options.cellLimit() + "); use " + remedy);
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (spool != null) {
        replay(spool);
      }
    } finally {
      try {
        out.close();
      } finally {
        if (spool != null) {
          spool.close();
        }
      }
    }
  }

  /** Writes the header with the continuation columns the spooled rows need, then the rows. */
  private void replay(Spool s) throws IOException {
    List<Column> cols = new ArrayList<>(columns);
    List<String> names = new ArrayList<>(columns.stream().map(Column::name).toList());
    for (int c = 0; c < columns.size(); c++) {
      for (int k = 2; k <= maxPieces[c]; k++) {
        cols.add(Column.text(columns.get(c).name() + "_" + k));
        names.add(columns.get(c).name() + "_" + k);
      }
    }
    out.header(cols, names.toArray(String[]::new));
    String[] cells = new String[names.size()];
    for (List<List<String>> pieces : s.replay()) {
      int i = 0;
      for (List<String> p : pieces) {
        cells[i++] = p.get(0);
      }
      for (int c = 0; c < pieces.size(); c++) {
        List<String> p = pieces.get(c);
        for (int k = 1; k < maxPieces[c]; k++) {
          cells[i++] = k < p.size() ? p.get(k) : "";
        }
      }
      out.row(cells);
    }
  }
}
