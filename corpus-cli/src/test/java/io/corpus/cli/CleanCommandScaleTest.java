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

/** The corpus-scale options of {@code corpus clean}, run in process. */
class CleanCommandScaleTest {

  @TempDir Path tmp;

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

  private Path dump(int n) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i == 100) {
        sb.append("{not json}\n"); // line 101
      }
      sb.append("{\"doc_id\":\"d").append(i).append("\",\"body\":\"Story ").append(i)
          .append(":\\u00a0 text  here.\",\"headline\":\"H").append(i).append("\"}\n");
    }
    return Files.writeString(tmp.resolve("dump.jsonl"), sb.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void jsonlWithThreadsRejectsAndSummary() throws IOException {
    Path in = dump(200);
    Path out = tmp.resolve("out.jsonl");
    Path rejects = tmp.resolve("rejects.jsonl");

    CliRun r = CleanCommandTest.run("clean", in.toString(), "-o", out.toString(), "--threads", "3", "--rejects", rejects.toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.SOME_REJECTED);
    List<JsonNode> rows = jsonl(Files.readString(out));
    assertThat(rows).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertThat(rows.get(i).get("id").asText()).isEqualTo("d" + i);
      assertThat(rows.get(i).get("title").asText()).isEqualTo("H" + i);
      assertThat(rows.get(i).get("text").asText()).isEqualTo("Story " + i + ": text here.");
    }
    List<JsonNode> rej = jsonl(Files.readString(rejects));
    assertThat(rej).singleElement().satisfies(n -> {
      assertThat(n.get("source").asText()).isEqualTo("dump.jsonl");
      assertThat(n.get("record").asInt()).isEqualTo(101);
      assertThat(n.get("reason").asText()).startsWith("invalid JSON");
    });
    assertThat(r.err()).contains("read 201 documents").contains("written 200, rejected 1, truncated 0, warnings 0");
  }

  @Test
  void fieldMappingOptions() throws IOException {
    Path in = Files.writeString(tmp.resolve("x.jsonl"), "{\"text\":\"wrong\",\"story\":\"Right body.\",\"key\":\"k1\"}\n");
    CliRun r = CleanCommandTest.run("clean", in.toString(), "-o", "-", "--text-field", "story", "--id-field", "key");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode row = jsonl(r.out()).get(0);
    assertThat(row.get("text").asText()).isEqualTo("Right body.");
    assertThat(row.get("id").asText()).isEqualTo("k1");
  }

  @Test
  void anExistingOutputNeedsForce() throws IOException {
    Path in = Files.writeString(tmp.resolve("a.txt"), "Some text.");
    Path out = Files.writeString(tmp.resolve("out.jsonl"), "keep me\n");
    CliRun refused = CleanCommandTest.run("clean", in.toString(), "-o", out.toString());
    assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err()).contains("OUTPUT " + out + " already exists (use --force to replace it)");
    assertThat(Files.readString(out)).isEqualTo("keep me\n");

    CliRun forced = CleanCommandTest.run("clean", in.toString(), "-o", out.toString(), "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(jsonl(Files.readString(out)).get(0).get("text").asText()).isEqualTo("Some text.");
  }

  @Test
  void anExistingRejectsFileNeedsForceAndIsNamedAsSuch() throws IOException {
    Path in = Files.writeString(tmp.resolve("a.txt"), "Some text.");
    Path rejects = Files.writeString(tmp.resolve("rejects.jsonl"), "keep me\n");
    CliRun refused = CleanCommandTest.run("clean", in.toString(), "-o", "-", "--rejects", rejects.toString());
    assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err()).contains("the rejects file " + rejects + " already exists");
    assertThat(refused.out()).isEmpty();
    assertThat(Files.readString(rejects)).isEqualTo("keep me\n");
  }

  @Test
  void rejectsMustBeAFileOtherThanTheOutput() throws IOException {
    Path in = Files.writeString(tmp.resolve("a.txt"), "Some text.");
    CliRun dash = CleanCommandTest.run("clean", in.toString(), "-o", "-", "--rejects", "-");
    assertThat(dash.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(dash.err()).contains("--rejects needs a file name, not '-'");
    assertThat(dash.out()).isEmpty();

    Path out = tmp.resolve("out.jsonl");
    CliRun same = CleanCommandTest.run(
        "clean", in.toString(), "-o", out.toString(), "--rejects", tmp.resolve(".").resolve("out.jsonl").toString(), "--force");
    assertThat(same.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(same.err()).contains("--rejects and OUTPUT are the same file");
    assertThat(out).doesNotExist();
  }

  @Test
  void standardInputCanBeNamedOnlyOnce() {
    CliRun r = CleanCommandTest.run("clean", "-", "-", "-o", "-");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("'-' (standard input) is named more than once");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void noCleanWritesTheTextAsItIs() throws IOException {
    Path in = Files.writeString(tmp.resolve("a.txt"), "Raw\u00a0 text  \r\n\r\n\r\nkept.");
    CliRun r = CleanCommandTest.run("clean", in.toString(), "-o", "-", "--no-clean", "--quiet");
    assertThat(jsonl(r.out()).get(0).get("text").asText()).isEqualTo("Raw\u00a0 text  \r\n\r\n\r\nkept.");
  }

  @Test
  void inputFormatOverrideAndBadValues() throws IOException {
    Path in = Files.writeString(tmp.resolve("data.log"), "{\"text\":\"a log of JSON\"}\n");
    CliRun r = CleanCommandTest.run("clean", in.toString(), "-o", "-", "--input-format", "TEXT");
    assertThat(jsonl(r.out()).get(0).get("text").asText()).isEqualTo("{\"text\":\"a log of JSON\"}");
    assertThat(CleanCommandTest.run("clean", in.toString(), "-o", "-", "--threads", "0").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(CleanCommandTest.run("clean", in.toString(), "-o", "-", "--input-format", "PDF").exit()).isEqualTo(ExitCodes.USAGE);
  }
}
