package io.corpus.export.internal;

import io.corpus.export.DatasetException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 4180 record scanner: quoted or bare fields, doubled quotes inside quotes, any character
 * (CR and LF included) kept exactly inside quotes, and CRLF, LF or CR ending a record. One pass,
 * constant work per character; a field longer than {@link #MAX_FIELD} characters (an unterminated
 * quote, usually) is an error instead of filling memory.
 */
final class CsvRecords {

  static final int MAX_FIELD = 1 << 28;

  private final Reader in;
  private final String name;
  private final char delimiter;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private long line = 1; // the line the scanner is on
  private long recordLine; // the line the last record started on

  CsvRecords(Reader in, String name, char delimiter) {
    this.in = in;
    this.name = name;
    this.delimiter = delimiter;
  }

  /** The line the record last returned started on (1-based). */
  long recordLine() {
    return recordLine;
  }

  private int read() throws IOException {
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos++];
  }

  private int peek() throws IOException {
    int c = read();
    if (c >= 0) {
      pos--;
    }
    return c;
  }

  /** The next record's fields, or null at the end of the input. */
  String @Nullable [] next() throws IOException {
    recordLine = line;
    int c = read();
    if (c < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    while (true) {
      if (c == '"' && f.isEmpty()) {
        long quoteLine = line;
        while (true) {
          c = read();
          if (c < 0) {
            throw new DatasetException(name + ":" + quoteLine + ": a quoted field is never closed");
          }
          if (c == '"') {
            if (peek() == '"') {
              read();
              f.append('"');
              continue;
            }
            break;
          }
          if (c == '\n') {
            line++;
          }
          f.append((char) c);
          if (f.length() > MAX_FIELD) {
            throw new DatasetException(name + ":" + quoteLine + ": a field is longer than " + MAX_FIELD + " characters (is a quote never closed?)");
          }
        }
        c = read();
        if (c >= 0 && c != delimiter && c != '\r' && c != '\n') {
          throw new DatasetException(name + ":" + line + ": unexpected character '" + (char) c + "' after a closing quote");
        }
      } else {
        while (c >= 0 && c != delimiter && c != '\r' && c != '\n') {
          if (c == '"') {
            throw new DatasetException(name + ":" + line + ": a quote inside an unquoted field");
          }
          f.append((char) c);
          if (f.length() > MAX_FIELD) {
            throw new DatasetException(name + ":" + line + ": a field is longer than " + MAX_FIELD + " characters");
          }
          c = read();
        }
      }
      fields.add(f.toString());
      f.setLength(0);
      if (c == delimiter) {
        c = read();
        continue;
      }
      if (c == '\r' && peek() == '\n') {
        read();
      }
      if (c >= 0) {
        line++;
      }
      return fields.toArray(String[]::new);
    }
  }
}
