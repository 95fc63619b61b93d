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
