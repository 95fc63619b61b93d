package io.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus clean} takes the same export options as {@code convert}. */
class CleanExportOptionsTest {

  @TempDir Path tmp;

  @Test
  void paragraphRowsWithSemicolonsAndNoBom() throws IOException {
    Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("a.txt"), "=First paragraph.\n\n\nSecond “one”.", StandardCharsets.UTF_8);
    Path out = tmp.resolve("a.csv");
    CliRun r = ConvertCommandTest.run(
        "clean", tmp.resolve("in").toString(), "-o", out.toString(), "--unit", "paragraph", "--delimiter", "semicolon", "--no-bom", "--line-ending", "lf");
    assertThat(r.exit()).as(r.err()).isZero();
    String csv = Files.readString(out);
    assertThat(csv).startsWith("\"id\";\"source\";\"paragraph\";\"text\"\n");
    assertThat(csv).contains(";\"1\";\"'=First paragraph.\"\n").contains(";\"2\";\"Second “one”.\"\n");
  }

  @Test
  void xlsxFromClean() throws IOException {
    Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("a.txt"), "Some text.", StandardCharsets.UTF_8);
    Path out = tmp.resolve("a.xlsx");
    CliRun r = ConvertCommandTest.run("clean", tmp.resolve("in").toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readAllBytes(out)).startsWith('P', 'K');
  }

  @Test
  void aValueLongerThanACellWithLongTextFailIsRejectedAndTheOthersAreWritten() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Short one.", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.txt"), "word ".repeat(8000) + "end.", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("c.txt"), "Short two.", StandardCharsets.UTF_8);
    Path out = tmp.resolve("a.csv");
    Path rejects = tmp.resolve("rejects.jsonl");
    CliRun r = ConvertCommandTest.run("clean", in.toString(), "-o", out.toString(), "--long-text", "fail",
        "--rejects", rejects.toString(), "--threads", "2");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.SOME_REJECTED);
    String csv = Files.readString(out);
    assertThat(csv).contains("Short one.").contains("Short two.").doesNotContain("end.");
    assertThat(Files.readString(rejects)).contains("b.txt").contains("cannot be written").contains("text");
    assertThat(r.err()).contains("rejected b.txt");
  }
}
