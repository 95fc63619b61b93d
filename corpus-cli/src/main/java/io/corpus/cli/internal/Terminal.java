package io.corpus.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Whether standard error (or output) is a terminal, which decides the progress bar. Java 17 cannot
 * ask about one stream: {@link System#console()} is null as soon as standard input or output is
 * redirected, so {@code corpus clean big.jsonl -o - | gzip > clean.gz}, the common case, would
 * show no bar on the terminal its standard error still is. In order: the {@value #PROPERTY} system
 * property, which the {@code corpus} launcher sets from the shell's {@code [ -t 2 ]}; where {@code
 * /proc} exists, the file descriptor 2 points to; else {@link System#console()}.
 */
public final class Terminal {

  /** {@code true} or {@code false}; the launcher sets it. */
  public static final String PROPERTY = "corpus.stderrIsTerminal";

  /** The same for standard output. */
  public static final String STDOUT_PROPERTY = "corpus.stdoutIsTerminal";

  private Terminal() {}

  /** Whether this process's standard error is a terminal, as described above. */
  public static boolean stderrIsTerminal() {
    return decide(System.getProperty(PROPERTY), target(2), System.console() != null);
  }

  /** Whether this process's standard output is a terminal, decided the same way. */
  public static boolean stdoutIsTerminal() {
    return decide(System.getProperty(STDOUT_PROPERTY), target(1), System.console() != null);
  }

  private static @Nullable String target(int fd) {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null; // no /proc here: fall back on the console
    }
  }

  /**
   * The decision itself.
   *
   * @param property the {@value #PROPERTY} system property, if set
   * @param fd2 where {@code /proc/self/fd/2} points, if it could be read
   * @param console whether {@link System#console()} is non-null
   */
  static boolean decide(@Nullable String property, @Nullable String fd2, boolean console) {
    if (property != null && !property.isBlank()) {
      return Boolean.parseBoolean(property.strip());
    }
    if (fd2 != null) {
      return fd2.startsWith("/dev/pts/") || fd2.startsWith("/dev/tty") || fd2.equals("/dev/console");
    }
    return console;
  }
}
