package io.corpus.cli;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Cleaner;
import io.corpus.clean.rules.RuleFile;
import io.corpus.clean.rules.RuleSpec;
import io.corpus.clean.rules.RuleSteps;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The rule options shared by {@code clean}, {@code explain} and {@code rules}: extra rule files
 * and rules to turn off. A picocli mixin; {@link #cleaner} builds the
 * {@link Cleaner} they describe (built-in rules, every rule pack on the class path, then the
 * user's rule files).
 */
public final class RuleOptions {

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "Add the rules of a rule file (YAML or JSON; see docs/rules.md). Repeatable.")
  List<Path> ruleFiles = new ArrayList<>();

  @Option(
      names = "--disable",
      paramLabel = "RULE_ID",
      split = ",",
      description = "Turn off a rule by id ('corpus rules' lists them). Repeatable, or comma-separated.")
  List<String> disabled = new ArrayList<>();

  /**
   * The cleaner these options describe.
   *
   * @throws CommandLine.ParameterException naming the file and rule when a rule file is unusable,
   *     or the id when {@code --disable} names no rule
   */
  Cleaner cleaner(CommandLine cl) {
    List<RuleSpec> specs = new ArrayList<>();
    for (Path f : ruleFiles) {
      try {
        specs.addAll(RuleFile.load(f));
      } catch (NoSuchFileException e) {
        throw new CommandLine.ParameterException(cl, "rule file " + f + ": no such file");
      } catch (IOException e) {
        throw new CommandLine.ParameterException(cl, "rule file " + e.getMessage());
      }
    }
    Cleaner.Builder b = Cleaner.builder().loadRulePacks();
    try {
      b.addSteps(RuleSteps.textSteps(specs)).addSelectorRules(specs);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "rule file: " + e.getMessage());
    }
    Set<String> known = new LinkedHashSet<>();
    Cleaner all = b.build();
    for (CleanStep s : all.steps()) {
      known.addAll(s.ruleIds());
    }
    all.selectorRules().forEach(r -> known.add(r.id()));
    all.inputRules().forEach(r -> known.add(r.get(0)));
    for (String id : disabled) {
      if (!known.contains(id.strip())) {
        throw new CommandLine.ParameterException(cl, "--disable " + id + ": no rule has this id (see 'corpus rules')");
      }
      b.disable(id.strip());
    }
    return b.build();
  }
}
