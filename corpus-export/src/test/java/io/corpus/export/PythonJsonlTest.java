package io.corpus.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpus.model.CorpusDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python's standard {@code json} module loads the JSONL of the seeds and the hostile set line by
 * line into rows with identical keys, key order and types (what Hugging Face {@code datasets} and
 * pandas need). Skipped without python3, except under CI ({@code CI=true}).
 */
class PythonJsonlTest {

  @TempDir static Path tmp;
  static String python;

  @BeforeAll
  static void findPython() {
    python = LibreOfficeRoundTripTest.onPath("python3");
    if (python == null && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but python3 is not installed");
    }
    Assumptions.assumeTrue(python != null, "python3 is not installed");
  }

  @ParameterizedTest(name = "{0}, provenance {1}")
  @CsvSource({
    "DOCUMENT, false, 'url,title,subtitle,published,publisher,language', 'id,source,url,title,subtitle,authors,published,publisher,language,text,turns,truncated'",
    "DOCUMENT, true, 'url,title,subtitle,published,publisher,language', 'id,source,url,title,subtitle,authors,published,publisher,language,text,turns,truncated,removals'",
    "PARAGRAPH, false, '', 'id,source,paragraph,text'",
    "TURN, false, '', 'id,source,turn,speaker,text'"
  })
  void everyLineHasTheSameKeysAndTypes(Unit unit, boolean provenance, String nullable, String keys) throws Exception {
    List<CorpusDocument> docs = Fixtures.all();
    Path jsonl = tmp.resolve(unit + "-" + provenance + ".jsonl");
    Files.write(jsonl, RoundTripTest.write(docs, OutputFormat.JSONL, ExportOptions.defaults().withUnit(unit).withProvenance(provenance)));
    Path script = tmp.resolve("check_jsonl.py");
    try (InputStream in = getClass().getResourceAsStream("/python/check_jsonl.py")) {
      Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Process p = new ProcessBuilder(python, script.toString(), jsonl.toString(), nullable).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    JsonNode report = new ObjectMapper().readTree(out);
    List<String> seen = new ArrayList<>();
    report.get("keys").forEach(k -> seen.add(k.asText()));
    assertThat(seen).containsExactly(keys.split(","));
    long expectedRows =
        switch (unit) {
          case DOCUMENT -> docs.size();
          case PARAGRAPH -> docs.stream().mapToLong(d -> io.corpus.export.internal.Paragraphs.split(d.text()).size()).sum();
          case TURN -> docs.stream().mapToLong(d -> d.turns().size()).sum();
        };
    assertThat(report.get("rows").asLong()).isEqualTo(expectedRows);
    if (unit == Unit.DOCUMENT) {
      assertThat(report.get("types").get("authors").asText()).isEqualTo("list");
      assertThat(report.get("types").get("truncated").asText()).isEqualTo("boolean");
      assertThat(report.get("types").get("published").asText()).isEqualTo("string");
    }
  }
}
