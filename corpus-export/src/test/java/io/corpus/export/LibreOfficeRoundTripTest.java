package io.corpus.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.model.CorpusDocument;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-spreadsheet test: LibreOffice Calc (headless) imports our CSV and opens our XLSX, saves
 * what it read as XLSX, and every cell it holds is compared with the source documents. Skipped when
 * {@code soffice} is not installed, except under CI ({@code CI=true}), where it must be ({@code
 * .ci/run} installs it). One LibreOffice launch per check.
 */
class LibreOfficeRoundTripTest {

  /** Import as the docs tell a user to: UTF-8, comma, quoted fields as text, formulas not evaluated. */
  static final String CSV_IMPORT = "CSV:44,34,76,1,,0,true,false,true,false,false,0,false";

  /** Import with what a careless user gets: numbers detected, unquoted formulas evaluated. */
  static final String CSV_IMPORT_CARELESS = "CSV:44,34,76,1,,0,false,true,true,false,false,0,true";

  static String soffice;
  static List<CorpusDocument> docs;
  @TempDir static Path tmp;

  @BeforeAll
  static void findLibreOffice() {
    soffice = onPath("soffice");
    if (soffice == null && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but soffice is not installed: .ci/run installs libreoffice-calc");
    }
    Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
    docs = Fixtures.all();
  }

  static String onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }

  /** Runs soffice once: converts {@code inputs} to XLSX in {@code outDir}, importing with {@code infilter}. */
  static void convertToXlsx(String infilter, Path outDir, Path... inputs) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--headless", "--norestore"));
    if (infilter != null) {
      cmd.add("--infilter=" + infilter);
    }
    cmd.addAll(List.of("--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir.toString()));
    for (Path in : inputs) {
      cmd.add(in.toString());
    }
    Path log = Files.createTempFile(tmp, "soffice", ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(240, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("soffice did not finish in 240 s: " + Files.readString(log));
    }
    for (Path in : inputs) {
      String name = in.getFileName().toString().replaceFirst("\\.[a-z]+$", ".xlsx");
      assertThat(outDir.resolve(name)).as("soffice output; log: %s", Files.readString(log)).exists();
    }
  }

  static Sheets.Table read(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx)) {
      return Sheets.readXlsx(in);
    }
  }

  static Path write(String name, OutputFormat format, ExportOptions options) throws IOException {
    Path file = tmp.resolve(name);
    Files.write(file, RoundTripTest.write(docs, format, options));
    return file;
  }

  @Test
  void csvImportedAsDocumentedHoldsEveryCellAsTextEqualToItsSource() throws Exception {
    ExportOptions guarded = ExportOptions.defaults().withNestedJson(true);
    Path withGuard = write("guarded.csv", OutputFormat.CSV, guarded);
    Path withoutGuard = write("unguarded.csv", OutputFormat.CSV, guarded.withFormulaGuard(false));
    Path out = Files.createDirectories(tmp.resolve("csv"));

    convertToXlsx(CSV_IMPORT, out, withGuard, withoutGuard);

    // With the guard a formula-like value shows with its apostrophe; without it, exactly as it is.
    Sheets.assertHoldsDocuments(read(out.resolve("guarded.xlsx")), docs, true, true);
    Sheets.assertHoldsDocuments(read(out.resolve("unguarded.xlsx")), docs, false, true);
  }

  @Test
  void theFormulaGuardKeepsACarelessImportFromRunningFormulas() throws Exception {
    Path withGuard = write("careless-guarded.csv", OutputFormat.CSV, ExportOptions.defaults());
    Path withoutGuard = write("careless-unguarded.csv", OutputFormat.CSV, ExportOptions.defaults().withFormulaGuard(false));
    Path out = Files.createDirectories(tmp.resolve("careless"));

    convertToXlsx(CSV_IMPORT_CARELESS, out, withGuard, withoutGuard);

    Sheets.Table guarded = read(out.resolve("careless-guarded.xlsx"));
    assertThat(guarded.rows()).hasSize(docs.size());
    assertThat(guarded.rows().stream().flatMap(List::stream).filter(c -> c.formula() != null)).isEmpty();
    // The check has teeth: the same file without the guard gets formulas run.
    Sheets.Table unguarded = read(out.resolve("careless-unguarded.xlsx"));
    assertThat(unguarded.rows().stream().flatMap(List::stream).filter(c -> c.formula() != null).map(Sheets.Cell::formula))
        .contains("SUM(A1)");
  }

  @Test
  void xlsxOpenedAndSavedByLibreOfficeHoldsEveryCellEqualToItsSource() throws Exception {
    Path xlsx = write("ours.xlsx", OutputFormat.XLSX, ExportOptions.defaults().withNestedJson(true));
    Path out = Files.createDirectories(tmp.resolve("xlsx"));

    convertToXlsx(null, out, xlsx);

    Sheets.Table t = read(out.resolve("ours.xlsx"));
    Sheets.assertHoldsDocuments(t, docs, false, true);
    assertThat(t.rows().stream().flatMap(List::stream).map(Sheets.Cell::type)).doesNotContain(CellType.NUMBER, CellType.FORMULA, CellType.BOOLEAN);
  }
}
