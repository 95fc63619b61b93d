package io.corpus.cli;

import io.corpus.cli.internal.WriterOutputStream;
import io.corpus.export.Converter;
import io.corpus.export.DatasetException;
import io.corpus.export.ExportOptions;
import io.corpus.export.OutputFormat;
import io.corpus.ingest.JobSummary;
import io.corpus.ingest.SafeOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corpus convert IN -o OUT}: converts a corpus dataset between JSONL, CSV and XLSX. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts a corpus dataset (JSONL or CSV, as corpus writes them) to JSONL, CSV or XLSX.",
      "JSONL -> CSV -> JSONL gives back the same documents (document unit; see docs/export.md)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document was converted",
      "1:converted, but the output format left something out (named on standard error)",
      "2:usage error",
      "3:the input is not a corpus dataset or the output could not be written (no partial file is left)"
    })
public final class ConvertCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The dataset to read (.jsonl, .ndjson, .csv, .tsv).")
  Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The dataset to write; '-' writes to standard output.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}. Default: from the OUT extension (JSONL for '-').")
  @Nullable OutputFormat format;

  @Option(names = "--force", description = "Replace OUT if it exists.")
  boolean force;

  @Option(names = "--input-formula-guard", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "IN (CSV) was written with the formula guard, which is removed on reading (default: on).")
  boolean inputGuard;

  @CommandLine.Mixin ExportMixin export;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    OutputFormat fmt = format != null ? format : output.equals("-") ? OutputFormat.JSONL
        : OutputFormat.fromFileName(output).orElseThrow(() -> new CommandLine.ParameterException(cl,
            "Cannot tell the output format from '" + output + "': use a .jsonl, .csv, .tsv or .xlsx name, or --format"));
    if (!Files.isRegularFile(input)) {
      throw new CommandLine.ParameterException(cl, input + ": no such file");
    }
    ExportOptions outOptions;
    try {
      outOptions = export.options(output, fmt, true);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    ExportOptions inOptions = ExportOptions.defaults().withFormulaGuard(inputGuard);
    PrintWriter err = cl.getErr();
    Converter.Result result;
    try (SafeOutput out = output.equals("-") ? SafeOutput.of(new WriterOutputStream(cl.getOut())) : SafeOutput.create(Path.of(output), force)) {
      result = Converter.convert(input, inOptions, out.stream(), fmt, outOptions);
      out.commit();
    } catch (DatasetException | IllegalArgumentException e) {
      err.println("corpus: " + e.getMessage());
      err.flush();
      return ExitCodes.FAILED;
    }
    err.println("corpus: converted " + JobSummary.documents(result.documents()) + " from " + input + " to " + (output.equals("-") ? "standard output" : output));
    int exit = ExitCodes.OK;
    if (result.turnsLeftOut() > 0) {
      err.println("corpus: " + JobSummary.documents(result.turnsLeftOut()) + (result.turnsLeftOut() == 1 ? " has" : " have") + " turns the output does not carry (use --nested-json or --unit turn)");
      exit = ExitCodes.SOME_REJECTED;
    }
    if (result.removalsLeftOut() > 0) {
      err.println("corpus: " + JobSummary.documents(result.removalsLeftOut()) + (result.removalsLeftOut() == 1 ? " has" : " have") + " removals the output does not carry (use --provenance)");
      exit = ExitCodes.SOME_REJECTED;
    }
    err.flush();
    return exit;
  }
}
