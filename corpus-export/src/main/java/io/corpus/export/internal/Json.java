package io.corpus.export.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.List;

/** The one Jackson configuration of the export module. */
public final class Json {

  /** Shared, thread-safe once configured. Never closes the stream it writes to. */
  static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** A turn as JSONL and the {@code turns} JSON column carry it. */
  public record TurnRow(String speaker, String text) {}

  /** A removal as JSONL and the {@code removals} JSON column carry it. */
  public record RemovalRow(String rule, String text, int start, int end) {}

  static final TypeReference<List<TurnRow>> TURNS = new TypeReference<>() {};
  static final TypeReference<List<RemovalRow>> REMOVALS = new TypeReference<>() {};

  private Json() {}

  /**
   * A writer for {@code type} that also escapes the line and paragraph separators (U+2028, U+2029)
   * and NEL (U+0085): valid raw in JSON, but tools that split "lines" with Unicode rules (Python's
   * {@code str.splitlines}, some editors) would break a record in two.
   */
  static ObjectWriter writerFor(Class<?> type) {
    return MAPPER.writerFor(type).with(LineSafeEscapes.INSTANCE);
  }

  /**
   * A writer for {@code type} without the line-safe escapes, for values that hold none of U+0085,
   * U+2028 and U+2029: it writes the same bytes as {@link #writerFor(Class)}, on Jackson's faster
   * path (custom escapes send every string through a slower one).
   */
  static ObjectWriter plainWriterFor(Class<?> type) {
    return MAPPER.writerFor(type);
  }

  static ObjectWriter writerFor(TypeReference<?> type) {
    return MAPPER.writerFor(type).with(LineSafeEscapes.INSTANCE);
  }

  static ObjectReader reader() {
    return MAPPER.reader();
  }

  private static final class LineSafeEscapes extends CharacterEscapes {
    static final LineSafeEscapes INSTANCE = new LineSafeEscapes();
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case 0x85 -> new SerializedString("\\u0085");
        case 0x2028 -> new SerializedString("\\u2028");
        case 0x2029 -> new SerializedString("\\u2029");
        default -> null;
      };
    }
  }
}
