package io.corpus.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The account of a finished run. Immutable and thread-safe.
 *
 * @param read records that should have been documents (written + rejected)
 * @param written documents written to the output
 * @param rejected records (or whole inputs) that could not be processed; each is in the rejects file
 * @param skipped records or files that hold no document by design (WARC request records, non-HTML
 *     responses, files of an unknown type found in a folder)
 * @param truncated written documents whose source was cut short
 * @param warnings inputs that needed attention but were kept (e.g. a Windows-1252 fallback, a
 *     repeated id that was made unique)
 * @param removalsByRule how many spans each rule removed, by rule id, in id order
 * @param bytesRead input bytes as stored (compressed bytes for compressed inputs)
 * @param elapsed wall-clock time of the run
 */
public record JobSummary(
    long read,
    long written,
    long rejected,
    long skipped,
    long truncated,
    long warnings,
    Map<String, Long> removalsByRule,
    long bytesRead,
    Duration elapsed) {

  public JobSummary {
    removalsByRule = Map.copyOf(Objects.requireNonNull(removalsByRule, "removalsByRule"));
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** 0 when every record was written without a warning, 1 when any was rejected or warned about. */
  public int exitCode() {
    return rejected > 0 || warnings > 0 ? 1 : 0;
  }

  /** The summary as printed at the end of a run, one fact per line. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    double secs = Math.max(elapsed.toMillis(), 1) / 1000.0;
    // Seconds to the hundredth: runs of a second or less are common (and the benchmark reads them).
    sb.append(String.format(Locale.ROOT, "read %s (%.1f MB in %.2f s, %.1f MB/s)%n",
        documents(read), bytesRead / 1e6, secs, bytesRead / 1e6 / secs));
    sb.append(String.format(Locale.ROOT, "written %,d, rejected %,d, truncated %,d, warnings %,d, skipped %,d%n",
        written, rejected, truncated, warnings, skipped));
    if (!removalsByRule.isEmpty()) {
      sb.append("removals per rule:").append(System.lineSeparator());
      new TreeMap<>(removalsByRule).forEach((rule, n) ->
          sb.append(String.format(Locale.ROOT, "  %-28s %,d%n", rule, n)));
    }
    return sb.toString();
  }

  /** A count of documents for a message: "1 document", "0 documents", "12,345 documents". */
  public static String documents(long n) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "document" : "documents");
  }
}
