package io.corpus.clean;

/**
 * When a {@link CleanStep} runs. Steps run phase by phase, in this order; within a phase, in the
 * order they were added.
 */
public enum Phase {
  /** Line endings, no-break, zero-width and control characters, runs of spaces. */
  NORMALIZE,
  /** Page chrome inside the text: banners, tooltips, print headers, truncation markers. */
  CHROME,
  /** Header and footer lines that carry metadata (headline, dek, byline, date, publisher). */
  METADATA,
  /** Final white-space and paragraph layout, then speaker turns. */
  FINISH
}
