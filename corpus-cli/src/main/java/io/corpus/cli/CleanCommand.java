package io.corpus.cli;

import io.corpus.cli.internal.SafeOutput;
import io.corpus.cli.internal.TextInputs;
import io.corpus.cli.internal.WriterOutputStream;
import io.corpus.clean.Cleaner;
import io.corpus.export.DocumentSink;
import io.corpus.export.DocumentSinks;
import io.corpus.export.ExportOptions;
import io.corpus.export.OutputFormat;
import io.corpus.model.CorpusDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
      "An INPUT is a file or a directory (read recursively for .txt files).",
      "The output format follows the OUTPUT file's extension (.jsonl, .csv) unless --format is given."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was cleaned",
      "1:some inputs were rejected (each named on standard error); the others were written",
      "2:usage error",
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

  @Override
  public Integer call() throws IOException {
    OutputFormat fmt = resolveFormat();
    Cleaner cleaner = Cleaner.standard();
    PrintWriter err = spec.commandLine().getErr();
    int[] rejected = {0};
    Set<String> ids = new HashSet<>();
    if (output.equals("-")) {
      try (DocumentSink sink = DocumentSinks.open(stdout(), fmt, ExportOptions.defaults())) {
        run(cleaner, sink, err, rejected, ids);
      }
    } else {
      try (SafeOutput out = new SafeOutput(Path.of(output))) {
        try (DocumentSink sink = DocumentSinks.open(out.stream(), fmt, ExportOptions.defaults())) {
          run(cleaner, sink, err, rejected, ids);
        }
        out.commit();
      }
    }
    err.flush();
    return rejected[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
  }

  private void run(Cleaner cleaner, DocumentSink sink, PrintWriter err, int[] rejected, Set<String> ids)
      throws IOException {
    IOException[] failure = {null};
    TextInputs.forEach(
        inputs,
        item -> {
          if (failure[0] != null) {
            return;
          }
          if (item instanceof TextInputs.Problem p) {
            err.println("corpus: " + p.source() + ": " + p.reason());
            rejected[0]++;
            return;
          }
          var raw = ((TextInputs.Doc) item).document();
          CorpusDocument doc;
          try {
            doc = cleaner.clean(raw);
          } catch (RuntimeException e) {
            err.println("corpus: " + raw.source() + ": could not be cleaned: " + e);
            rejected[0]++;
            return;
          }
          if (!ids.add(doc.id())) {
            doc = doc.withId(doc.id() + "-" + ids.size());
            ids.add(doc.id());
          }
          try {
            sink.write(doc);
          } catch (IOException e) {
            failure[0] = e;
          }
        });
    if (failure[0] != null) {
      throw failure[0];
    }
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
