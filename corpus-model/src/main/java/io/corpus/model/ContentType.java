package io.corpus.model;

/** What kind of content a {@link RawDocument} holds. */
public enum ContentType {
  /** Plain text, as a scraper flattened the page. */
  TEXT,
  /** An HTML page as it was served. */
  HTML
}
