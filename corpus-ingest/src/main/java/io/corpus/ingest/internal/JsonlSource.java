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

  private final LineFramer lines;
  private final InputOptions options;
  private final JsonFactory json;
  private final Set<String> wanted;
  private long lineNo;

  JsonlSource(String name, InputStream in, InputOptions options) {
    super(name, in);
    this.lines = new LineFramer(in, options.maxDocumentBytes());
    this.options = options;
    this.wanted = options.fields().allNames();
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
  protected long nextNumber() {
    return lineNo + 1;
  }

  @Override
  protected @Nullable SourceEntry frame() throws IOException {
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
      try {
        return parse(json.createParser(bytes, start, bytes.length - start), List.of());
      } catch (JsonProcessingException e) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("Invalid UTF-8")) {
          String text = new String(bytes, start, bytes.length - start, TextDecoding.WINDOWS_1252);
          try {
            return parse(json.createParser(text), List.of(
                name() + " line " + number + " is not valid UTF-8; read as Windows-1252"));
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
      return new InputRecord.Reject(name(), number, "invalid JSON" + where + ": " + firstLine(msg));
    }

    private InputRecord parse(JsonParser p, List<String> warnings) throws IOException {
      try (p) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return new InputRecord.Reject(name(), number, "not a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> present = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken v = p.nextToken();
          if (present.size() < 20) {
            present.add(field);
          }
          if (!wanted.contains(field)) {
            p.skipChildren();
            continue;
          }
          String value = scalarOrList(p, v);
          if (value != null) {
            values.putIfAbsent(field, value);
          }
        }
        if (t != JsonToken.END_OBJECT) {
          return new InputRecord.Reject(name(), number, "invalid JSON: unexpected " + t);
        }
        if (p.nextToken() != null) {
          return new InputRecord.Reject(name(), number, "invalid JSON: more than one value on the line");
        }
        return FieldRecords.toRecord(name(), number, options.fields(), values::get, present, warnings);
      }
    }
  }

  /** A string, number or boolean as text; an array of such joined with {@code ;}; else null. */
  private static @Nullable String scalarOrList(JsonParser p, JsonToken v) throws IOException {
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
            sb.append(sb.length() == 0 ? "" : ";").append(p.getText().strip());
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

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

}
