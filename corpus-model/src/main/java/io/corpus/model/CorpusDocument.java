package io.corpus.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cleaned document: the body text, the metadata recovered from the page, the speaker turns of a
 * transcript, and the record of everything cleaning removed.
 *
 * <p>Immutable and thread-safe. Lists are copied on construction and never null (empty when there
 * is nothing). Build one with {@link #builder(String, String)}; change one with the {@code with…}
 * methods or {@link #toBuilder()}.
 *
 * <pre>{@code
 * CorpusDocument doc = CorpusDocument.builder("a1b2c3", "news/blinken.txt")
 *     .title("Face-to-face meeting 'unlikely'")
 *     .text("Secretary of State Antony Blinken said ...")
 *     .build();
 * }</pre>
 *
 * @param id stable id, unique within a run
 * @param source where the document came from (see {@link RawDocument#source()})
 * @param url the page address, if known
 * @param title the headline
 * @param subtitle the dek or standfirst under the headline
 * @param authors the bylined authors, in order
 * @param published the publication date
 * @param publisher the publication or site that published it
 * @param language the document's language as a BCP 47 tag (e.g. {@code en}), if known
 * @param text the clean body: paragraphs separated by exactly one blank line
 * @param turns the speaker turns, for transcripts; empty otherwise
 * @param truncated whether the source was cut short (e.g. a news API's {@code [+1234 chars]})
 * @param removals everything cleaning removed, in raw-input order
 */
public record CorpusDocument(
    String id,
    String source,
    @Nullable String url,
    @Nullable String title,
    @Nullable String subtitle,
    List<String> authors,
    @Nullable LocalDate published,
    @Nullable String publisher,
    @Nullable String language,
    String text,
    List<Turn> turns,
    boolean truncated,
    List<Removal> removals) {

  public CorpusDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    turns = List.copyOf(Objects.requireNonNull(turns, "turns"));
    removals = List.copyOf(Objects.requireNonNull(removals, "removals"));
    for (String author : authors) {
      if (author.isBlank()) {
        throw new IllegalArgumentException("authors must not contain a blank name");
      }
    }
  }

  /** A builder for a document with this id and source and nothing else yet. */
  public static Builder builder(String id, String source) {
    return new Builder(id, source);
  }

  /** A builder that starts from this document. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This document with another body text. */
  public CorpusDocument withText(String newText) {
    return toBuilder().text(newText).build();
  }

  /** This document with another id. */
  public CorpusDocument withId(String newId) {
    return toBuilder().id(newId).build();
  }

  /** This document without its record of removals (what plain exports carry). */
  public CorpusDocument withoutRemovals() {
    return removals.isEmpty() ? this : toBuilder().removals(List.of()).build();
  }

  /** Builds a {@link CorpusDocument}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String source;
    private @Nullable String url;
    private @Nullable String title;
    private @Nullable String subtitle;
    private List<String> authors = List.of();
    private @Nullable LocalDate published;
    private @Nullable String publisher;
    private @Nullable String language;
    private String text = "";
    private List<Turn> turns = List.of();
    private boolean truncated;
    private List<Removal> removals = List.of();

    private Builder(String id, String source) {
      this.id = Objects.requireNonNull(id, "id");
      this.source = Objects.requireNonNull(source, "source");
    }

    private Builder(CorpusDocument d) {
      id = d.id;
      source = d.source;
      url = d.url;
      title = d.title;
      subtitle = d.subtitle;
      authors = d.authors;
      published = d.published;
      publisher = d.publisher;
      language = d.language;
      text = d.text;
      turns = d.turns;
      truncated = d.truncated;
      removals = d.removals;
    }

    public Builder id(String value) {
      id = Objects.requireNonNull(value, "id");
      return this;
    }

    public Builder source(String value) {
      source = Objects.requireNonNull(value, "source");
      return this;
    }

    public Builder url(@Nullable String value) {
      url = value;
      return this;
    }

    public Builder title(@Nullable String value) {
      title = value;
      return this;
    }

    public Builder subtitle(@Nullable String value) {
      subtitle = value;
      return this;
    }

    public Builder authors(List<String> value) {
      authors = Objects.requireNonNull(value, "authors");
      return this;
    }

    public Builder published(@Nullable LocalDate value) {
      published = value;
      return this;
    }

    public Builder publisher(@Nullable String value) {
      publisher = value;
      return this;
    }

    public Builder language(@Nullable String value) {
      language = value;
      return this;
    }

    public Builder text(String value) {
      text = Objects.requireNonNull(value, "text");
      return this;
    }

    public Builder turns(List<Turn> value) {
      turns = Objects.requireNonNull(value, "turns");
      return this;
    }

    public Builder truncated(boolean value) {
      truncated = value;
      return this;
    }

    public Builder removals(List<Removal> value) {
      removals = Objects.requireNonNull(value, "removals");
      return this;
    }

    /** The document; throws {@link IllegalArgumentException} or NPE naming a bad field. */
    public CorpusDocument build() {
      return new CorpusDocument(
          id, source, url, title, subtitle, authors, published, publisher, language, text, turns,
          truncated, removals);
    }
  }
}
