package io.corpus.export.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.corpus.export.DatasetException;
import io.corpus.export.DocumentReader;
import io.corpus.model.CorpusDocument;
import io.corpus.model.Removal;
import io.corpus.model.Turn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads corpus JSONL document rows one line at a time. Blank lines are skipped; a key corpus does
 * not write is an error (it would be lost on the way through).
 */
public final class JsonlDocumentReader implements DocumentReader {

  private static final Set<String> KEYS = Set.copyOf(TableShape.DOCUMENT_COLUMNS);
  private static final ObjectReader JSON = Json.reader();

  private final BufferedReader in;
  private final String name;
  private int line;
  private @Nullable CorpusDocument next;
  private boolean done;

  public JsonlDocumentReader(InputStream stream, String name) {
    // A strict decoder: bytes that are not UTF-8 are an error naming the line, not U+FFFD.
    this.in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()), 1 << 16);
    this.name = name;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
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

  private @Nullable CorpusDocument advance() {
    try {
      String text;
      do {
        try {
          text = in.readLine();
        } catch (CharacterCodingException e) {
          // The decoder reads ahead of the lines: the bad bytes are on this line or a later one.
          throw error("is not valid UTF-8 (this line or soon after)", line + 1);
        }
        if (text == null) {
          done = true;
          return null;
        }
        line++;
        if (line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
      } while (text.isBlank());
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        throw error("is not JSON: " + e.getOriginalMessage(), line);
      }
      return document(node);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ":" + line + ": " + e.getMessage(), e);
    }
  }

  private CorpusDocument document(JsonNode node) {
    if (!node.isObject()) {
      throw error("is not a JSON object", line);
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = field.getKey();
      if (!KEYS.contains(key)) {
        String hint = key.equals("paragraph") || key.equals("turn") ? " (a " + key + "-unit file cannot be read back into documents)" : "";
        throw error("has the key \"" + key + "\", which is not a corpus document field" + hint, line);
      }
    }
    try {
      return CorpusDocument.builder(required(node, "id"), required(node, "source"))
          .url(optional(node, "url"))
          .title(optional(node, "title"))
          .subtitle(optional(node, "subtitle"))
          .authors(strings(node, "authors"))
          .published(date(optional(node, "published")))
          .publisher(optional(node, "publisher"))
          .language(optional(node, "language"))
          .text(required(node, "text"))
          .turns(turns(node.get("turns")))
          .truncated(bool(node, "truncated"))
          .removals(removals(node.get("removals")))
          .build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw error("is not a valid document: " + e.getMessage(), line);
    }
  }

  private String required(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual()) {
      throw error("field \"" + key + "\" must be a string, got " + kind(v), line);
    }
    return v.textValue();
  }

  private @Nullable String optional(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw error("field \"" + key + "\" must be a string or null, got " + kind(v), line);
    }
    return v.textValue();
  }

  private boolean bool(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw error("field \"" + key + "\" must be true or false, got " + kind(v), line);
    }
    return v.booleanValue();
  }

  private List<String> strings(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw error("field \"" + key + "\" must be a list of strings, got " + kind(v), line);
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw error("field \"" + key + "\" must be a list of strings, has " + kind(e), line);
      }
      out.add(e.textValue());
    }
    return out;
  }

  private @Nullable LocalDate date(@Nullable String value) {
    return parseDate(value, name, line);
  }

  static @Nullable LocalDate parseDate(@Nullable String value, String name, int line) {
    if (value == null) {
      return null;
    }
    try {
      if (value.length() != 10) {
        throw new DateTimeParseException("not 10 characters", value, 0);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw error(name, "field \"published\": \"" + value + "\" is not a YYYY-MM-DD date", line);
    }
  }

  private List<Turn> turns(@Nullable JsonNode v) {
    return parseTurns(v, name, line);
  }

  static List<Turn> parseTurns(@Nullable JsonNode v, String name, int line) {
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw error(name, "field \"turns\" must be a list of {speaker, text}, got " + kind(v), line);
    }
    List<Turn> out = new ArrayList<>(v.size());
    for (JsonNode t : v) {
      JsonNode speaker = t.get("speaker");
      JsonNode text = t.get("text");
      if (!t.isObject() || speaker == null || !speaker.isTextual() || text == null || !text.isTextual() || t.size() != 2) {
        throw error(name, "field \"turns\" must be a list of {speaker, text} with string values, has " + t, line);
      }
      out.add(new Turn(speaker.textValue(), text.textValue()));
    }
    return out;
  }

  private List<Removal> removals(@Nullable JsonNode v) {
    return parseRemovals(v, name, line);
  }

  static List<Removal> parseRemovals(@Nullable JsonNode v, String name, int line) {
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw error(name, "field \"removals\" must be a list of {rule, text, start, end}, got " + kind(v), line);
    }
    List<Removal> out = new ArrayList<>(v.size());
    for (JsonNode r : v) {
      JsonNode rule = r.get("rule");
      JsonNode text = r.get("text");
      JsonNode start = r.get("start");
      JsonNode end = r.get("end");
      if (rule == null || !rule.isTextual() || text == null || !text.isTextual() || start == null || !start.isInt()
          || end == null || !end.isInt() || r.size() != 4) {
        throw error(name, "field \"removals\" must be a list of {rule, text, start, end}, has " + r, line);
      }
      out.add(new Removal(rule.textValue(), text.textValue(), start.intValue(), end.intValue()));
    }
    return out;
  }

  static String kind(@Nullable JsonNode v) {
    return v == null ? "nothing" : v.isNull() ? "null" : v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private DatasetException error(String what, int at) {
    return error(name, what, at);
  }

  static DatasetException error(String name, String what, int at) {
    return new DatasetException(name + ":" + at + ": " + (what.startsWith("field") ? what : "line " + what));
  }

  @Override
  public void close() throws IOException {
    done = true;
    in.close();
  }
}
