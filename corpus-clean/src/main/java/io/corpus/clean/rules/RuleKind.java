package io.corpus.clean.rules;

/** How a rule in a rule file finds what it removes. */
public enum RuleKind {
  /** A literal phrase, found anywhere in the text. */
  PHRASE,
  /** A regular expression that must match a whole line (the line is removed). */
  LINE,
  /** A regular expression, found anywhere in the text (the match is removed). */
  REGEX,
  /** A CSS selector, applied to the page of an HTML input before extraction (the element is removed). */
  SELECTOR
}
