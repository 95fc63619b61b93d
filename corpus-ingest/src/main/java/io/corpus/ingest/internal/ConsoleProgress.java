package io.corpus.ingest.internal;

import io.corpus.ingest.JobSummary;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar redrawn in place ({@code \r}) at most five times a second: documents,
 * MB read, MB/s and, when the total size is known, the percentage and the time left. The caller
 * decides whether a terminal is attached. Not thread-safe: the writing thread drives it.
 */
public final class ConsoleProgress {

  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter out;
  private final LongSupplier bytesRead;
  private final OptionalLong total;
  private final long start = System.nanoTime();
  private long last = start;
  private int lastWidth;

  public ConsoleProgress(PrintWriter out, LongSupplier bytesRead, OptionalLong total) {
    this.out = out;
    this.bytesRead = bytesRead;
    this.total = total;
  }

  /** Redraws the line if enough time has passed. */
  public void update(long documents) {
    long now = System.nanoTime();
    if (now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    draw(documents, now);
  }

  /** Clears the line (the summary follows). */
  public void finish() {
    out.print("\r" + " ".repeat(lastWidth) + "\r");
    out.flush();
  }

  private void draw(long documents, long now) {
    double secs = (now - start) / 1e9;
    long bytes = bytesRead.getAsLong();
    double mbps = secs > 0 ? bytes / 1e6 / secs : 0;
    StringBuilder sb = new StringBuilder();
    sb.append(JobSummary.documents(documents))
        .append(String.format(Locale.ROOT, "  %,.1f MB  %.1f MB/s", bytes / 1e6, mbps));
    if (total.isPresent() && total.getAsLong() > 0) {
      long t = total.getAsLong();
      double frac = Math.min(1.0, (double) bytes / t);
      int filled = (int) (frac * 20);
      sb.insert(0, "[" + "#".repeat(filled) + " ".repeat(20 - filled) + "] ");
      sb.append(String.format(Locale.ROOT, "  %3.0f%%", frac * 100));
      if (bytes > 0 && mbps > 0) {
        long left = (long) ((t - bytes) / 1e6 / mbps);
        sb.append(String.format(Locale.ROOT, "  ETA %d:%02d", left / 60, left % 60));
      }
    }
    String line = sb.toString();
    int pad = Math.max(0, lastWidth - line.length());
    lastWidth = line.length();
    out.print("\r" + line + " ".repeat(pad));
    out.flush();
  }
}
