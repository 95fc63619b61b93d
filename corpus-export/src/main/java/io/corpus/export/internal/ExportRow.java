package io.corpus.export.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.corpus.export.internal.Json.RemovalRow;
import io.corpus.export.internal.Json.TurnRow;
import io.corpus.model.CorpusDocument;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSONL shape of a document: the same keys in the same order with the same types on every
 * line. {@code removals} is present on every line when provenance is on and on none otherwise.
 */
@JsonPropertyOrder({
  "id", "source", "url", "title", "subtitle", "authors", "published", "publisher", "language",
  "text", "turns", "truncated", "removals"
})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExportRow(
    String id,
    String source,
    @Nullable String url,
    @Nullable String title,
    @Nullable String subtitle,
    List<String> authors,
    @Nullable String published,
    @Nullable String publisher,
    @Nullable String language,
    String text,
    List<TurnRow> turns,
    boolean truncated,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<RemovalRow> removals) {

  public static ExportRow of(CorpusDocument d, boolean provenance) {
    return new ExportRow(
        d.id(),
        d.source(),
        d.url(),
        d.title(),
        d.subtitle(),
        d.authors(),
        d.published() == null ? null : d.published().toString(),
        d.publisher(),
        d.language(),
        d.text(),
        turns(d),
        d.truncated(),
        provenance ? removals(d) : null);
  }

  static List<TurnRow> turns(CorpusDocument d) {
    return d.turns().stream().map(t -> new TurnRow(t.speaker(), t.text())).toList();
  }

  static List<RemovalRow> removals(CorpusDocument d) {
    return d.removals().stream().map(r -> new RemovalRow(r.ruleId(), r.text(), r.start(), r.end())).toList();
  }

  /** A paragraph row: the document id and source, the 1-based paragraph number, the text. */
  @JsonPropertyOrder({"id", "source", "paragraph", "text"})
  public record ParagraphRow(String id, String source, int paragraph, String text) {}

  /** A turn row: the document id and source, the 1-based turn number, the speaker, the text. */
  @JsonPropertyOrder({"id", "source", "turn", "speaker", "text"})
  public record TurnUnitRow(String id, String source, int turn, String speaker, String text) {}
}
