package io.corpus.export;

/**
 * What one row of a dataset stands for.
 *
 * <p>Every unit row carries the document {@code id}; paragraph and turn rows also carry their
 * 1-based position in the document, and turn rows the speaker, so that a person can code
 * paragraphs or turns in a spreadsheet and join the codes back to the documents.
 */
public enum Unit {
  /** One row per document, with every metadata field. */
  DOCUMENT,
  /** One row per paragraph of the body text (paragraphs are separated by blank lines). */
  PARAGRAPH,
  /** One row per transcript turn; documents without turns write no rows. */
  TURN
}
