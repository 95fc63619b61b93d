package io.corpus.cli;

/**
 * The exit codes of every {@code corpus} command.
 *
 * <ul>
 *   <li>{@code 0}: every input was processed cleanly.
 *   <li>{@code 1}: the run finished, but some inputs were rejected (missing, unreadable, empty,
 *       malformed) or needed attention; each is named on standard error.
 *   <li>{@code 2}: usage error (unknown option, missing argument, bad value); nothing was written.
 *   <li>{@code 3}: the run could not be completed (e.g. the output could not be written); no
 *       partial output file is left behind.
 * </ul>
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int SOME_REJECTED = 1;
  public static final int USAGE = 2;
  public static final int FAILED = 3;

  private ExitCodes() {}
}
