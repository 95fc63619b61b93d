package io.corpus.ingest.internal;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import io.corpus.ingest.InputOptions;
import io.corpus.ingest.InputRecord;
import io.corpus.ingest.SourceEntry;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * CSV with a header row (RFC 4180: fields may be quoted, quotes doubled, newlines inside quotes).
 * The separator is the comma, or the semicolon or tab when the header row says so ({@link
 * #separator}): what Excel writes in locales whose decimal mark is a comma, and tab-separated
 * exports. Column names match the field mapping ignoring case. A record whose field count differs from the
 * header is rejected. A record larger than the maximum document size means an unbalanced quote
 * swallowed the file: it is rejected and reading stops, since nothing after it can be framed.
 */
final class CsvSource extends AbstractSource {

  private final CountingReader counter;
  private final CSVReader csv;
  private final InputOptions options;
  private final Utf8FallbackReader decoded;
  /** The field separator the header row showed. */
  private final char separator;
  private @Nullable Map<String, Integer> columns;
  private @Nullable List<String> header;
  private long recordNo;
  private boolean warnedEncoding;
  private boolean skipRest;

  /**
   * @param head the input's first bytes, from which the separator is told
   */
  CsvSource(String name, InputStream in, InputOptions options, byte[] head) {
    super(name, in);
    this.options = options;
    this.decoded = new Utf8FallbackReader(in);
    this.counter = new CountingReader(decoded, options.maxDocumentBytes());
    int sep = separator(head);
    this.separator = (char) Math.abs(sep);
    this.csv =
        new CSVReaderBuilder(counter)
            .withCSVParser(new RFC4180ParserBuilder().withSeparator((char) Math.abs(sep)).build())
            .withSkipLines(sep < 0 ? 1 : 0)
            .withKeepCarriageReturn(false)
            .build();
  }

  /**
   * The field separator of a CSV file whose first bytes are {@code head}: the one of comma,
   * semicolon and tab that occurs most often outside quotes in the header row (the comma on a tie,
   * or when none does). Excel's {@code sep=;} first line names it outright: then the result is
   * negated, telling the reader to skip that line.
   */
  static int separator(byte[] head) {
    int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    if (head.length - i >= 5 && (head[i] | 0x20) == 's' && (head[i + 1] | 0x20) == 'e' && (head[i + 2] | 0x20) == 'p'
        && head[i + 3] == '=' && (head[i + 4] == ',' || head[i + 4] == ';' || head[i + 4] == '\t' || head[i + 4] == '|')
        && (head.length - i == 5 || head[i + 5] == '\r' || head[i + 5] == '\n')) {
      return -head[i + 4];
    }
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (; i < head.length; i++) {
      byte b = head[i];
      if (b == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (b == '\n') {
          break;
        }
        commas += b == ',' ? 1 : 0;
        semicolons += b == ';' ? 1 : 0;
        tabs += b == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas && tabs > semicolons ? '\t' : ',';
  }

  @Override
  protected long nextNumber() {
    return recordNo + 1;
  }

  @Override
  protected @Nullable SourceEntry frame() throws IOException {
    if (skipRest) {
      return null;
    }
    while (true) {
      counter.startRecord();
      String[] row;
      try {
        row = csv.readNext();
      } catch (CsvValidationException e) {
        throw new IOException("invalid CSV: " + e.getMessage(), e);
      } catch (RecordTooLargeException e) {
        long n = ++recordNo;
        skipRest = true;
        return SourceEntry.of(
            new InputRecord.Reject(
                name(),
                n,
                "record exceeds the maximum document size of " + options.maxDocumentBytes()
                    + " bytes (an unbalanced quote?); the rest of the file was not read"));
      }
      if (row == null) {
        return null;
      }
      if (header == null) {
        return readHeader(row);
      }
      if (row.length == 1 && row[0].isEmpty()) {
        continue; // a blank line between records
      }
      long n = ++recordNo;
      List<String> warnings = List.of();
      if (decoded.sawInvalidUtf8() && !warnedEncoding) {
        warnedEncoding = true;
        warnings = List.of(name() + " is not valid UTF-8 (from record " + n + " on); invalid bytes were read as Windows-1252");
      }
      if (row.length != header.size()) {
        return SourceEntry.of(
            new InputRecord.Reject(
                name(), n, "has " + row.length + " fields, the header has " + header.size(), csvLine(row)));
      }
      long size = row.length;
      for (String f : row) {
        size += f.length();
      }
      return new Entry(row, n, size, warnings);
    }
  }

  private @Nullable SourceEntry readHeader(String[] row) throws IOException {
    header = Arrays.asList(row);
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < row.length; i++) {
      cols.putIfAbsent(row[i].strip().toLowerCase(Locale.ROOT), i);
    }
    columns = cols;
    boolean hasText = false;
    for (String f : options.fields().text()) {
      hasText |= cols.containsKey(f.toLowerCase(Locale.ROOT));
    }
    for (String f : options.fields().html()) {
      hasText |= cols.containsKey(f.toLowerCase(Locale.ROOT));
    }
    if (!hasText) {
      // Without a text column no record can be read: one reject for the file, not one per row.
      SourceEntry reject = SourceEntry.of(
          new InputRecord.Reject(
              name(),
              0,
              "no text column: the header has " + header + ", none of " + options.fields().text()
                  + " or " + options.fields().html() + "; map one with --text-field or --html-field"));
      columns = null;
      header = List.of();
      skipRest = true;
      return reject;
    }
    return frame();
  }

  private final class Entry implements SourceEntry {
    private final String[] row;
    private final long number;
    private final long size;
    private final List<String> warnings;

    Entry(String[] row, long number, long size, List<String> warnings) {
      this.row = row;
      this.number = number;
      this.size = size;
      this.warnings = warnings;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public InputRecord decode() {
      InputRecord r = decodeOnly();
      return r instanceof InputRecord.Reject ? ((InputRecord.Reject) r).withRaw(csvLine(row)) : r;
    }

    private InputRecord decodeOnly() {
      Map<String, Integer> cols = Objects.requireNonNull(columns);
      List<String> present = new ArrayList<>(Objects.requireNonNull(header));
      return FieldRecords.toRecord(
          name(),
          number,
          options.fields(),
          f -> {
            Integer i = cols.get(f.toLowerCase(Locale.ROOT));
            return i == null || row[i].isEmpty() ? null : row[i];
          },
          present,
          warnings,
          false);
    }
  }

  /** A record's fields as one CSV record, with this file's separator and RFC 4180 quoting. */
  private String csvLine(String[] fields) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (com.opencsv.ICSVWriter w = new com.opencsv.CSVWriterBuilder(out).withSeparator(separator).withLineEnd("").build()) {
      w.writeNext(fields, false);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Thrown by the counting reader when one record grows past the cap. */
  private static final class RecordTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RecordTooLargeException() {
      super(null, null, false, false);
    }
  }

  /**
   * Counts chars read since the last {@link #startRecord()} and stops a record that grows past the cap.
   * OpenCSV reads ahead by a buffer, so the count is approximate by a few KB, which is fine for a cap.
   */
  private static final class CountingReader extends FilterReader {
    private final long max;
    private long count;

    CountingReader(Reader in, long max) {
      super(in);
      this.max = max;
    }

    void startRecord() {
      count = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        add(1);
      }
      return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = super.read(cbuf, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(int n) {
      count += n;
      if (count > max) {
        throw new RecordTooLargeException();
      }
    }
  }
}
