package io.corpus.export.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.corpus.export.DatasetException;
import io.corpus.export.DocumentReader;
import io.corpus.model.CorpusDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads corpus CSV document rows back, in every layout corpus writes: any delimiter, with or
 * without a byte-order mark, CRLF or LF, continuation columns ({@code text_2} …) and continuation
 * rows ({@code part}). Streams: at most one document is held at a time.
 */
public final class CsvDocumentReader implements DocumentReader {

  private static final Set<String> KNOWN = Set.copyOf(TableShape.DOCUMENT_COLUMNS);
  private static final List<String> REQUIRED = List.of("id", "source", "text");

  private final String name;
  private final boolean guard;
  private final BufferedReader text;
  private final CsvRecords csv;
  /** For each base column by name: the indexes of its cells, first cell then continuations in order. */
  private final Map<String, int[]> cells = new HashMap<>();
  private final int width;
  private final int partIndex;

  private String @Nullable [] pending; // a record read ahead (continuation-rows layout)
  private long pendingLine;
  private @Nullable CorpusDocument next;
  private boolean done;

  public CsvDocumentReader(InputStream stream, String name, boolean guard) throws IOException {
    this.name = name;
    this.guard = guard;
    this.text = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()), 1 << 16);
    try {
      char delimiter = sniffDelimiter();
      this.csv = new CsvRecords(text, name, delimiter);
      String[] header = readRecord();
      if (header == null) {
        throw new DatasetException(name + ": is empty (no header row)");
      }
      this.width = header.length;
      this.partIndex = parseHeader(header);
    } catch (CharacterCodingException e) {
      text.close();
      throw new DatasetException(name + ": is not valid UTF-8 (in the first lines)");
    } catch (IOException | RuntimeException e) {
      text.close();
      throw e;
    }
  }

  /** Skips a byte-order mark and finds the delimiter after the first header name, {@code id}. */
  private char sniffDelimiter() throws IOException {
    text.mark(16);
    char[] head = new char[8];
    int n = text.read(head, 0, head.length);
    text.reset();
    int i = 0;
    if (n > 0 && head[0] == '\uFEFF') {
      text.skip(1);
      i = 1;
    }
    String start = n <= i ? "" : new String(head, i, n - i);
    for (String prefix : new String[] {"\"id\"", "id"}) {
      if (start.startsWith(prefix) && start.length() > prefix.length()) {
        char d = start.charAt(prefix.length());
        if (d == ',' || d == ';' || d == '\t') {
          return d;
        }
      }
    }
    throw new DatasetException(name + ":1: is not a corpus CSV: the header must start with the column id and a delimiter (, ; or tab)");
  }

  private int parseHeader(String[] header) {
    Map<String, List<int[]>> parts = new HashMap<>(); // base -> (k, index)
    int part = -1;
    for (int i = 0; i < header.length; i++) {
      String h = header[i];
      if (h.equals("part")) {
        part = i;
        continue;
      }
      if (KNOWN.contains(h)) {
        parts.computeIfAbsent(h, x -> new ArrayList<>()).add(new int[] {1, i});
        continue;
      }
      int us = h.lastIndexOf('_');
      if (us > 0 && KNOWN.contains(h.substring(0, us)) && isNumber(h.substring(us + 1))) {
        parts.computeIfAbsent(h.substring(0, us), x -> new ArrayList<>()).add(new int[] {Integer.parseInt(h.substring(us + 1)), i});
        continue;
      }
      String hint =
          h.equals("paragraph") || h.equals("turn")
              ? " (a " + h + "-unit file cannot be read back into documents)"
              : " (corpus document columns: " + String.join(", ", TableShape.DOCUMENT_COLUMNS) + ")";
      throw new DatasetException(name + ":1: unknown column \"" + h + "\"" + hint);
    }
    for (String r : REQUIRED) {
      if (!parts.containsKey(r)) {
        throw new DatasetException(name + ":1: the header has no column \"" + r + "\"");
      }
    }
    for (Map.Entry<String, List<int[]>> e : parts.entrySet()) {
      List<int[]> list = e.getValue();
      list.sort((a, b) -> Integer.compare(a[0], b[0]));
      int[] idx = new int[list.size()];
      for (int k = 0; k < list.size(); k++) {
        if (list.get(k)[0] != k + 1) {
          throw new DatasetException(
              name + ":1: column \"" + e.getKey() + (k == 0 ? "\" is missing" : "_" + (k + 1) + "\" is missing or repeated")
                  + " (continuation columns count up from " + e.getKey() + "_2)");
        }
        idx[k] = list.get(k)[1];
      }
      cells.put(e.getKey(), idx);
    }
    return part;
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 6) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(s) >= 2;
  }

  private String @Nullable [] readRecord() throws IOException {
    try {
      String[] r;
      do {
        r = csv.next();
      } while (r != null && r.length == 1 && r[0].isEmpty() && width > 1); // a blank line
      return r;
    } catch (CharacterCodingException e) {
      // The decoder reads ahead of the scanner: the bad bytes are on this line or a later one.
      throw new DatasetException(name + ":" + csv.recordLine() + ": is not valid UTF-8 (on this line or soon after)");
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = advance();
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": " + e.getMessage(), e);
      }
    }
    return next != null;
  }

  @Override
  public CorpusDocument next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CorpusDocument d = next;
    next = null;
    return d;
  }

  private @Nullable CorpusDocument advance() throws IOException {
    String[] first;
    long line;
    if (pending != null) {
      first = pending;
      line = pendingLine;
      pending = null;
    } else {
      first = readRecord();
      line = csv.recordLine();
    }
    if (first == null) {
      done = true;
      return null;
    }
    checkWidth(first, line);
    Map<String, StringBuilder> values = new HashMap<>();
    for (Map.Entry<String, int[]> e : cells.entrySet()) {
      StringBuilder sb = new StringBuilder();
      for (int i : e.getValue()) {
        sb.append(unguard(first[i]));
      }
      values.put(e.getKey(), sb);
    }
    if (partIndex >= 0) {
      if (!first[partIndex].equals("1")) {
        throw new DatasetException(name + ":" + line + ": part is \"" + first[partIndex] + "\" where a document starts (part 1)");
      }
      String id = first[cells.get("id")[0]];
      for (int expected = 2; ; expected++) {
        String[] r = readRecord();
        long at = csv.recordLine();
        if (r == null) {
          break;
        }
        checkWidth(r, at);
        if (r[partIndex].equals("1")) {
          pending = r;
          pendingLine = at;
          break;
        }
        if (!r[partIndex].equals(Integer.toString(expected)) || !r[cells.get("id")[0]].equals(id)) {
          throw new DatasetException(
              name + ":" + at + ": continuation row (part " + r[partIndex] + ", id " + r[cells.get("id")[0]]
                  + ") does not follow part " + (expected - 1) + " of document " + id);
        }
        for (Map.Entry<String, int[]> e : cells.entrySet()) {
          if (!e.getKey().equals("id")) {
            for (int i : e.getValue()) {
              values.get(e.getKey()).append(unguard(r[i]));
            }
          }
        }
      }
    }
    return document(values, line);
  }

  private void checkWidth(String[] r, long line) {
    if (r.length != width) {
      throw new DatasetException(name + ":" + line + ": the record has " + r.length + " fields, the header " + width);
    }
  }

  private String unguard(String cell) {
    return guard ? Cells.unguard(cell) : cell;
  }

  private CorpusDocument document(Map<String, StringBuilder> v, long line) {
    int at = (int) Math.min(Integer.MAX_VALUE, line);
    try {
      String authors = get(v, "authors");
      String truncated = get(v, "truncated");
      if (!truncated.isEmpty() && !truncated.equals("true") && !truncated.equals("false")) {
        throw JsonlDocumentReader.error(name, "field \"truncated\" must be true or false, got \"" + truncated + "\"", at);
      }
      return CorpusDocument.builder(get(v, "id"), get(v, "source"))
          .url(optional(v, "url"))
          .title(optional(v, "title"))
          .subtitle(optional(v, "subtitle"))
          .authors(authors.isEmpty() ? List.of() : Arrays.asList(authors.split(TableShape.AUTHOR_SEPARATOR, -1)))
          .published(JsonlDocumentReader.parseDate(optional(v, "published"), name, at))
          .publisher(optional(v, "publisher"))
          .language(optional(v, "language"))
          .text(get(v, "text"))
          .truncated(truncated.equals("true"))
          .turns(JsonlDocumentReader.parseTurns(json(v, "turns", at), name, at))
          .removals(JsonlDocumentReader.parseRemovals(json(v, "removals", at), name, at))
          .build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw JsonlDocumentReader.error(name, "line is not a valid document: " + e.getMessage(), at);
    }
  }

  private static String get(Map<String, StringBuilder> v, String key) {
    StringBuilder sb = v.get(key);
    return sb == null ? "" : sb.toString();
  }

  private static @Nullable String optional(Map<String, StringBuilder> v, String key) {
    String s = get(v, key);
    return s.isEmpty() ? null : s;
  }

  private @Nullable JsonNode json(Map<String, StringBuilder> v, String key, int at) {
    String s = get(v, key);
    if (s.isEmpty()) {
      return null;
    }
    try {
      return Json.reader().readTree(s);
    } catch (JsonProcessingException e) {
      throw JsonlDocumentReader.error(name, "field \"" + key + "\" is not JSON: " + e.getOriginalMessage(), at);
    }
  }

  @Override
  public void close() throws IOException {
    done = true;
    text.close();
  }
}
