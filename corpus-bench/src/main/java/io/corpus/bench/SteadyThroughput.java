package io.corpus.bench;

import io.corpus.export.DocumentSinks;
import io.corpus.export.ExportOptions;
import io.corpus.export.OutputFormat;
import io.corpus.ingest.CorpusJob;
import io.corpus.ingest.InputOptions;
import io.corpus.ingest.InputSet;
import io.corpus.ingest.JobSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Steady-state throughput of {@code corpus clean}: runs the same job the command line runs (read,
 * clean or pass through, write JSONL to a file) several times in one JVM, after warm-up rounds, in
 * interleaved order (pass-through and clean, 1 and 2 threads), and prints the median MB/s of each.
 *
 * <p>A whole-process run of a 1 GB corpus spends a large share of its time warming up (JIT
 * compilation of the cleaner, the HTML parser and the JSON code runs on the cores the work needs);
 * a 50 GB run does not. This measures what the long run sees. {@code bench/throughput.sh} runs it
 * after the whole-process runs and reports both.
 *
 * <pre>
 * SteadyThroughput CORPUS.jsonl OUT.jsonl [WARMUP_ROUNDS] [ROUNDS]
 * </pre>
 */
public final class SteadyThroughput {

  private SteadyThroughput() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SteadyThroughput CORPUS.jsonl OUT.jsonl [WARMUP_ROUNDS] [ROUNDS]");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    // Read once: the rounds then measure the job, not the page cache (the file is cached anyway).
    byte[] input = Files.readAllBytes(corpus);
    double mb = input.length / 1e6;

    Map<String, List<Double>> results = new LinkedHashMap<>();
    String[] configs = {"pass-1", "pass-2", "clean-1", "clean-2"};
    for (String c : configs) {
      results.put(c, new ArrayList<>());
    }
    for (int w = 0; w < warmup; w++) {
      double s = run(input, out, false, 2);
      System.err.printf(Locale.ROOT, "warm-up %d: clean, 2 threads, %.1f MB/s%n", w + 1, mb / s);
    }
    for (int r = 0; r < rounds; r++) {
      for (String c : configs) {
        boolean clean = c.startsWith("clean");
        int threads = c.endsWith("2") ? 2 : 1;
        long cpu0 = processCpuNanos();
        double s = run(input, out, !clean, threads);
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        results.get(c).add(mb / s);
        // CPU per wall second tells idle cores (waiting) from dearer work (cache, GC, hand-overs).
        System.err.printf(Locale.ROOT, "round %d: %s %.1f MB/s, %.2f cores busy, %.2f ns of CPU per byte%n",
            r + 1, c, mb / s, cpu / s, cpu * 1e9 / input.length);
      }
    }
    Files.deleteIfExists(out);
    double pass2 = median(results.get("pass-2"));
    double clean1 = median(results.get("clean-1"));
    double clean2 = median(results.get("clean-2"));
    System.out.printf(Locale.ROOT, "steady pass-1 %.1f%n", median(results.get("pass-1")));
    System.out.printf(Locale.ROOT, "steady pass-2 %.1f%n", pass2);
    System.out.printf(Locale.ROOT, "steady clean-1 %.1f%n", clean1);
    System.out.printf(Locale.ROOT, "steady clean-2 %.1f%n", clean2);
    System.out.printf(Locale.ROOT, "steady ratio %.2f%n", clean2 / pass2);
    System.out.printf(Locale.ROOT, "steady scaling %.2f%n", clean2 / clean1);
  }

  /** One job over the corpus bytes; returns its wall time in seconds. */
  private static double run(byte[] input, Path out, boolean noClean, int threads) throws IOException {
    CorpusJob job = CorpusJob.builder()
        .threads(threads)
        .noClean(noClean)
        .force(true)
        .messages(new PrintWriter(new StringWriter()))
        .build();
    InputSet inputs = InputSet.of(List.of("-"), InputOptions.DEFAULT, new ByteArrayInputStream(input));
    ExportOptions options = ExportOptions.forFileName(out.getFileName().toString());
    long t0 = System.nanoTime();
    JobSummary s = job.run(inputs, out, OutputStream.nullOutputStream(),
        stream -> DocumentSinks.open(stream, OutputFormat.JSONL, options));
    double secs = (System.nanoTime() - t0) / 1e9;
    if (s.written() == 0) {
      throw new IllegalStateException("no document was written: " + s.format());
    }
    return secs;
  }

  /** CPU time of the whole process (all threads, the JIT and GC included), or 0 when the JVM does not tell. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }
}
