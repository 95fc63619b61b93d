package io.corpus.clean.rules;

import io.corpus.clean.CleanStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns rule-file rules into cleaning steps, and loads the built-in rule files shipped as
 * resources next to this class.
 *
 * <pre>{@code
 * List<RuleSpec> mine = RuleFile.load(Path.of("my-rules.yaml"));
 * Cleaner cleaner = Cleaner.builder().addSteps(RuleSteps.textSteps(mine)).build();
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class RuleSteps {

  /**
   * The built-in rule files (resources in this package), one per family. Another family's file
   * is added here by name.
   */
  public static final List<String> BUILT_IN_FILES = List.of("navigation.yaml");

  private RuleSteps() {}

  /** One step per phrase, line or regex rule, in order; selector rules are left out. */
  public static List<CleanStep> textSteps(List<RuleSpec> rules) {
    List<CleanStep> out = new ArrayList<>();
    for (RuleSpec r : rules) {
      if (r.kind() != RuleKind.SELECTOR) {
        out.add(DataRule.of(r));
      }
    }
    return List.copyOf(out);
  }

  /**
   * {@link #textSteps}, with each run of consecutive line rules as one {@link LineRuleGroup}: one
   * pass over the lines for the run instead of one per rule, with the same removals.
   */
  public static List<CleanStep> groupedTextSteps(List<RuleSpec> rules) {
    List<CleanStep> out = new ArrayList<>();
    List<DataRule> run = new ArrayList<>();
    for (RuleSpec r : rules) {
      if (r.kind() == RuleKind.SELECTOR) {
        continue;
      }
      if (r.kind() == RuleKind.LINE) {
        run.add(DataRule.of(r));
        continue;
      }
      flush(run, out);
      out.add(DataRule.of(r));
    }
    flush(run, out);
    return List.copyOf(out);
  }

  private static void flush(List<DataRule> run, List<CleanStep> out) {
    if (run.size() == 1) {
      out.add(run.get(0));
    } else if (run.size() > 1) {
      out.add(new LineRuleGroup(run));
    }
    run.clear();
  }

  /** The selector rules, in order, for the HTML extractor. */
  public static List<RuleSpec> selectors(List<RuleSpec> rules) {
    return rules.stream().filter(r -> r.kind() == RuleKind.SELECTOR).toList();
  }

  /** Every rule of the built-in rule files. */
  public static List<RuleSpec> builtIn() {
    List<RuleSpec> out = new ArrayList<>();
    for (String name : BUILT_IN_FILES) {
      try (InputStream in = RuleSteps.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("built-in rule file is missing from the jar: " + name);
        }
        out.addAll(RuleFile.load(in, name));
      } catch (IOException e) {
        throw new UncheckedIOException("built-in rule file " + name + " is broken: " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }
}
