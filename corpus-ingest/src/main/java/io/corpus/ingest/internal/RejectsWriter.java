package io.corpus.ingest.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.corpus.ingest.InputRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes rejects as JSON Lines: {@code {"source":"dump.jsonl","record":42,"reason":"…","raw":"…"}},
 * with {@code record} left out for a whole file and {@code raw} (the record as it was read) when
 * it was read as text. Not thread-safe.
 */
public final class RejectsWriter implements Closeable {

  private final JsonGenerator json;

  public RejectsWriter(OutputStream out) throws IOException {
    JsonFactory f = JsonFactory.builder().build();
    json = f.createGenerator(out, JsonEncoding.UTF8);
    json.setRootValueSeparator(null);
  }

  public void write(InputRecord.Reject r) throws IOException {
    json.writeStartObject();
    json.writeStringField("source", r.source());
    if (r.number() > 0) {
      json.writeNumberField("record", r.number());
    }
    json.writeStringField("reason", r.reason());
    if (r.raw() != null) {
      json.writeStringField("raw", r.raw());
    }
    json.writeEndObject();
    json.writeRaw('\n');
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
