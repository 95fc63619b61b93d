package io.corpus.cli;

import io.corpus.cli.internal.Terminal;
import io.corpus.cli.internal.WriterOutputStream;
import io.corpus.export.DocumentSinks;
import io.corpus.export.ExportOptions;
import io.corpus.export.OutputFormat;
import io.corpus.ingest.CorpusJob;
import io.corpus.ingest.InputSet;
import io.corpus.ingest.JobSummary;
import io.corpus.ingest.SafeOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corpus clean INPUT... -o OUTPUT}: cleans documents into a dataset. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Cleans scraped documents into a dataset.",
      "An INPUT is a file, a directory (read recursively) or '-' for standard input:",
      "text (.txt), HTML (.html, .mhtml), JSON Lines or a JSON array (.jsonl, .json),",
      "CSV with a header (.csv, .tsv), WARC (.warc, .wet), RSS or Atom feeds (.rss),",
      "or a tar or zip of them;",
      "each optionally compressed with gzip, bzip2, zstd or xz (found from the data).",
      "The output format follows the OUTPUT file's extension (.jsonl, .csv) unless --format is given."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was cleaned",
      "1:some inputs were rejected or needed attention (each named on standard error); the others were written",
      "2:usage error (including an existing OUTPUT without --force); nothing was written",
      "3:the output could not be written (no partial file is left)"
    })
public final class CleanCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to clean.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUTPUT",
      description = "The dataset to write; '-' writes to standard output.")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: from the OUTPUT extension (JSONL for '-').")
  @Nullable OutputFormat format;

  @CommandLine.Mixin IngestOptions ingest;

  @CommandLine.Mixin ExportMixin export;

  @CommandLine.Mixin RuleOptions rules;

  @Override
  public Integer call() throws IOException {
    OutputFormat fmt = resolveFormat();
    CommandLine cl = spec.commandLine();
    if (ingest.threads < 1) {
      throw new CommandLine.ParameterException(cl, "--threads must be at least 1, got " + ingest.threads);
    }
    if (ingest.maxDocumentMb < 1 || ingest.maxDocumentMb > 1024) {
      throw new CommandLine.ParameterException(cl, "--max-document-size must be between 1 and 1024 MB, got " + ingest.maxDocumentMb);
    }
    Path out = output.equals("-") ? null : Path.of(output);
    Path rejects = ingest.rejects;
    if (rejects != null && rejects.toString().equals("-")) {
      throw new CommandLine.ParameterException(
          cl, "--rejects needs a file name, not '-' (each reject is also listed on standard error; /dev/stderr works too)");
    }
    if (rejects != null && out != null
        && rejects.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new CommandLine.ParameterException(cl, "--rejects and OUTPUT are the same file: " + out);
    }
    if (out != null && !ingest.force && Files.exists(out) && !SafeOutput.isStream(out)) {
      throw new CommandLine.ParameterException(cl, "OUTPUT " + out + " already exists (use --force to replace it)");
    }
    if (rejects != null && !ingest.force && Files.exists(rejects) && !SafeOutput.isStream(rejects)) {
      throw new CommandLine.ParameterException(
          cl, "the rejects file " + rejects + " already exists (use --force to replace it)");
    }
    ExportOptions exportOptions;
    try {
      exportOptions = export.options(output, fmt, false);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    PrintWriter err = cl.getErr();
    CorpusJob job =
        CorpusJob.builder()
            .threads(ingest.threads)
            .noClean(ingest.noClean)
            .cleaner(rules.cleaner(cl))
            .rejects(ingest.rejects)
            .force(ingest.force)
            .messages(err)
            // not over JSON Lines written to the same terminal
            .progress(!ingest.quiet && Terminal.stderrIsTerminal() && !(out == null && Terminal.stdoutIsTerminal()))
            .build();
    List<String> args = new ArrayList<>();
    inputs.forEach(p -> args.add(p.toString()));
    InputSet inputSet;
    try {
      inputSet = InputSet.of(args, ingest.inputOptions(), System.in);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    JobSummary summary =
        job.run(inputSet, out, stdout(), stream -> DocumentSinks.open(stream, fmt, exportOptions));
    err.print(summary.format());
    err.flush();
    return summary.exitCode() == 0 ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
  }

  private OutputFormat resolveFormat() {
    if (format != null) {
      return format;
    }
    if (output.equals("-")) {
      return OutputFormat.JSONL;
    }
    return OutputFormat.fromFileName(output)
        .orElseThrow(
            () ->
                new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Cannot tell the output format from '" + output + "': use a .jsonl or .csv name, or --format"));
  }

  private OutputStream stdout() {
    return new WriterOutputStream(spec.commandLine().getOut());
  }
}
