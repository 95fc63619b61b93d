package io.corpus.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which fields (JSONL keys, CSV columns) hold which part of a document. Each part lists candidate
 * names in order of preference; the first one present in a record wins. Matching is exact for
 * JSONL keys and ignores case for CSV headers.
 *
 * <p>The defaults ({@link #DEFAULT}) cover common dumps: text from {@code text}, {@code content},
 * {@code body}, {@code maintext} (news-please), {@code article} (CNN/Daily Mail) or {@code
 * articleBody} (schema.org); HTML from {@code html}, {@code raw_html}, {@code content_html} or
 * {@code content.rendered} (WordPress's REST API), used only when no text field is present; id from
 * {@code id}, {@code doc_id} or {@code uuid}; and so on.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * FieldMapping fields = FieldMapping.DEFAULT.withText(List.of("article_body"));
 * }</pre>
 *
 * @param text fields holding the plain text
 * @param html fields holding an HTML page (consulted after {@code text})
 * @param id fields holding the document's own id
 * @param url fields holding the page address
 * @param title fields holding the headline
 * @param subtitle fields holding the dek
 * @param authors fields holding the authors (a JSON array of names or a {@code ;}-separated string)
 * @param published fields holding the publication date (ISO {@code yyyy-MM-dd…})
 * @param publisher fields holding the publisher
 * @param language fields holding the language tag
 */
public record FieldMapping(
    List<String> text,
    List<String> html,
    List<String> id,
    List<String> url,
    List<String> title,
    List<String> subtitle,
    List<String> authors,
    List<String> published,
    List<String> publisher,
    List<String> language) {

  /** The default mapping described above. */
  public static final FieldMapping DEFAULT =
      new FieldMapping(
          List.of("text", "content", "body", "maintext", "article", "articleBody"),
          List.of("html", "raw_html", "content_html", "content.rendered"),
          List.of("id", "doc_id", "uuid"),
          List.of("url", "link", "uri"),
          List.of("title", "headline", "title.rendered"),
          List.of("subtitle", "dek", "description", "excerpt.rendered"),
          List.of("authors", "author", "byline"),
          List.of("published", "date", "published_at", "publishedAt", "publish_date", "date_publish", "datePublished", "pubDate"),
          List.of("publisher", "site_name", "source.name", "sitename", "publication"),
          List.of("language", "lang"));

  public FieldMapping {
    text = copy(text, "text");
    html = copy(html, "html");
    id = copy(id, "id");
    url = copy(url, "url");
    title = copy(title, "title");
    subtitle = copy(subtitle, "subtitle");
    authors = copy(authors, "authors");
    published = copy(published, "published");
    publisher = copy(publisher, "publisher");
    language = copy(language, "language");
    if (text.isEmpty() && html.isEmpty()) {
      throw new IllegalArgumentException("text and html must not both be empty");
    }
  }

  private static List<String> copy(List<String> names, String part) {
    for (String n : Objects.requireNonNull(names, part)) {
      if (n == null || n.isBlank()) {
        throw new IllegalArgumentException(part + " must not contain a blank field name");
      }
    }
    return List.copyOf(names);
  }

  /** This mapping with other text fields. */
  public FieldMapping withText(List<String> names) {
    return new FieldMapping(names, html, id, url, title, subtitle, authors, published, publisher, language);
  }

  /** This mapping with other HTML fields. */
  public FieldMapping withHtml(List<String> names) {
    return new FieldMapping(text, names, id, url, title, subtitle, authors, published, publisher, language);
  }

  /** This mapping with other id fields. */
  public FieldMapping withId(List<String> names) {
    return new FieldMapping(text, html, names, url, title, subtitle, authors, published, publisher, language);
  }

  /** This mapping with other URL fields. */
  public FieldMapping withUrl(List<String> names) {
    return new FieldMapping(text, html, id, names, title, subtitle, authors, published, publisher, language);
  }

  /** This mapping with other title fields. */
  public FieldMapping withTitle(List<String> names) {
    return new FieldMapping(text, html, id, url, names, subtitle, authors, published, publisher, language);
  }

  /** This mapping with other author fields. */
  public FieldMapping withAuthors(List<String> names) {
    return new FieldMapping(text, html, id, url, title, subtitle, names, published, publisher, language);
  }

  /** This mapping with other publication-date fields. */
  public FieldMapping withPublished(List<String> names) {
    return new FieldMapping(text, html, id, url, title, subtitle, authors, names, publisher, language);
  }

  /** Every field name this mapping reads, for a reader that keeps only those. */
  public Set<String> allNames() {
    Set<String> all = new LinkedHashSet<>();
    for (List<String> l :
        List.of(text, html, id, url, title, subtitle, authors, published, publisher, language)) {
      all.addAll(l);
    }
    return all;
  }

  /**
   * The metadata parts in a fixed order, keyed by the {@link io.corpus.model.RawDocument#metadata()}
   * key they fill ({@code title}, {@code subtitle}, {@code authors}, {@code published}, {@code
   * publisher}, {@code language}).
   */
  public Map<String, List<String>> metadataFields() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("subtitle", subtitle);
    m.put("authors", authors);
    m.put("published", published);
    m.put("publisher", publisher);
    m.put("language", language);
    return Collections.unmodifiableMap(m);
  }
}
