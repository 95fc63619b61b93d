package io.corpus.ingest;

import io.corpus.clean.Cleaner;
import io.corpus.clean.UncleanableDocumentException;
import io.corpus.clean.meta.FieldValues;
import io.corpus.export.DatasetException;
import io.corpus.export.DocumentSink;
import io.corpus.ingest.internal.ConsoleProgress;
import io.corpus.ingest.internal.IdRegistry;
import io.corpus.ingest.internal.RejectsWriter;
import io.corpus.model.ContentType;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import io.corpus.model.Removal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs a corpus through the cleaner: reads the inputs in order, cleans on {@code threads} worker
 * threads (at most one per core), and writes the documents in input order whatever the thread
 * count.
 *
 * <p>Memory stays flat: the reading thread frames records (a JSONL line, a CSV record, a WARC
 * record) and hands them in batches to the workers, which decode, parse, clean and, when the
 * output format allows ({@link DocumentSink#encode}), encode them; at most {@code 4 × threads}
 * batches of up to 64 records and 16 MiB of input are in flight, and no single document larger
 * than {@link InputOptions#maxDocumentBytes()} is ever read. The reading thread also writes: it
 * takes finished batches from the head of the in-flight window in order, so output order never
 * depends on timing, and only appends their bytes. With one thread, the calling thread does all
 * of it.
 *
 * <p>Every record that cannot be processed goes to the rejects file (when one is set) and is
 * counted; warnings (a Windows-1252 fallback, a repeated id made unique) are counted and the first
 * ones printed. Output goes through {@link SafeOutput}: nothing appears at the target until the
 * run has finished. A job is immutable; {@link #run} may be called more than once, not
 * concurrently on the same output.
 *
 * <pre>{@code
 * CorpusJob job = CorpusJob.builder().threads(4).rejects(Path.of("rejects.jsonl")).build();
 * JobSummary s = job.run(InputSet.of(List.of("dumps/"), InputOptions.DEFAULT, System.in),
 *     Path.of("clean.jsonl"), System.out, out -> DocumentSinks.open(out, OutputFormat.JSONL, opts));
 * System.err.print(s.format());
 * }</pre>
 */
public final class CorpusJob {

  /** Opens the sink the documents are written to, on the stream the job provides. */
  @FunctionalInterface
  public interface SinkFactory {
    DocumentSink open(OutputStream out) throws IOException;
  }

  private static final long MAX_IN_FLIGHT_BYTES = 16L << 20;
  /** Records per batch handed to a worker, and the bytes at which a batch is sent early. */
  private static final int BATCH_RECORDS = 64;
  private static final long BATCH_BYTES = 256L << 10;
  /** Batches queued or being processed per worker thread. */
  private static final int BATCHES_IN_FLIGHT_PER_THREAD = 4;

  private final @Nullable Cleaner cleaner;
  private final int threads;
  private final @Nullable Path rejects;
  private final boolean force;
  private final PrintWriter messages;
  private final boolean progress;
  private final int maxMessages;

  private CorpusJob(Builder b) {
    this.cleaner = b.noClean ? null : (b.cleaner != null ? b.cleaner : Cleaner.standard());
    this.threads = b.threads;
    this.rejects = b.rejects;
    this.force = b.force;
    this.messages = b.messages;
    this.progress = b.progress;
    this.maxMessages = b.maxMessages;
  }

  /** A builder with the defaults: standard cleaner, one thread per core, no rejects file. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the job.
   *
   * @param output the output file, or null to write to {@code stdout}
   * @param stdout where output goes when {@code output} is null; flushed, never closed
   * @param sinks opens the document sink (the output format) on the output stream
   * @return the account of the run
   * @throws java.nio.file.FileAlreadyExistsException if the output or rejects file exists and
   *     {@code force} is off (checked before anything is read)
   * @throws IOException if the output cannot be written; no partial output is left
   */
  public JobSummary run(InputSet inputs, @Nullable Path output, OutputStream stdout, SinkFactory sinks)
      throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(sinks, "sinks");
    long start = System.nanoTime();
    inputs.skipResults(java.util.stream.Stream.of(output, rejects).filter(Objects::nonNull).toList());
    try (SafeOutput out = output == null ? SafeOutput.of(stdout) : SafeOutput.create(output, force);
        SafeOutput rej = rejects == null ? null : SafeOutput.create(rejects, force)) {
      Run run = new Run(inputs, sinks.open(out.stream()), rej == null ? null : new RejectsWriter(rej.stream()));
      run.all();
      run.sink.close();
      if (run.rejectsWriter != null) {
        run.rejectsWriter.close();
      }
      out.commit();
      if (rej != null) {
        rej.commit();
      }
      run.finishMessages();
      return new JobSummary(
          run.read, run.written, run.rejected, run.skipped, run.truncated, run.warnings,
          run.removals, inputs.bytesRead(), Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** What one record became after decoding, cleaning and (when the sink can) encoding. */
  private static final class Outcome {
    final InputRecord record;
    final @Nullable CorpusDocument document;
    /** The document's output bytes, when the sink encodes on the worker; else null. */
    final byte @Nullable [] encoded;

    Outcome(InputRecord record, @Nullable CorpusDocument document, byte @Nullable [] encoded) {
      this.record = record;
      this.document = document;
      this.encoded = encoded;
    }
  }

  private Outcome process(SourceEntry entry, DocumentSink sink) {
    InputRecord r = entry.decode();
    if (!(r instanceof InputRecord.Document)) {
      return new Outcome(r, null, null);
    }
    InputRecord.Document d = (InputRecord.Document) r;
    CorpusDocument doc;
    try {
      doc = cleaner == null ? passThrough(d.document()) : cleaner.clean(d.document());
    } catch (UnsupportedOperationException | UncleanableDocumentException e) {
      return new Outcome(new InputRecord.Reject(d.source(), d.number(), String.valueOf(e.getMessage()), d.document().content()), null, null);
    } catch (OutOfMemoryError e) {
      // One pathological document (markup the HTML parser multiplies, say) must not end the run:
      // what it allocated is garbage once this unwinds. The reader and writer keep little.
      return new Outcome(new InputRecord.Reject(d.source(), d.number(), String.format(Locale.ROOT,
          "cleaning it ran out of memory (%,d chars of %s); give the run more with CORPUS_JAVA_OPTS=-Xmx1g",
          d.document().content().length(), d.document().type() == ContentType.HTML ? "HTML" : "text"),
          d.document().content()), null, null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(new InputRecord.Reject(d.source(), d.number(), "cleaning failed: " + e, d.document().content()), null, null);
    }
    try {
      return new Outcome(d, doc, sink.encode(doc));
    } catch (DatasetException | IOException e) {
      return new Outcome(unwritable(d, e), null, null);
    }
  }

  private static InputRecord.Reject unwritable(InputRecord.Document d, Exception e) {
    return new InputRecord.Reject(d.source(), d.number(), "cannot be written: " + e.getMessage(), d.document().content());
  }

  /** The input as a document, text untouched: the pass-through floor of the benchmark. */
  static CorpusDocument passThrough(RawDocument raw) {
    return CorpusDocument.builder(raw.id() != null ? raw.id() : Cleaner.deriveId(raw), raw.source())
        .url(raw.url())
        .title(raw.metadata().get("title"))
        .text(raw.content())
        .build();
  }

  /** The mutable state of one run; confined to the calling thread. */
  private final class Run {
    final InputSet inputs;
    final DocumentSink sink;
    final @Nullable RejectsWriter rejectsWriter;
    final IdRegistry ids = new IdRegistry();
    final Map<String, Long> removals = new HashMap<>();
    final @Nullable ConsoleProgress bar;
    long read;
    long written;
    long rejected;
    long skipped;
    long truncated;
    long warnings;
    int rejectsShown;
    int warningsShown;
    int skipsShown;

    Run(InputSet inputs, DocumentSink sink, @Nullable RejectsWriter rejectsWriter) {
      this.inputs = inputs;
      this.sink = sink;
      this.rejectsWriter = rejectsWriter;
      this.bar = progress ? new ConsoleProgress(messages, inputs::bytesRead, inputs.totalBytes()) : null;
    }

    void all() throws IOException {
      // The workers only compute (the reading thread does all the I/O), so more of them than
      // cores cannot go faster; they would take the cores from the JIT compilers, and code left
      // uncompiled longer costs far more: 16 workers on 2 cores ran 1.3 to 3 times slower than 2.
      int cores = Runtime.getRuntime().availableProcessors();
      int workers = Math.min(threads, cores);
      if (workers < threads) {
        messages.println("note: " + threads + " threads asked for, " + workers + " used: this machine has " + cores
            + (cores == 1 ? " core" : " cores") + ", and more workers than cores only slow each other down");
      }
      if (workers == 1) {
        for (DocumentSource src : inputs) {
          try (src) {
            while (src.hasNext()) {
              handle(process(src.next(), sink));
            }
          }
        }
        return;
      }
      // Records travel to the workers in batches: one task per record would cost a hand-over
      // (a queue operation and often a thread wake-up) per document, as much as a short
      // document's whole pass-through. The window of batches in flight keeps output in order.
      ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
      try {
        ArrayDeque<CompletableFuture<List<Outcome>>> window = new ArrayDeque<>();
        ArrayDeque<Long> sizes = new ArrayDeque<>();
        long inFlightBytes = 0;
        int maxBatches = workers * BATCHES_IN_FLIGHT_PER_THREAD;
        List<SourceEntry> batch = new ArrayList<>(BATCH_RECORDS);
        long batchBytes = 0;
        for (DocumentSource src : inputs) {
          try (src) {
            while (true) {
              boolean more = src.hasNext();
              if (more) {
                SourceEntry e = src.next();
                batch.add(e);
                batchBytes += e.size();
              }
              if (!batch.isEmpty() && (!more || batch.size() >= BATCH_RECORDS || batchBytes >= BATCH_BYTES)) {
                List<SourceEntry> work = batch;
                window.add(CompletableFuture.supplyAsync(() -> processAll(work), pool));
                sizes.add(batchBytes);
                inFlightBytes += batchBytes;
                batch = new ArrayList<>(BATCH_RECORDS);
                batchBytes = 0;
              }
              while (!window.isEmpty()
                  && (window.peek().isDone() || window.size() >= maxBatches || inFlightBytes > MAX_IN_FLIGHT_BYTES)) {
                inFlightBytes -= sizes.poll();
                for (Outcome o : window.poll().join()) {
                  handle(o);
                }
              }
              if (!more) {
                break;
              }
            }
          }
        }
        while (!window.isEmpty()) {
          for (Outcome o : window.poll().join()) {
            handle(o);
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }

    private List<Outcome> processAll(List<SourceEntry> work) {
      List<Outcome> out = new ArrayList<>(work.size());
      for (SourceEntry e : work) {
        out.add(process(e, sink));
      }
      return out;
    }

    void handle(Outcome o) throws IOException {
      InputRecord r = o.record;
      if (r instanceof InputRecord.Reject) {
        read++;
        reject((InputRecord.Reject) r);
      } else if (r instanceof InputRecord.Skipped) {
        skipped++;
        InputRecord.Skipped s = (InputRecord.Skipped) r;
        if (s.number() == 0 && skipsShown++ < maxMessages) {
          messages.println("skipped " + s.source() + ": " + s.reason());
        }
      } else {
        InputRecord.Document d = (InputRecord.Document) r;
        CorpusDocument doc = Objects.requireNonNull(o.document);
        read++;
        for (String w : d.warnings()) {
          warn(w);
        }
        String stated = d.document().metadata().get("published");
        if (cleaner != null && stated != null && FieldValues.date(stated) == null) {
          warn(doc.source() + ": its date \"" + shortened(stated) + "\" is no date corpus reads (ISO 8601, \"November 19,"
              + " 2021\", \"Fri, 19 Nov 2021 17:38:00 GMT\", 11/19/2021, Unix time); published "
              + (doc.published() == null ? "is left empty" : "is the date line in its text"));
        }
        // The id is registered only once the document is written: a refused one leaves it free.
        String id = ids.firstFree(doc.id());
        byte[] encoded = o.encoded;
        String repeated = null;
        if (!id.equals(doc.id())) {
          repeated = doc.id();
          doc = doc.withId(id);
          encoded = null;
        }
        if (writes(doc, encoded, d)) {
          ids.claim(id);
          if (repeated != null) {
            warn(doc.source() + " repeats the id \"" + repeated + "\"; written as \"" + id + "\"");
          }
          written++;
          if (doc.truncated()) {
            truncated++;
          }
          for (Removal rm : doc.removals()) {
            removals.merge(rm.ruleId(), 1L, Long::sum);
          }
        }
      }
      if (bar != null) {
        bar.update(read);
      }
    }

    /**
     * Writes a document (its encoded bytes when the worker encoded it); a document the sink
     * refuses (a {@link DatasetException}: nothing of it is written) becomes a reject instead.
     */
    private boolean writes(CorpusDocument doc, byte @Nullable [] encoded, InputRecord.Document d) throws IOException {
      try {
        if (encoded != null) {
          sink.writeEncoded(encoded);
        } else {
          sink.write(doc);
        }
        return true;
      } catch (DatasetException e) {
        reject(unwritable(d, e));
        return false;
      }
    }

    /** Counts and lists a record that was read but is not written (the caller counted it as read). */
    void reject(InputRecord.Reject rj) throws IOException {
      rejected++;
      if (rejectsWriter != null) {
        rejectsWriter.write(rj);
      }
      if (rejectsShown++ < maxMessages) {
        messages.println("rejected " + rj);
      }
    }

    private static String shortened(String s) {
      String t = s.strip();
      return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    void warn(String w) {
      warnings++;
      if (warningsShown++ < maxMessages) {
        messages.println("warning: " + w);
      }
    }

    void finishMessages() {
      if (bar != null) {
        bar.finish();
      }
      if (rejectsShown > maxMessages) {
        messages.println("… " + (rejectsShown - maxMessages) + " more rejected"
            + (rejects != null ? " (all are listed in " + rejects + ")" : " (use --rejects FILE to list them all)"));
      }
      if (warningsShown > maxMessages) {
        messages.println("… " + (warningsShown - maxMessages) + " more warnings");
      }
      if (skipsShown > maxMessages) {
        messages.println("… " + (skipsShown - maxMessages) + " more skipped files");
      }
      messages.flush();
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "corpus-clean-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Builds a {@link CorpusJob}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Cleaner cleaner;
    private boolean noClean;
    private int threads = Runtime.getRuntime().availableProcessors();
    private @Nullable Path rejects;
    private boolean force;
    private PrintWriter messages = new PrintWriter(System.err, true);
    private boolean progress;
    private int maxMessages = 20;

    private Builder() {}

    /** The cleaner to run (default {@link Cleaner#standard()}). */
    public Builder cleaner(Cleaner value) {
      cleaner = Objects.requireNonNull(value, "cleaner");
      return this;
    }

    /** Whether to skip cleaning and write each input's text as it is (the pass-through floor). */
    public Builder noClean(boolean value) {
      noClean = value;
      return this;
    }

    /**
     * Worker threads (default: the number of cores). 1 runs everything on the calling thread. More
     * than the cores are not used: the workers only compute, and extra ones would only take the
     * cores from each other and from the JIT compilers (a note on the messages stream says so).
     */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + value);
      }
      threads = value;
      return this;
    }

    /** Where to list rejected records as JSON Lines (default: nowhere; they are still counted). */
    public Builder rejects(@Nullable Path value) {
      rejects = value;
      return this;
    }

    /** Whether existing output and rejects files may be replaced (default false). */
    public Builder force(boolean value) {
      force = value;
      return this;
    }

    /** Where warnings, reject notices and the progress bar go (default standard error). */
    public Builder messages(PrintWriter value) {
      messages = Objects.requireNonNull(value, "messages");
      return this;
    }

    /** Whether to draw a progress bar on {@link #messages} (the caller checks for a terminal). */
    public Builder progress(boolean value) {
      progress = value;
      return this;
    }

    /** How many rejects, warnings and skipped files to print each before summarizing (default 20). */
    public Builder maxMessages(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("maxMessages must not be negative, got " + value);
      }
      maxMessages = value;
      return this;
    }

    public CorpusJob build() {
      return new CorpusJob(this);
    }
  }
}
