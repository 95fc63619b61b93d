package io.corpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code corpus} command. {@link #commandLine()} builds the picocli command tree with the
 * project's exit codes; {@link #main} runs it on the process's standard streams.
 */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns raw web scrapes into clean, analysis-ready datasets.",
    subcommands = {CleanCommand.class, ConvertCommand.class, ExplainCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was processed",
      "1:some inputs were rejected or needed attention (named on standard error)",
      "2:usage error",
      "3:the run could not be completed (nothing half-written is left)"
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command, e.g. 'corpus clean'");
  }

  /** The command tree, with the project's exit codes for usage errors and failures. */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setCaseInsensitiveEnumValuesAllowed(true); // --unit paragraph, --format csv
    cmd.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.FAILED);
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof CommandLine.ParameterException pe) {
            return commandLine.getParameterExceptionHandler().handleParseException(pe, new String[0]);
          }
          PrintWriter err = commandLine.getErr();
          err.println("corpus: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
          err.flush();
          return ExitCodes.FAILED;
        });
    cmd.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          PrintWriter err = c.getErr();
          err.println("corpus: " + ex.getMessage());
          err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          err.flush();
          return ExitCodes.USAGE;
        });
    return cmd;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"corpus " + p.getProperty("version", "unknown")};
    }
  }
}
