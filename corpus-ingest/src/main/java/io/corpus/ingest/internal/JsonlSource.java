package io.corpus.ingest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.corpus.ingest.InputOptions;
import io.corpus.ingest.InputRecord;
import io.corpus.ingest.SourceEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * JSON Lines: one object per line, blank lines ignored. The reading thread only splits lines; each
 * line is parsed (Jackson streaming, keeping only the mapped fields) when its entry is decoded.
 */
final class JsonlSource extends AbstractSource {

  /** The line reader, or null when the input is framed by value. */
  private final @Nullable LineFramer lines;
  /**
   * The record reader for a JSON array, pretty-printed objects or records in an array field, or
   * null for one object per line.
   */
  private final @Nullable JsonRecords values;
  private final InputOptions options;
  private final JsonFactory json;
  private final Set<String> wanted;
  /**
   * The objects to look inside for a dotted field ({@code article} and {@code article.meta} for
   * {@code article.meta.author}); empty for the default mapping, whose names have no dot.
   */
  private final Set<String> wantedObjects;
  /**
   * The text and HTML fields: a list there is the body's paragraphs (what a scraper that collects
   * every {@code <p>} writes), joined by a blank line; any other list (authors) by {@code ;}.
   */
  private final Set<String> bodyFields;
  /** The last line read, or the last value's ordinal when framed by value. */
  private long lineNo;

  /**
   * The source of a JSON input whose first bytes are {@code head}: its records are the elements of
   * the array field {@link InputOptions#recordsField()} when that is set, else each value when the
   * input is framed by value (a top-level array, or objects that span lines; see {@link
   * JsonValueFramer#framesByValue}), else each line.
   */
  static JsonlSource open(String name, InputStream in, InputOptions options, byte[] head) throws IOException {
    String field = options.recordsField();
    JsonRecords records = field != null
        ? new JsonArrayFieldFramer(in, field, options.maxDocumentBytes())
        : JsonValueFramer.framesByValue(head) ? new JsonValueFramer(in, options.maxDocumentBytes()) : null;
    return new JsonlSource(name, in, options, records);
  }

  private JsonlSource(String name, InputStream in, InputOptions options, @Nullable JsonRecords records) {
    super(name, in);
    this.lines = records == null ? new LineFramer(in, options.maxDocumentBytes()) : null;
    this.values = records;
    this.options = options;
    this.wanted = options.fields().allNames();
    this.wantedObjects = objectsOnTheWay(wanted);
    Set<String> body = new HashSet<>(options.fields().text());
    body.addAll(options.fields().html());
    this.bodyFields = Set.copyOf(body);
    this.json =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(options.maxDocumentBytes())
                    .maxDocumentLength(options.maxDocumentBytes() + 1L)
                    .build())
            .build();
  }

  @Override
  public void close() throws IOException {
    try {
      if (values != null) {
        values.close();
      }
    } finally {
      super.close();
    }
  }

  @Override
  protected long nextNumber() {
    return lineNo + 1;
  }

  @Override
  protected @Nullable SourceEntry frame() throws IOException {
    if (values != null) {
      return frameValue(values);
    }
    while (true) {
      LineFramer.Line line = lines.next();
      if (line == null) {
        return null;
      }
      long n = ++lineNo;
      byte[] bytes = line.bytes();
      if (bytes == null) {
        return SourceEntry.of(
            new InputRecord.Reject(
                name(), n, "line of " + line.length() + " bytes exceeds the maximum document size of "
                    + options.maxDocumentBytes() + " bytes"));
      }
      int start = n == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
          && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
      if (isBlank(bytes, start)) {
        continue;
      }
      return new Entry(bytes, start, n);
    }
  }

  /** The next record of a JSON input that is not one object per line, numbered by its ordinal. */
  private @Nullable SourceEntry frameValue(JsonRecords framer) throws IOException {
    JsonValueFramer.Value v = framer.next();
    if (v == null) {
      return null;
    }
    long n = ++lineNo;
    if (v.truncated()) {
      // The framer has read to the end: this reject is the source's last entry.
      return SourceEntry.of(
          new InputRecord.Reject(
              name(), n, "the file ends inside record " + n + ", which starts on line " + v.line()
                  + " (the file is cut short, or a bracket or quote is missing); the rest of the file was not read"));
    }
    if (v.problem() != null) {
      return SourceEntry.of(new InputRecord.Reject(name(), n, v.problem()));
    }
    if (v.bytes() == null) {
      return SourceEntry.of(
          new InputRecord.Reject(
              name(), n, "record " + (v.length() >= 0 ? "of " + v.length() + " bytes " : "")
                  + "(starting on line " + v.line() + ") exceeds the maximum document size of "
                  + options.maxDocumentBytes() + " bytes"));
    }
    Entry e = new Entry(v.bytes(), 0, n);
    if (v.warning() != null) {
      e.warnings = List.of(name() + " " + v.warning());
    }
    return e;
  }

  private static boolean isBlank(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private final class Entry implements SourceEntry {
    private final byte[] bytes;
    private final int start;
    private final long number;
    /** What needed attention while framing the record. */
    List<String> warnings = List.of();

    Entry(byte[] bytes, int start, long number) {
      this.bytes = bytes;
      this.start = start;
      this.number = number;
    }

    @Override
    public long size() {
      return bytes.length + 1L;
    }

    @Override
    public InputRecord decode() {
      InputRecord r = decodeOnly();
      // A rejected line keeps its text in the rejects file, so nothing is lost.
      return r instanceof InputRecord.Reject
          ? ((InputRecord.Reject) r).withRaw(TextDecoding.utf8OrWindows1252(bytes, start, bytes.length - start))
          : r;
    }

    private InputRecord decodeOnly() {
      try {
        return parse(json.createParser(bytes, start, bytes.length - start), warnings);
      } catch (JsonProcessingException e) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("Invalid UTF-8")) {
          String text = TextDecoding.utf8OrWindows1252(bytes, start, bytes.length - start);
          try {
            return parse(json.createParser(text), List.of(
                name() + (values != null ? " record " : " line ") + number
                    + " is not valid UTF-8; its invalid bytes were read as Windows-1252"));
          } catch (IOException again) {
            return invalid(again);
          }
        }
        return invalid(e);
      } catch (IOException e) {
        return invalid(e);
      }
    }

    private InputRecord invalid(IOException e) {
      String msg = e instanceof JsonProcessingException
          ? ((JsonProcessingException) e).getOriginalMessage()
          : e.getMessage();
      String where = e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null
          ? " at column " + ((JsonProcessingException) e).getLocation().getColumnNr()
          : "";
      return new InputRecord.Reject(name(), number, "invalid JSON" + where + ": " + plain(firstLine(msg)));
    }

    private InputRecord parse(JsonParser p, List<String> warnings) throws IOException {
      try (p) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return new InputRecord.Reject(name(), number, "not a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> present = new ArrayList<>();
        JsonToken t = readObject(p, null, values, present);
        if (t != JsonToken.END_OBJECT) {
          return new InputRecord.Reject(name(), number, "invalid JSON: unexpected " + t);
        }
        if (p.nextToken() != null) {
          return new InputRecord.Reject(name(), number, "invalid JSON: more than one value on the line");
        }
        return FieldRecords.toRecord(name(), number, options.fields(), values::get, present, warnings, true);
      }
    }
  }

  /**
   * Reads the fields of the object {@code p} is in, to its end: the wanted ones into {@code
   * values} under their dotted path, and the objects on the way to a wanted dotted field
   * recursively (as deep as the longest wanted path, no deeper); the rest is skipped unbuilt.
   *
   * @param path the object's own dotted path, null for the record itself
   * @param present where the record's own field names go (the first 20), for a reject message
   * @return the token that ended the fields: {@code END_OBJECT} unless the JSON is malformed
   */
  private @Nullable JsonToken readObject(
      JsonParser p, @Nullable String path, Map<String, String> values, List<String> present) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      if (path == null && present.size() < 20) {
        present.add(field);
      }
      String here = path == null ? field : path + "." + field;
      if (v == JsonToken.START_OBJECT && wantedObjects.contains(here)) {
        JsonToken end = readObject(p, here, values, present);
        if (end != JsonToken.END_OBJECT) {
          return end;
        }
      } else if (wanted.contains(here)) {
        String value = scalarOrList(p, v, bodyFields.contains(here) ? "\n\n" : ";");
        if (value != null) {
          values.putIfAbsent(here, value);
        }
      } else {
        p.skipChildren();
      }
    }
    return t;
  }

  /** Every proper dotted prefix of the dotted names: the objects to open on the way to them. */
  static Set<String> objectsOnTheWay(Set<String> names) {
    Set<String> objects = new HashSet<>();
    for (String n : names) {
      for (int dot = n.indexOf('.'); dot > 0; dot = n.indexOf('.', dot + 1)) {
        objects.add(n.substring(0, dot));
      }
    }
    return objects;
  }

  /** A string, number or boolean as text; the strings of an array joined with {@code joiner}; else null. */
  private static @Nullable String scalarOrList(JsonParser p, JsonToken v, String joiner) throws IOException {
    switch (v) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getText();
      case START_ARRAY:
        StringBuilder sb = new StringBuilder();
        JsonToken item;
        while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
          if (item == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
            sb.append(sb.length() == 0 ? "" : joiner).append(p.getText().strip());
          } else {
            p.skipChildren();
          }
        }
        return sb.length() == 0 ? null : sb.toString();
      default:
        p.skipChildren();
        return null;
    }
  }

  /**
   * A Jackson message without the parts that speak to Jackson's users rather than to a reader of
   * the data: the redacted source location ("(start marker at [Source: REDACTED …])") and the
   * setting a limit comes from ("(1000, from `StreamReadConstraints.getMaxNestingDepth()`)").
   */
  static String plain(String msg) {
    String m = msg;
    int marker = m.indexOf(" (start marker at [Source:");
    if (marker >= 0) {
      m = m.substring(0, marker);
    }
    int from;
    while ((from = m.indexOf(", from `")) >= 0) {
      int end = m.indexOf("`)", from + 8);
      if (end < 0) {
        break;
      }
      m = m.substring(0, from) + m.substring(end + 1);
    }
    return m;
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

}
