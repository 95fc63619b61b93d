package io.corpus.clean;

/**
 * A document the cleaner will not take on, with the reason (for example an HTML page so dense in
 * tags that parsing it would need more memory than a run may use). The document is not cleaned;
 * a batch job rejects it with {@link #getMessage()} and goes on.
 */
public final class UncleanableDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UncleanableDocumentException(String reason) {
    super(reason);
  }
}
