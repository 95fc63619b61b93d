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
      "Lists every cleaning rule: the built-in ones, those of rule packs on the class path,",
      "and those of the --rules files, with the id that --disable takes and removals record."
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
