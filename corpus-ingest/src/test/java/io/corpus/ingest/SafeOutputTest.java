package io.corpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeOutputTest {

  @TempDir Path dir;

  private long files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void nothingAppearsUntilCommit() throws IOException {
    Path target = dir.resolve("out.jsonl");
    try (SafeOutput out = SafeOutput.create(target, false)) {
      out.stream().write("partial".getBytes(StandardCharsets.UTF_8));
      out.stream().flush();
      assertThat(target).doesNotExist();
      out.commit();
    }
    assertThat(target).hasContent("partial");
    assertThat(files()).isEqualTo(1);
  }

  @Test
  void theDatasetIsReadableByOthersLikeAnOrdinaryFile() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path target = dir.resolve("shared.jsonl");
    try (SafeOutput out = SafeOutput.create(target, false)) {
      out.stream().write('x');
      out.commit();
    }
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void closingWithoutCommitDeletesTheTemporaryFile() throws IOException {
    try (SafeOutput out = SafeOutput.create(dir.resolve("out.jsonl"), false)) {
      out.stream().write(new byte[100_000]);
    }
    assertThat(files()).isZero();
  }

  @Test
  void aNamedPipeIsWrittenDirectlyNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no mkfifo here: " + e.getMessage());
      return;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    assertThat(SafeOutput.isStream(fifo)).isTrue();
    java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    try (SafeOutput out = SafeOutput.create(fifo, false)) { // no force: a pipe is not replaced
      out.stream().write("through the pipe".getBytes(StandardCharsets.UTF_8));
      out.commit();
    }
    assertThat(new String(read.get(10, java.util.concurrent.TimeUnit.SECONDS), StandardCharsets.UTF_8))
        .isEqualTo("through the pipe");
    assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
    assertThat(files()).as("no temporary file left").isEqualTo(1);
  }

  @Test
  void aFailedWriteNamesTheOutput() throws IOException {
    Path full = Path.of("/dev/full"); // Linux: every write fails with "No space left on device"
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "no /dev/full here");
    try (SafeOutput out = SafeOutput.create(full, false)) {
      assertThatThrownBy(() -> {
        out.stream().write(new byte[1 << 20]);
        out.commit();
      }).isInstanceOf(IOException.class).hasMessageStartingWith("cannot write /dev/full: ");
    }
    assertThat(Files.isRegularFile(full)).isFalse();
  }

  @Test
  void aLinkToAFileStaysALinkAndItsFileIsReplaced() throws IOException {
    Path real = Files.writeString(dir.resolve("v3.jsonl"), "old\n");
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("latest.jsonl"), real.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e.getMessage());
      return;
    }
    assertThat(SafeOutput.isStream(link)).isFalse();
    assertThatThrownBy(() -> SafeOutput.create(link, false)).isInstanceOf(FileAlreadyExistsException.class);
    try (SafeOutput out = SafeOutput.create(link, true)) {
      out.stream().write("new\n".getBytes(StandardCharsets.UTF_8));
      out.commit();
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new");
    assertThat(files()).isEqualTo(2);
  }

  @Test
  void existingTargetsNeedForce() throws IOException {
    Path target = Files.writeString(dir.resolve("out.jsonl"), "old");
    assertThatThrownBy(() -> SafeOutput.create(target, false)).isInstanceOf(FileAlreadyExistsException.class);
    try (SafeOutput out = SafeOutput.create(target, true)) {
      out.stream().write("new".getBytes(StandardCharsets.UTF_8));
      assertThat(target).hasContent("old");
      out.commit();
    }
    assertThat(target).hasContent("new");
  }

  @Test
  void missingFoldersAreCreatedAndAFileInTheWayIsAClearError() throws IOException {
    try (SafeOutput out = SafeOutput.create(dir.resolve("new/sub/out.jsonl"), false)) {
      out.commit();
    }
    assertThat(dir.resolve("new/sub/out.jsonl")).exists();
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    assertThatThrownBy(() -> SafeOutput.create(blocker.resolve("out.jsonl"), false)).hasMessageContaining("cannot create its folder");
    assertThatThrownBy(() -> SafeOutput.create(dir, true)).hasMessageContaining("is a folder");
  }

  @Test
  void standardOutputIsFlushedNotClosed() throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("standard output must not be closed");
      }
    };
    try (SafeOutput out = SafeOutput.of(stdout)) {
      out.stream().write("x".getBytes(StandardCharsets.UTF_8));
      out.commit();
    }
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("x");
  }
}
