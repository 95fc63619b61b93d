package io.corpus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corpus.clean.Cleaner;
import io.corpus.clean.html.ContentExtractor;
import io.corpus.clean.html.HtmlDecoding;
import io.corpus.model.ContentType;
import io.corpus.model.RawDocument;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;
import org.jsoup.parser.Parser;

/**
 * Runs HTML extraction over the Scrapinghub article-extraction benchmark in process, on one thread,
 * after a warm-up; writes the predictions (and the matching slice of the ground truth) for the
 * benchmark's own scorer and prints pages per second.
 *
 * <pre>
 * HtmlBenchmark --data DIR --out DIR [--split all|even|odd] [--mode clean|extract|jsoup-text]
 *               [--warmup-seconds 10] [--rounds 5]
 * </pre>
 *
 * {@code --split even} takes the pages at even positions of the sorted ids (the half the extractor
 * was developed on), {@code odd} the other half. {@code --mode clean} times the whole {@link
 * Cleaner} (parse, DOM rules, metadata, extraction, text rules); {@code extract} times parsing and
 * {@link ContentExtractor} alone; {@code jsoup-text} times {@code Jsoup.parse(html).body().text()},
 * the benchmark README's reference point, so that figures taken on a busy machine can be compared.
 */
public final class HtmlBenchmark {

  private HtmlBenchmark() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = parse(args);
    Path data = Path.of(opts.getOrDefault("--data", "../shared/bench/scrapinghub/data"));
    Path out = Path.of(opts.getOrDefault("--out", "target/html-benchmark"));
    String split = opts.getOrDefault("--split", "all");
    String mode = opts.getOrDefault("--mode", "clean");
    double warmupSeconds = Double.parseDouble(opts.getOrDefault("--warmup-seconds", "10"));
    int rounds = Integer.parseInt(opts.getOrDefault("--rounds", "5"));

    ObjectMapper json = new ObjectMapper();
    JsonNode truth = json.readTree(data.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    ids.sort(null);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (split.equals("all") || (split.equals("even") && i % 2 == 0) || (split.equals("odd") && i % 2 == 1)) {
        chosen.add(ids.get(i));
      }
    }
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("no pages for split " + split + " in " + data);
    }
    List<byte[]> pages = new ArrayList<>();
    for (String id : chosen) {
      Path file = data.resolve("html").resolve(id + ".html.gz");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        pages.add(in.readAllBytes());
      }
    }

    BiFunction<String, byte[], String> extractor = extractor(mode);
    // Pages carry their benchmark id, as records of a JSONL scrape carry theirs (otherwise the
    // cleaner would hash every page to make one).
    String[] predictions = new String[pages.size()];
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    int warmPasses = 0;
    do {
      for (int i = 0; i < pages.size(); i++) {
        predictions[i] = extractor.apply(chosen.get(i), pages.get(i));
      }
      warmPasses++;
    } while (System.nanoTime() < warmEnd);

    double[] rates = new double[rounds];
    double[] cpuRates = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (int i = 0; i < pages.size(); i++) {
        predictions[i] = extractor.apply(chosen.get(i), pages.get(i));
      }
      rates[r] = pages.size() / ((System.nanoTime() - t0) / 1e9);
      cpuRates[r] = pages.size() / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
    }
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    double[] cpuSorted = cpuRates.clone();
    Arrays.sort(cpuSorted);

    Files.createDirectories(out);
    ObjectNode pred = json.createObjectNode();
    ObjectNode gt = json.createObjectNode();
    for (int i = 0; i < chosen.size(); i++) {
      pred.putObject(chosen.get(i)).put("articleBody", predictions[i]);
      gt.set(chosen.get(i), truth.get(chosen.get(i)));
    }
    String name = "corpus-" + mode + "-" + split;
    json.writerWithDefaultPrettyPrinter().writeValue(out.resolve(name + ".json").toFile(), pred);
    json.writeValue(out.resolve("ground-truth-" + split + ".json").toFile(), gt);
    System.out.printf(
        "%s: %d pages, warm-up %d passes; pages/s (wall clock) median %.0f, best %.0f, worst %.0f over %d rounds;"
            + " pages per CPU-second of the thread, median %.0f%n",
        name, pages.size(), warmPasses, sorted[sorted.length / 2], sorted[sorted.length - 1], sorted[0], rounds,
        cpuSorted[cpuSorted.length / 2]);
  }

  private static BiFunction<String, byte[], String> extractor(String mode) {
    switch (mode) {
      case "extract":
        return (id, bytes) -> {
          String html = HtmlDecoding.decode(bytes);
          return ContentExtractor.standard()
              .extract(Parser.htmlParser().setTrackPosition(true).parseInput(html, ""))
              .text();
        };
      case "clean":
        Cleaner cleaner = Cleaner.standard();
        return (id, bytes) ->
            cleaner
                .clean(new RawDocument(id + ".html", id, null, HtmlDecoding.decode(bytes), ContentType.HTML, Map.of()))
                .text();
      case "jsoup-text":
        // The reference point of the benchmark's README: everything, no extraction (402 pages/s there).
        return (id, bytes) -> org.jsoup.Jsoup.parse(HtmlDecoding.decode(bytes)).body().text();
      default:
        throw new IllegalArgumentException("--mode must be clean, extract or jsoup-text, got " + mode);
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
      }
      m.put(args[i], args[++i]);
    }
    return m;
  }
}
