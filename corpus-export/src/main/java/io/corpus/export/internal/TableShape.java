package io.corpus.export.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.corpus.export.ExportOptions;
import io.corpus.export.Unit;
import io.corpus.model.CorpusDocument;
import io.corpus.model.Turn;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The columns of a spreadsheet-shaped output (CSV, XLSX) for a unit, and the rows of a document. */
public final class TableShape {

  /** The document-unit columns, in order; {@code turns} and {@code removals} only when asked for. */
  public static final List<String> DOCUMENT_COLUMNS =
      List.of(
          "id", "source", "url", "title", "subtitle", "authors", "published", "publisher", "language", "text",
          "truncated", "turns", "removals");

  /** How authors are joined in one cell. */
  public static final String AUTHOR_SEPARATOR = "; ";

  private static final ObjectWriter TURNS = Json.writerFor(Json.TURNS);
  private static final ObjectWriter REMOVALS = Json.writerFor(Json.REMOVALS);

  private final Unit unit;
  private final List<Column> columns;

  public TableShape(ExportOptions options) {
    this.unit = options.unit();
    List<Column> cols = new ArrayList<>();
    switch (unit) {
      case DOCUMENT -> {
        cols.add(Column.key("id", false));
        for (String name : DOCUMENT_COLUMNS.subList(1, 11)) {
          cols.add(Column.text(name));
        }
        if (options.nestedJson()) {
          cols.add(Column.text("turns"));
        }
        if (options.provenance()) {
          cols.add(Column.text("removals"));
        }
      }
      case PARAGRAPH -> {
        cols.add(Column.key("id", false));
        cols.add(Column.text("source"));
        cols.add(Column.key("paragraph", true));
        cols.add(Column.text("text"));
      }
      case TURN -> {
        cols.add(Column.key("id", false));
        cols.add(Column.text("source"));
        cols.add(Column.key("turn", true));
        cols.add(Column.text("speaker"));
        cols.add(Column.text("text"));
      }
    }
    this.columns = List.copyOf(cols);
  }

  public List<Column> columns() {
    return columns;
  }

  /** A sheet name for the unit. */
  public String sheetName() {
    return switch (unit) {
      case DOCUMENT -> "documents";
      case PARAGRAPH -> "paragraphs";
      case TURN -> "turns";
    };
  }

  /** The rows of one document: one for the document unit, one per paragraph or turn otherwise. */
  public List<String[]> rows(CorpusDocument d) {
    return switch (unit) {
      case DOCUMENT -> List.<String[]>of(documentRow(d));
      case PARAGRAPH -> {
        List<String> paragraphs = Paragraphs.split(d.text());
        List<String[]> rows = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
          rows.add(new String[] {d.id(), d.source(), Integer.toString(i + 1), paragraphs.get(i)});
        }
        yield rows;
      }
      case TURN -> {
        List<String[]> rows = new ArrayList<>(d.turns().size());
        for (int i = 0; i < d.turns().size(); i++) {
          Turn t = d.turns().get(i);
          rows.add(new String[] {d.id(), d.source(), Integer.toString(i + 1), t.speaker(), t.text()});
        }
        yield rows;
      }
    };
  }

  private String[] documentRow(CorpusDocument d) {
    String[] row = new String[columns.size()];
    int i = 0;
    row[i++] = d.id();
    row[i++] = d.source();
    row[i++] = nz(d.url());
    row[i++] = nz(d.title());
    row[i++] = nz(d.subtitle());
    row[i++] = String.join(AUTHOR_SEPARATOR, d.authors());
    row[i++] = d.published() == null ? "" : d.published().toString();
    row[i++] = nz(d.publisher());
    row[i++] = nz(d.language());
    row[i++] = d.text();
    row[i++] = Boolean.toString(d.truncated());
    try {
      while (i < columns.size()) {
        String name = columns.get(i).name();
        row[i++] =
            name.equals("turns")
                ? TURNS.writeValueAsString(ExportRow.turns(d))
                : REMOVALS.writeValueAsString(ExportRow.removals(d));
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return row;
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }
}
