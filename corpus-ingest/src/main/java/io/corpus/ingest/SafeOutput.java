package io.corpus.ingest;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An output file that appears only when the run finishes: bytes go to a hidden temporary file in
 * the target's folder, and {@link #commit()} renames it over the target in one atomic step. An
 * interrupted run (an exception, Ctrl-C, {@code kill}) leaves no half-written output: {@link
 * #close()} without a commit deletes the temporary file, and so does a shutdown hook when the JVM
 * is stopped mid-run. ({@code kill -9} cannot run the hook; the temporary file, named {@code
 * .TARGET.*.part}, is then left beside the target, never in its place.)
 *
 * <p>A target that exists and is not a regular file (a device such as {@code /dev/null}, a named
 * pipe, a shell's process substitution) is a stream, not a file to replace: it is written
 * directly, without a temporary file and without {@code force}. A symbolic link to a file keeps
 * being a link: the file it points to is replaced.
 *
 * <p>Not thread-safe: one thread writes and commits.
 *
 * <pre>{@code
 * try (SafeOutput out = SafeOutput.create(Path.of("clean.jsonl"), false)) {
 *   out.stream().write(bytes);
 *   out.commit();
 * }
 * }</pre>
 */
public final class SafeOutput implements Closeable {

  private final @Nullable Path target;
  private final @Nullable Path temp;
  private final boolean replace;
  private final OutputStream stream;
  private final @Nullable Thread hook;
  private boolean done;

  private SafeOutput(
      @Nullable Path target, @Nullable Path temp, boolean replace, OutputStream stream, String name) {
    this.target = target;
    this.temp = temp;
    this.replace = replace;
    this.stream = new NamingErrors(stream, name);
    if (temp != null) {
      hook = new Thread(() -> deleteQuietly(temp), "corpus-delete-partial-output");
      Runtime.getRuntime().addShutdownHook(hook);
    } else {
      hook = null;
    }
  }

  /**
   * Prepares to write {@code target}.
   *
   * @param force whether an existing target may be replaced
   * @throws FileAlreadyExistsException if {@code target} exists and {@code force} is false
   * @throws IOException if the target's folder cannot be created (missing folders are) or written
   */
  public static SafeOutput create(Path target, boolean force) throws IOException {
    Objects.requireNonNull(target, "target");
    Path abs = target.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new IOException(target + " is a folder, not a file");
    }
    if (isStream(abs)) {
      return new SafeOutput(
          null, null, false, new BufferedOutputStream(Files.newOutputStream(abs), 1 << 18), target.toString());
    }
    if (Files.isSymbolicLink(abs) && Files.exists(abs)) {
      abs = abs.toRealPath(); // replace the file the link points to, not the link
    }
    if (!force && Files.exists(abs)) {
      throw new FileAlreadyExistsException(target.toString(), null, "already exists (use --force to replace it)");
    }
    Path dir = abs.getParent();
    if (dir == null) {
      throw new IOException("cannot write " + target + ": it has no folder");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": cannot create its folder " + dir
          + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
    }
    Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
    readableLikeAnOrdinaryFile(temp);
    return new SafeOutput(
        abs, temp, force, new BufferedOutputStream(Files.newOutputStream(temp), 1 << 18), target.toString());
  }

  /**
   * Whether {@code target} exists and is neither a regular file nor a folder (links followed): a
   * device, a named pipe or the like, which {@link #create} writes directly and which never needs
   * {@code force}.
   */
  public static boolean isStream(Path target) {
    return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
  }

  /**
   * A temporary file is created owner-only (0600); the finished dataset is for sharing, so it gets
   * the permissions of an ordinary new file (0644) where the file system has POSIX permissions.
   */
  private static void readableLikeAnOrdinaryFile(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** An output that writes straight to {@code out} (standard output); it is flushed, never closed. */
  public static SafeOutput of(OutputStream out) {
    Objects.requireNonNull(out, "out");
    OutputStream keepOpen =
        new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            out.flush();
          }
        };
    return new SafeOutput(null, null, false, new BufferedOutputStream(keepOpen, 1 << 16), "standard output");
  }

  /** Where to write. Closing it is allowed (a sink may close its stream); commit still works. */
  public OutputStream stream() {
    return stream;
  }

  /** Finishes the output: closes the stream and moves the temporary file onto the target. */
  public void commit() throws IOException {
    if (done) {
      throw new IllegalStateException("already committed or closed");
    }
    stream.close();
    if (temp != null && target != null) {
      if (!replace && Files.exists(target)) {
        throw new FileAlreadyExistsException(target.toString(), null, "appeared during the run; output left in " + temp);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    done = true;
    removeHook();
  }

  /** Without a commit, discards what was written (deletes the temporary file). */
  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    try {
      stream.close();
    } catch (IOException e) {
      // discarding anyway
    }
    if (temp != null) {
      deleteQuietly(temp);
    }
    removeHook();
  }

  /**
   * Puts the output's name into a failed write's message ("No space left on device" alone does not
   * say which of the output and the rejects file filled the disk).
   */
  private static final class NamingErrors extends FilterOutputStream {
    private final String name;

    NamingErrors(OutputStream out, String name) {
      super(out);
      this.name = name;
    }

    @Override
    public void write(int b) throws IOException {
      naming(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      naming(() -> out.write(b, off, len));
    }

    @Override
    public void flush() throws IOException {
      naming(out::flush);
    }

    @Override
    public void close() throws IOException {
      naming(out::close);
    }

    private void naming(IoAction action) throws IOException {
      try {
        action.run();
      } catch (IOException e) {
        throw new IOException("cannot write " + name + ": " + e.getMessage(), e);
      }
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private void removeHook() {
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down; the hook runs and finds nothing to delete
      }
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // nothing more can be done at shutdown
    }
  }
}
