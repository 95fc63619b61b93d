package io.corpus.export.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A temporary file of rows of cell pieces, written once and read back once, so that a table's
 * header can depend on every row without holding the rows in memory. Strings are stored as UTF-16
 * code units, so any Java string (even a lone surrogate) comes back exactly. Deleted on close.
 */
final class Spool implements Closeable {

  private final Path file;
  private final DataOutputStream out;
  private DataInputStream in;

  Spool() throws IOException {
    file = Files.createTempFile("corpus-export-", ".spool");
    out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  void write(List<List<String>> row) throws IOException {
    out.writeInt(row.size());
    for (List<String> pieces : row) {
      out.writeInt(pieces.size());
      for (String s : pieces) {
        out.writeInt(s.length());
        out.writeChars(s);
      }
    }
  }

  /** The rows in the order written; call once, after the last {@link #write}. */
  Iterable<List<List<String>>> replay() throws IOException {
    out.close();
    in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    return () ->
        new Iterator<>() {
          private List<List<String>> next = read();

          private List<List<String>> read() {
            try {
              int columns;
              try {
                columns = in.readInt();
              } catch (EOFException end) {
                in.close();
                return null;
              }
              List<List<String>> row = new ArrayList<>(columns);
              for (int c = 0; c < columns; c++) {
                int n = in.readInt();
                List<String> pieces = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                  pieces.add(readString(in));
                }
                row.add(pieces);
              }
              return row;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public List<List<String>> next() {
            if (next == null) {
              throw new NoSuchElementException();
            }
            List<List<String>> r = next;
            next = read();
            return r;
          }
        };
  }

  private static String readString(DataInputStream in) throws IOException {
    int len = in.readInt();
    byte[] bytes = in.readNBytes(len * 2);
    if (bytes.length != len * 2) {
      throw new EOFException("spool file ended early");
    }
    char[] chars = new char[len];
    for (int i = 0; i < len; i++) {
      chars[i] = (char) (((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff));
    }
    return new String(chars);
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
      if (in != null) {
        in.close();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
