package io.corpus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the {@code corpus} command line: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    CommandLine cmd = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
