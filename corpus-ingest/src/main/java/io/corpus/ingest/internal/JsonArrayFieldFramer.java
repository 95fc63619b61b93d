package io.corpus.ingest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The records of JSON documents that wrap them in an array field, as news APIs answer ({@code
 * {"status": "ok", "totalResults": 38, "articles": [{…}, {…}]}}): for each top-level object (or
 * each object of a top-level array), the elements of the array at a dotted path ({@code articles},
 * {@code response.docs}). Streamed with Jackson on the reading thread: each element is copied out
 * as the bytes of one JSON value, at most {@code maxValue} of them (a longer one is read to its end
 * and reported by length), and parsed on a worker like any JSON Lines record. Bytes that are not
 * valid UTF-8 are read as Windows-1252, with a warning on the next record. Not thread-safe.
 */
final class JsonArrayFieldFramer implements JsonRecords {

  private final JsonParser p;
  private final Utf8FallbackReader decoded;
  private final List<String> path;
  private final String pathName;
  private final int maxValue;
  private final JsonFactory json;
  /** Whether the top-level values are the elements of a top-level array. */
  private boolean inRootArray;
  /** Whether the parser stands inside the records array of the current top-level value. */
  private boolean inRecords;
  /** How many objects the parser stands in below the top level, while inside a top-level value. */
  private int opened;
  private boolean warned;
  /** The first field names of the current top-level object, for a reject that says what it has. */
  private final List<String> topFields = new java.util.ArrayList<>();

  JsonArrayFieldFramer(InputStream in, String path, int maxValue) throws IOException {
    this.decoded = new Utf8FallbackReader(in);
    this.json =
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxValue).build())
            .build();
    this.p = json.createParser(decoded);
    this.path = List.of(path.split("\\.", -1));
    this.pathName = path;
    this.maxValue = maxValue;
  }

  @Override
  public JsonValueFramer.@Nullable Value next() throws IOException {
    while (true) {
      if (inRecords) {
        JsonToken t = p.nextToken();
        if (t == null) {
          return truncated();
        }
        if (t != JsonToken.END_ARRAY) {
          return copyValue(t);
        }
        inRecords = false;
        closeOpened();
        continue;
      }
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      if (t == JsonToken.START_ARRAY && !inRootArray) {
        inRootArray = true;
        continue;
      }
      if (t == JsonToken.END_ARRAY && inRootArray) {
        inRootArray = false;
        continue;
      }
      long line = p.currentTokenLocation().getLineNr();
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        return problem("a top-level JSON value (on line " + line + ") is not an object holding '" + pathName + "'", line);
      }
      opened = 1;
      topFields.clear();
      String missing = descend();
      if (missing != null) {
        closeOpened();
        return problem("the object on line " + line + " " + missing + " (it has " + String.join(", ", topFields) + ")", line);
      }
      inRecords = true;
    }
  }

  /**
   * Walks from the top-level object just opened down the path to its array; null when the parser
   * then stands inside the array, else what is missing (the objects passed into stay counted in
   * {@link #opened}).
   */
  private @Nullable String descend() throws IOException {
    for (int k = 0; k < path.size(); k++) {
      String want = path.get(k);
      boolean last = k == path.size() - 1;
      while (true) {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new java.io.EOFException("the file ends inside an object");
        }
        if (t == JsonToken.END_OBJECT) {
          opened--;
          return "has no field '" + String.join(".", path.subList(0, k + 1)) + "'";
        }
        String name = p.currentName();
        if (k == 0 && topFields.size() < 20) {
          topFields.add(name);
        }
        JsonToken v = p.nextToken();
        if (!want.equals(name)) {
          p.skipChildren();
          continue;
        }
        if (last && v == JsonToken.START_ARRAY) {
          return null;
        }
        if (!last && v == JsonToken.START_OBJECT) {
          opened++;
          break;
        }
        p.skipChildren();
        return "has '" + String.join(".", path.subList(0, k + 1)) + "' but it is not " + (last ? "an array" : "an object");
      }
    }
    throw new AssertionError("unreachable");
  }

  /** Reads to the end of every object the parser still stands in below the top level. */
  private void closeOpened() throws IOException {
    while (opened > 0) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return;
      }
      if (t == JsonToken.END_OBJECT) {
        opened--;
      } else {
        p.skipChildren();
      }
    }
  }

  /** Copies the value that starts with {@code first} out as JSON bytes, up to {@link #maxValue} of them. */
  private JsonValueFramer.Value copyValue(JsonToken first) throws IOException {
    long line = p.currentTokenLocation().getLineNr();
    Bounded out = new Bounded(maxValue);
    try (JsonGenerator g = json.createGenerator(out)) {
      g.copyCurrentEvent(p);
      int depth = first.isStructStart() ? 1 : 0;
      while (depth > 0) {
        JsonToken t = p.nextToken();
        if (t == null) {
          return truncated();
        }
        depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
        if (!out.full) {
          g.copyCurrentEvent(p); // the generator buffers a few KB: the bound is checked as it flushes
        }
      }
    }
    String warning = null;
    if (decoded.sawInvalidUtf8() && !warned) {
      warned = true;
      warning = "is not valid UTF-8 (from this record on); invalid bytes were read as Windows-1252";
    }
    return out.full
        ? new JsonValueFramer.Value(null, -1, line, false, null, warning)
        : new JsonValueFramer.Value(out.toByteArray(), out.size(), line, false, null, warning);
  }

  private JsonValueFramer.Value truncated() {
    return new JsonValueFramer.Value(null, 0, p.currentLocation().getLineNr(), true, null, null);
  }

  private static JsonValueFramer.Value problem(String why, long line) {
    return new JsonValueFramer.Value(null, 0, line, false, why, null);
  }

  @Override
  public void close() throws IOException {
    p.close();
  }

  /** Bytes up to a limit; past it only counted. */
  private static final class Bounded extends ByteArrayOutputStream {
    private final int max;
    boolean full;

    Bounded(int max) {
      this.max = max;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (full || count + len > max) {
        full = true;
        return;
      }
      super.write(b, off, len);
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }
  }
}
