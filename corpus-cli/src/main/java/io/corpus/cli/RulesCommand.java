package io.corpus.cli;

import io.corpus.clean.rules.RuleListing;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corpus rules}: lists every rule with its id, kind, phase, site scope and description. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every cleaning rule with its id and description.",
      "Built-in rules, rule packs on the class path and --rules files are all listed, each with",
      "the id that --disable takes and that removals record."
    })
public final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin RuleOptions rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(RuleListing.render(RuleListing.of(rules.cleaner(spec.commandLine()))));
    out.flush();
    return ExitCodes.OK;
  }
}
