package io.corpus.bench;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Cleaner;
import io.corpus.model.RawDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the cleaner's time goes: cleans the plain-text documents of a JSONL file (each with its
 * id, as the command line does) with the standard steps, each wrapped in a timer, on one thread,
 * for several rounds in one JVM, and prints the whole cleaner's cost and each step's in
 * nanoseconds per char of text: the median over the second half of the rounds. What no step accounts for is the pipeline's own
 * work: applying each step's edits, the speaker turns and building the document. Then the standard
 * cleaner as it is (no timers, and with its second pass over the header), for as many rounds.
 *
 * <pre>
 * StepProfile FILE.jsonl [ROUNDS]
 * </pre>
 */
public final class StepProfile {

  private StepProfile() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: StepProfile FILE.jsonl [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    PlainTexts texts = PlainTexts.read(Path.of(args[0]));
    List<RawDocument> docs = texts.docs;
    long chars = texts.chars;
    List<CleanStep> steps = Cleaner.standard().steps();
    long[] nanos = new long[steps.size()];
    Cleaner.Builder b = Cleaner.builder();
    List<CleanStep> timed = new ArrayList<>();
    for (int k = 0; k < steps.size(); k++) {
      CleanStep step = steps.get(k);
      b.disable(step.id());
      timed.add(timed(step, nanos, k));
    }
    Cleaner cleaner = b.addSteps(timed).build();
    System.out.printf("%d documents, %.1f M chars of text%n", docs.size(), chars / 1e6);
    // The second half of the rounds are measured (the first half warms the JIT up); each figure is
    // the median over them, which this machine's noise from round to round moves far less than
    // a single round.
    int measured = Math.max(1, rounds / 2);
    long[][] stepNanos = new long[measured][];
    long[] totals = new long[measured];
    for (int round = 1; round <= rounds; round++) {
      java.util.Arrays.fill(nanos, 0);
      long t0 = System.nanoTime();
      for (RawDocument d : docs) {
        cleaner.clean(d);
      }
      long total = System.nanoTime() - t0;
      System.out.printf("round %d: %.2f ns/char (%.1f M chars/s)%n", round, (double) total / chars, chars * 1e3 / total);
      int m = round - (rounds - measured) - 1;
      if (m >= 0) {
        stepNanos[m] = nanos.clone();
        totals[m] = total;
      }
    }
    System.out.printf("median of the last %d rounds: %.2f ns/char%n", measured, median(totals) / chars);
    double inSteps = 0;
    for (int k = 0; k < steps.size(); k++) {
      long[] perRound = new long[measured];
      for (int m = 0; m < measured; m++) {
        perRound[m] = stepNanos[m][k];
      }
      double ns = median(perRound);
      System.out.printf("  %-26s %5.2f ns/char%n", steps.get(k).id(), ns / chars);
      inSteps += ns;
    }
    System.out.printf("  %-26s %5.2f ns/char%n", "(pipeline, outside steps)", (median(totals) - inSteps) / chars);
    // The standard cleaner itself, without the timers: it also runs the header steps once more
    // when the headline step took lines (the timed copies above are not the built-in steps, so
    // that second pass is not in their figures).
    Cleaner standard = Cleaner.standard();
    long[] plain = new long[measured];
    for (int round = 0; round < measured; round++) {
      long t0 = System.nanoTime();
      for (RawDocument d : docs) {
        standard.clean(d);
      }
      plain[round] = System.nanoTime() - t0;
    }
    System.out.printf("standard cleaner, no timers (median of %d rounds): %.2f ns/char%n", measured, median(plain) / chars);
  }

  private static double median(long[] values) {
    long[] v = values.clone();
    java.util.Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
  }

  /** {@code step} under a timer, with the same id and phase (the built-in one is disabled). */
  private static CleanStep timed(CleanStep step, long[] nanos, int k) {
    return CleanStep.of("timed." + step.id(), step.description(), step.phase(), draft -> {
      long t0 = System.nanoTime();
      step.apply(draft);
      nanos[k] += System.nanoTime() - t0;
    });
  }
}
