package io.corpus.export.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.corpus.model.CorpusDocument;
import io.corpus.model.Removal;
import io.corpus.model.Turn;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSONL shape of a document: fixed keys, fixed order, fixed types. */
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

  public record TurnRow(String speaker, String text) {}

  public record RemovalRow(String rule, String text, int start, int end) {}

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
        d.turns().stream().map((Turn t) -> new TurnRow(t.speaker(), t.text())).toList(),
        d.truncated(),
        provenance
            ? d.removals().stream().map((Removal r) -> new RemovalRow(r.ruleId(), r.text(), r.start(), r.end())).toList()
            : null);
  }
}
