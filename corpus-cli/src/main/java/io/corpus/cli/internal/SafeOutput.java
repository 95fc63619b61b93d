package io.corpus.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file that appears only when complete: bytes go to a temporary file beside the target,
 * which {@link #commit()} renames into place. An abandoned output deletes its temporary file.
 */
public final class SafeOutput implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final OutputStream stream;
  private boolean committed;

  public SafeOutput(Path target) throws IOException {
    this.target = target.toAbsolutePath();
    Path dir = this.target.getParent();
    Files.createDirectories(dir);
    this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".part");
    this.stream = Files.newOutputStream(temp);
  }

  public OutputStream stream() {
    return stream;
  }

  /** Moves the finished file into place. Call after the stream (or the sink over it) is closed. */
  public void commit() throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        stream.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }
}
