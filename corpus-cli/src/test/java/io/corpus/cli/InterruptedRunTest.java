package io.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An interrupted run leaves no output behind: {@code corpus clean} runs in its own JVM, reading
 * standard input that the test keeps open, so it is surely mid-run, with its temporary output
 * file written, when the test stops it with SIGINT (Ctrl-C) or SIGTERM ({@code kill}). Then
 * neither the output nor the temporary file may be left in the folder.
 */
class InterruptedRunTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"INT", "TERM"})
  void aStoppedRunLeavesNeitherTheOutputNorItsTemporaryFile(String signal) throws Exception {
    Path out = tmp.resolve("clean.jsonl");
    Path err = tmp.resolve("err.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
            "clean", "-", "-o", out.toString(), "--quiet")
        .redirectError(err.toFile())
        .redirectOutput(tmp.resolve("stdout.txt").toFile())
        .start();
    try {
      OutputStream stdin = p.getOutputStream();
      for (int i = 0; i < 2_000; i++) {
        stdin.write(("{\"id\":\"d" + i + "\",\"text\":\"Story " + i + " text.\"}\n").getBytes(StandardCharsets.UTF_8));
      }
      stdin.flush(); // and kept open: the run waits for more

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (partFiles().isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(partFiles()).as("the temporary output of the running job; stderr: %s", read(err)).isNotEmpty();
      assertThat(p.isAlive()).isTrue();

      int killed = new ProcessBuilder("sh", "-c", "kill -" + signal + " " + p.pid()).start().waitFor();
      assertThat(killed).isZero();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the run stopped").isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(out).doesNotExist();
    assertThat(partFiles()).as("temporary files left").isEmpty();
  }

  private List<Path> partFiles() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
    }
  }

  private static String read(Path p) throws IOException {
    return Files.exists(p) ? Files.readString(p) : "";
  }
}
