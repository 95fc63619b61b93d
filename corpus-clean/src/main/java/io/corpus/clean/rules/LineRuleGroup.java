package io.corpus.clean.rules;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.LineMemo;
import io.corpus.clean.internal.TextLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Consecutive {@code line} rules run as one step: one pass over the lines, where each line is
 * tried against the rules in their order (those whose first-chars filter and length limit let it
 * through) and goes with the first that matches. That is what the rules one after the other
 * remove (a line the first rule takes is gone for the next), without a pass over every line per
 * rule: a page of short lines has dozens of rules read each of its lines. A short line's verdict
 * (which rule takes it, if any) is kept by its text for the rest of the page. Each removal is
 * recorded under its own rule's id, and each rule can still be turned off by its id. Stateless
 * and thread-safe.
 */
public final class LineRuleGroup implements CleanStep {

  private final List<DataRule> rules;
  private final String id;

  /**
   * A group of line rules, run in the given order.
   *
   * @throws IllegalArgumentException if a rule is not a line rule, or there are none
   */
  public LineRuleGroup(List<DataRule> rules) {
    Objects.requireNonNull(rules, "rules");
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a line-rule group needs a rule");
    }
    for (DataRule r : rules) {
      if (r.spec().kind() != RuleKind.LINE) {
        throw new IllegalArgumentException("not a line rule: " + r.id());
      }
    }
    this.rules = List.copyOf(rules);
    this.id = "lines:" + rules.get(0).id() + ".." + rules.get(rules.size() - 1).id();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return "The line rules " + ruleIds() + ", in one pass over the lines.";
  }

  @Override
  public List<String> ruleIds() {
    List<String> ids = new ArrayList<>();
    for (DataRule r : rules) {
      ids.add(r.id());
    }
    return ids;
  }

  @Override
  public String description(String ruleId) {
    for (DataRule r : rules) {
      if (r.id().equals(ruleId)) {
        return r.description();
      }
    }
    return description();
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  /** The rules of the group, in order. */
  public List<DataRule> rules() {
    return rules;
  }

  @Override
  public void apply(Draft draft) {
    List<DataRule> active = new ArrayList<>(rules.size());
    for (DataRule r : rules) {
      if (draft.enabled(r.id()) && (r.spec().sites().isEmpty() || r.spec().appliesTo(draft.host()))) {
        active.add(r);
      }
    }
    String t = draft.text();
    List<TextLines.Line> lines = TextLines.of(t).lines();
    // A rule that runs out of its budget on this text removes nothing from it (as when it runs
    // alone); the pass is made again without it, so the rules after it see its lines.
    while (!active.isEmpty()) {
      List<int[]> spans = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      int failed = pass(t, lines, active, spans, ids);
      if (failed < 0) {
        for (int k = 0; k < spans.size(); k++) {
          int[] s = spans.get(k);
          draft.remove(s[0], s[1], ids.get(k));
          DataRule.mendSentence(draft, t, s, k == 0 ? null : spans.get(k - 1), k + 1 < spans.size() ? spans.get(k + 1) : null);
        }
        return;
      }
      active.remove(failed);
    }
  }

  /** The spans the rules take, in line order, with each one's rule id; or the index of a rule out of budget. */
  private static int pass(String t, List<TextLines.Line> lines, List<DataRule> active, List<int[]> spans, List<String> ids) {
    int n = active.size();
    Matcher[] matchers = new Matcher[n];
    int[] current = {-1};
    LineMemo<Integer> memo = new LineMemo<>();
    try {
      for (int i = 0; i < lines.size(); i++) {
        TextLines.Line line = lines.get(i);
        int s = line.start();
        int e = line.end();
        // Most lines no rule may match by their length and first chars: those are neither looked
        // up in the memo (a hash of the line) nor matched.
        int from = firstCandidate(t, s, e, active, 0);
        int taker = from < 0 ? -1
            : e - s > LineMemo.MAX_LINE ? firstTaker(t, s, e, active, matchers, current, from)
            : memo.get(line, x -> firstTaker(t, s, e, active, matchers, current, from));
        if (taker >= 0 && !DataRule.keptInPlace(lines, i)) {
          spans.add(new int[] {line.startWithBlanks(), line.endWithBlanks()});
          ids.add(active.get(taker).id());
        }
      }
    } catch (BudgetedText.BudgetExceeded ex) {
      return current[0];
    }
    return -1;
  }

  /** The index of the first rule from {@code from} on that may match the line {@code [s, e)} by its length and first chars, or -1. */
  private static int firstCandidate(String t, int s, int e, List<DataRule> active, int from) {
    for (int k = from; k < active.size(); k++) {
      if (active.get(k).mayMatchLine(t, s, e)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The index of the first rule whose whole-line regex matches {@code [s, e)}, or -1; {@code from}
   * is the first rule that may match it ({@link #firstCandidate}), each later one asked in turn.
   */
  private static int firstTaker(String t, int s, int e, List<DataRule> active, Matcher[] matchers, int[] current, int from) {
    for (int k = from; k >= 0; k = firstCandidate(t, s, e, active, k + 1)) {
      DataRule r = active.get(k);
      if (matchers[k] == null) {
        matchers[k] = r.budgetedMatcher(t);
      }
      current[0] = k;
      if (matchers[k].region(s, e).matches()) {
        return k;
      }
    }
    return -1;
  }
}
