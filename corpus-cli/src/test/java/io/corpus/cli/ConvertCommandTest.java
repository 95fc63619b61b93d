package io.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  @TempDir Path tmp;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  static final String JSONL =
      "{\"id\":\"a1\",\"source\":\"a.txt\",\"url\":null,\"title\":\"=SUM(A1)\",\"subtitle\":null,\"authors\":[\"Ann\",\"Bo\"],"
          + "\"published\":\"2022-01-23\",\"publisher\":null,\"language\":\"en\",\"text\":\"“One”\\n\\n007 — two\","
          + "\"turns\":[{\"speaker\":\"Q\",\"text\":\"Hi\"}],\"truncated\":false}\n";

  @Test
  void jsonlToCsvToJsonlGivesTheSameBytes() throws IOException {
    Path in = Files.writeString(tmp.resolve("in.jsonl"), JSONL, StandardCharsets.UTF_8);
    CliRun toCsv = run("convert", in.toString(), "-o", tmp.resolve("mid.csv").toString());
    assertThat(toCsv.exit()).as(toCsv.err()).isZero();
    String csv = Files.readString(tmp.resolve("mid.csv"));
    assertThat(csv).startsWith("\uFEFF\"id\",").contains("\"'=SUM(A1)\"").contains("\"Ann; Bo\"").contains("\r\n");

    CliRun back = run("convert", tmp.resolve("mid.csv").toString(), "-o", "-");
    assertThat(back.exit()).as(back.err()).isZero();
    assertThat(back.out()).isEqualTo(JSONL);
  }

  @Test
  void optionsShapeTheCsv() throws IOException {
    Path in = Files.writeString(tmp.resolve("in.jsonl"), JSONL, StandardCharsets.UTF_8);
    CliRun r = run("convert", in.toString(), "-o", "-", "--format", "csv", "--unit", "paragraph", "--no-bom",
        "--delimiter", "semicolon", "--line-ending", "lf", "--no-formula-guard");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("\"id\";\"source\";\"paragraph\";\"text\"\n\"a1\";\"a.txt\";\"1\";\"“One”\"\n\"a1\";\"a.txt\";\"2\";\"007 — two\"\n");
  }

  @Test
  void aTsvOutputIsTabSeparatedAndXlsxIsWritten() throws IOException {
    Path in = Files.writeString(tmp.resolve("in.jsonl"), JSONL, StandardCharsets.UTF_8);
    assertThat(run("convert", in.toString(), "-o", tmp.resolve("out.tsv").toString()).exit()).isZero();
    assertThat(Files.readString(tmp.resolve("out.tsv"))).startsWith("\uFEFF\"id\"\t\"source\"");
    assertThat(run("convert", in.toString(), "-o", tmp.resolve("out.xlsx").toString()).exit()).isZero();
    assertThat(Files.readAllBytes(tmp.resolve("out.xlsx"))).startsWith('P', 'K');
  }

  @Test
  void leavingTurnsOutIsReportedWithExitOne() throws IOException {
    Path in = Files.writeString(tmp.resolve("in.jsonl"), JSONL, StandardCharsets.UTF_8);
    CliRun r = run("convert", in.toString(), "-o", tmp.resolve("out.csv").toString(), "--no-nested-json");
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_REJECTED);
    assertThat(r.err()).contains("1 document has turns the output does not carry");
  }

  @Test
  void aBadInputIsNamedWithItsLineAndLeavesNoFile() throws IOException {
    Path in = Files.writeString(tmp.resolve("bad.jsonl"), JSONL + "{\"id\":\"b\",\"source\":\"b\",\"text\":\"t\",\"published\":\"2022-13-01\"}\n");
    Path out = tmp.resolve("out.csv");
    CliRun r = run("convert", in.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).contains("bad.jsonl:2: field \"published\": \"2022-13-01\" is not a YYYY-MM-DD date");
    assertThat(out).doesNotExist();
  }

  @Test
  void usageErrors() throws IOException {
    Path in = Files.writeString(tmp.resolve("in.jsonl"), JSONL);
    assertThat(run("convert", in.toString(), "-o", tmp.resolve("x.unknown").toString()).exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("convert", tmp.resolve("missing.jsonl").toString(), "-o", "-").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("convert", in.toString(), "-o", "-", "--cell-limit", "1", "--format", "csv").exit()).isEqualTo(ExitCodes.USAGE);
    CliRun tooBig = run("convert", in.toString(), "-o", tmp.resolve("big.xlsx").toString(), "--cell-limit", "40000");
    assertThat(tooBig.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(tooBig.err()).contains("--cell-limit 40000 is more than an XLSX cell holds (32767)");
    assertThat(tmp.resolve("big.xlsx")).doesNotExist();
  }
}
