package io.corpus.clean.rules;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Cleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every rule a {@link Cleaner} runs, for {@code corpus rules}: Java steps (built-in and rule
 * packs), rule-file rules and selector rules, with kind, phase, site scope and description.
 *
 * <pre>{@code
 * System.out.print(RuleListing.render(RuleListing.of(Cleaner.standard())));
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class RuleListing {

  /**
   * One listed rule.
   *
   * @param id the rule id (what {@code --disable} takes and removals record)
   * @param kind {@code java} for a step written in Java, else the rule-file kind
   * @param phase when it runs ({@code html} for selector rules, which run before extraction)
   * @param sites the hosts it is limited to; empty for every site
   * @param description one sentence
   */
  public record Entry(String id, String kind, String phase, List<String> sites, String description) {}

  private RuleListing() {}

  /**
   * The rules of {@code cleaner}, in the order they run: selector rules first, then what is done
   * to plain-text input, then the steps. A
   * rule whose step runs twice (the tooltips: see the built-in rules) is listed once, where it
   * first runs.
   */
  public static List<Entry> of(Cleaner cleaner) {
    Objects.requireNonNull(cleaner, "cleaner");
    List<Entry> out = new ArrayList<>();
    for (RuleSpec s : cleaner.selectorRules()) {
      out.add(new Entry(s.id(), "selector", "html", s.sites(), s.description()));
    }
    for (List<String> r : cleaner.inputRules()) {
      out.add(new Entry(r.get(0), "java", "input", List.of(), r.get(1)));
    }
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (CleanStep step : cleaner.steps()) {
      if (!listed.add(step.id())) {
        continue;
      }
      if (step instanceof DataRule d) {
        RuleSpec s = d.spec();
        out.add(new Entry(s.id(), s.kind().name().toLowerCase(java.util.Locale.ROOT),
            step.phase().name().toLowerCase(java.util.Locale.ROOT), s.sites(), s.description()));
      } else {
        for (String id : step.ruleIds()) {
          if (id.equals(step.id()) || listed.add(id)) {
            out.add(new Entry(id, "java", step.phase().name().toLowerCase(java.util.Locale.ROOT), List.of(), step.description(id)));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** A plain table: one rule per line, columns aligned, description last. */
  public static String render(List<Entry> entries) {
    int idW = "ID".length();
    int kindW = "KIND".length();
    int phaseW = "PHASE".length();
    int sitesW = "SITES".length();
    for (Entry e : entries) {
      idW = Math.max(idW, e.id().length());
      kindW = Math.max(kindW, e.kind().length());
      phaseW = Math.max(phaseW, e.phase().length());
      sitesW = Math.max(sitesW, sites(e).length());
    }
    String fmt = "%-" + idW + "s  %-" + kindW + "s  %-" + phaseW + "s  %-" + sitesW + "s  %s%n";
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(fmt, "ID", "KIND", "PHASE", "SITES", "DESCRIPTION"));
    for (Entry e : entries) {
      sb.append(String.format(fmt, e.id(), e.kind(), e.phase(), sites(e), e.description()));
    }
    return sb.toString();
  }

  private static String sites(Entry e) {
    return e.sites().isEmpty() ? "*" : String.join(",", e.sites());
  }
}
