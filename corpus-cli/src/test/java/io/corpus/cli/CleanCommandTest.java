package io.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandTest {

  @TempDir Path tmp;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<JsonNode> jsonl(String text) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        rows.add(json.readTree(line));
      }
    }
    return rows;
  }

  @Test
  void cleansADirectoryRecursivelyIntoJsonlWithRelativeSources() throws IOException {
    write("in/a.txt", "First\u00a0 document.\r\n\r\n\r\nSecond paragraph.");
    write("in/sub/b.txt", "Another   document.");
    write("in/ignored.md", "not a text input");
    Path out = tmp.resolve("out/data.jsonl");

    CliRun r = run("clean", tmp.resolve("in").toString(), "-o", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> rows = jsonl(Files.readString(out));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("source").asText()).isEqualTo("a.txt");
    assertThat(rows.get(0).get("text").asText()).isEqualTo("First document.\n\nSecond paragraph.");
    assertThat(rows.get(1).get("source").asText()).isEqualTo("sub/b.txt");
    assertThat(rows.get(0).get("id").asText()).isNotEqualTo(rows.get(1).get("id").asText());
  }

  @Test
  void idsAreStableAcrossRuns() throws IOException {
    write("in/a.txt", "Some text.");
    CliRun first = run("clean", tmp.resolve("in").toString(), "-o", "-");
    CliRun second = run("clean", tmp.resolve("in").toString(), "-o", "-");
    assertThat(jsonl(first.out()).get(0).get("id")).isEqualTo(jsonl(second.out()).get(0).get("id"));
  }

  @Test
  void writesCsvWhenTheOutputNameSaysSo() throws IOException {
    write("in/a.txt", "Some text.");
    Path out = tmp.resolve("data.csv");
    CliRun r = run("clean", tmp.resolve("in").toString(), "-o", out.toString());
    assertThat(r.exit()).isZero();
    assertThat(Files.readString(out)).startsWith("\uFEFF\"id\",\"source\"").contains("\"Some text.\"");
  }

  @Test
  void badInputsAreNamedAndTheRunGoesOnAndExitsOne() throws IOException {
    write("in/good.txt", "Good text.");
    write("in/empty.txt", "");
    Files.write(tmp.resolve("in/latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'});
    Files.createDirectories(tmp.resolve("in/folder.txt"));
    Path out = tmp.resolve("out.jsonl");

    CliRun r = run("clean", tmp.resolve("missing").toString(), tmp.resolve("in").toString(), "-o", out.toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_REJECTED);
    assertThat(r.err())
        .contains("missing: no such file or directory")
        .contains("empty.txt: empty file")
        .contains("latin1.txt is not valid UTF-8 (byte 0xE9 at offset 3); its invalid bytes were read as Windows-1252");
    // A non-UTF-8 file is kept (decoded as Windows-1252) but still makes the run exit 1; a folder
    // named like a file is walked like any folder.
    List<JsonNode> rows = jsonl(Files.readString(out));
    assertThat(rows).extracting(n -> n.get("source").asText()).containsExactly("good.txt", "latin1.txt");
    assertThat(rows.get(1).get("text").asText()).isEqualTo("caf\u00e9.");
  }

  @Test
  void usageErrorsExitTwoAndWriteNothing() {
    Path out = tmp.resolve("data.unknown");
    CliRun r = run("clean", tmp.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Cannot tell the output format");
    assertThat(out).doesNotExist();

    assertThat(run("clean").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("clean", "--no-such-option", "x", "-o", "-").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void helpAndVersion() {
    CliRun help = run("clean", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: corpus clean").contains("--output").contains("Exit codes:");
    CliRun version = run("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).matches("(?s)corpus \\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void aFailedOutputLeavesNoFileBehind() throws IOException {
    write("in/a.txt", "Some text.");
    Path blocker = write("blocker", "a file where a folder should be");
    CliRun r = run("clean", tmp.resolve("in").toString(), "-o", blocker.resolve("out.jsonl").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).startsWith("corpus: ");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in", "blocker");
    }
  }
}
