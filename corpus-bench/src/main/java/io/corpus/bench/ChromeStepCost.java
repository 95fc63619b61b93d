package io.corpus.bench;

import io.corpus.clean.Cleaner;
import io.corpus.model.RawDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the chrome and metadata steps cost: cleans the plain-text documents of a JSONL file with the
 * standard cleaner and with the same cleaner without those steps, in interleaved rounds on one
 * thread (so machine load hits both alike), and prints MB/s per round.
 *
 * <pre>
 * ChromeStepCost FILE.jsonl [ROUNDS]
 * </pre>
 */
public final class ChromeStepCost {

  /** The step ids of the chrome and metadata families. */
  static final String[] STEPS = {
    "chrome.print-header", "chrome.image-credit", "chrome.promo", "chrome.teaser-card", "chrome.site-footer",
    "meta.source-line", "meta.byline", "meta.date-line", "chrome.author-bio", "meta.headline",
    "chrome.cookie-banner", "chrome.feedback", "chrome.media-widget", "chrome.share-row", "chrome.platform-controls"
  };

  private ChromeStepCost() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ChromeStepCost FILE.jsonl [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    PlainTexts texts = PlainTexts.read(Path.of(args[0]));
    List<RawDocument> docs = texts.docs;
    long chars = texts.chars;
    Cleaner with = Cleaner.standard();
    Cleaner.Builder b = Cleaner.builder();
    for (String id : STEPS) {
      b.disable(id);
    }
    Cleaner without = b.build();
    System.out.printf("%d plain-text documents, %.1f M chars%n", docs.size(), chars / 1e6);
    for (int r = 0; r < rounds; r++) {
      double w = time(without, docs);
      double c = time(with, docs);
      System.out.printf("round %d: without %.1f MB/s, with %.1f MB/s (%.0f%% of the time)%n",
          r, chars / 1e6 / w, chars / 1e6 / c, 100 * c / w);
    }
  }

  private static double time(Cleaner cleaner, List<RawDocument> docs) {
    long t0 = System.nanoTime();
    long sink = 0;
    for (RawDocument d : docs) {
      sink += cleaner.clean(d).text().length();
    }
    if (sink < 0) {
      throw new AssertionError();
    }
    return (System.nanoTime() - t0) / 1e9;
  }
}
