package io.corpus.export;

/**
 * A dataset that cannot be read or a document that cannot be written as asked, with a message
 * that names the file and line (or the document and field) and what is wrong.
 *
 * <pre>{@code
 * corpus.jsonl:12: field "published": "2024-13-01" is not a YYYY-MM-DD date
 * }</pre>
 */
public class DatasetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatasetException(String message) {
    super(message);
  }

  public DatasetException(String message, Throwable cause) {
    super(message, cause);
  }
}
