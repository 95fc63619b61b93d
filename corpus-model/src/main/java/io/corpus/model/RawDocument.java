package io.corpus.model;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A scraped document as it arrived, before any cleaning.
 *
 * <p>{@code metadata} carries what the input already knew about the document (for example a
 * {@code title} or {@code published} column of a CSV export), keyed by the {@link CorpusDocument}
 * field name; cleaning treats it as a hint that recovered metadata may fill in but never
 * contradicts silently. Immutable and thread-safe.
 *
 * <pre>{@code
 * RawDocument raw = RawDocument.text("news/blinken.txt", Files.readString(path));
 * }</pre>
 *
 * @param source where the document came from: a path relative to the input root, or {@code
 *     file.jsonl#42} for the 42nd record of a file
 * @param id a stable id if the input carries one, otherwise null (the runner derives one)
 * @param url the page address, if known
 * @param content the raw text or HTML
 * @param type whether {@code content} is plain text or HTML
 * @param metadata metadata the input carried, keyed by field name; copied
 */
public record RawDocument(
    String source,
    @Nullable String id,
    @Nullable String url,
    String content,
    ContentType type,
    Map<String, String> metadata) {

  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(type, "type");
    metadata = Map.copyOf(Objects.requireNonNull(metadata, "metadata"));
  }

  /** A plain-text document with nothing known but its source. */
  public static RawDocument text(String source, String content) {
    return new RawDocument(source, null, null, content, ContentType.TEXT, Map.of());
  }

  /** An HTML document with nothing known but its source. */
  public static RawDocument html(String source, String content) {
    return new RawDocument(source, null, null, content, ContentType.HTML, Map.of());
  }

  /** This document with another id. */
  public RawDocument withId(@Nullable String newId) {
    return new RawDocument(source, newId, url, content, type, metadata);
  }
}
