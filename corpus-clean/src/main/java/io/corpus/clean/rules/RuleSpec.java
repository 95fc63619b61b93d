package io.corpus.clean.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rule as a rule file states it: what it matches, where it applies, and why it exists.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleSpec promo = new RuleSpec("promo.read-more", "Read-more promo lines", RuleKind.LINE,
 *     "Read the full story.*", List.of(), true);
 * }</pre>
 *
 * @param id unique id, recorded with every removal the rule makes
 * @param description one sentence for {@code corpus rules}
 * @param kind how {@code pattern} is matched
 * @param pattern the phrase, regex or CSS selector
 * @param sites host suffixes the rule is limited to ({@code "state.gov"} matches {@code
 *     www.state.gov}); empty means every site
 * @param ignoreCase whether matching ignores case (phrases and regexes)
 * @param maxLength for a line rule, the longest line (without its blanks) it is tried on, 0 for
 *     any: a cheap filter for rules about short lines (page controls, labels), which then cost
 *     nothing on paragraphs
 */
public record RuleSpec(
    String id, String description, RuleKind kind, String pattern, List<String> sites, boolean ignoreCase,
    int maxLength, boolean keepInSentence) {

  /** A rule without a length limit. */
  public RuleSpec(String id, String description, RuleKind kind, String pattern, List<String> sites, boolean ignoreCase) {
    this(id, description, kind, pattern, sites, ignoreCase, 0, false);
  }

  /** A rule that removes every match (see {@link #keepInSentence()}). */
  public RuleSpec(String id, String description, RuleKind kind, String pattern, List<String> sites, boolean ignoreCase,
      int maxLength) {
    this(id, description, kind, pattern, sites, ignoreCase, maxLength, false);
  }

  public RuleSpec {
    if (maxLength < 0) {
      throw new IllegalArgumentException("rule " + id + ": maxLength must not be negative");
    }
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pattern, "pattern");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (pattern.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + ": pattern must not be empty");
    }
    sites = Objects.requireNonNull(sites, "sites").stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * Whether the rule applies to a document from {@code host} (see {@link
   * io.corpus.clean.Draft#host()}). A scoped rule never applies when the host is unknown.
   */
  public boolean appliesTo(@Nullable String host) {
    if (sites.isEmpty()) {
      return true;
    }
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    for (String site : sites) {
      if (h.equals(site) || h.endsWith("." + site)) {
        return true;
      }
    }
    return false;
  }
}
