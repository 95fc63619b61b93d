package io.corpus.ingest;

import static io.corpus.ingest.Fixtures.NEWS;
import static io.corpus.ingest.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpus.export.DocumentSink;
import io.corpus.model.CorpusDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class CorpusJobTest {

  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  static List<JsonNode> lines(String jsonl) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : jsonl.split("\n")) {
      if (!l.isBlank()) {
        out.add(JSON.readTree(l));
      }
    }
    return out;
  }

  /** A JSONL dump of documents of very different sizes, so that workers finish out of order. */
  static String varied(int n, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int paragraphs = 1 + (r.nextInt(10) == 0 ? 200 : r.nextInt(4));
      StringBuilder text = new StringBuilder();
      for (int p = 0; p < paragraphs; p++) {
        text.append("Paragraph ").append(p).append(" of record ").append(i).append(":\u00a0 ").append(NEWS).append("\n\n");
      }
      sb.append("{\"id\":\"doc-").append(i).append("\",\"text\":").append(InputFormatsTest.jsonString(text.toString())).append("}\n");
    }
    return sb.toString();
  }

  @Test
  void outputOrderEqualsInputOrderWhateverTheThreadCount() throws IOException {
    Path dump = Files.writeString(dir.resolve("dump.jsonl"), varied(400, 7));
    String one = Fixtures.run(CorpusJob.builder().threads(1), List.of(dump)).output();
    String four = Fixtures.run(CorpusJob.builder().threads(4), List.of(dump)).output();
    assertThat(four).isEqualTo(one);
    List<JsonNode> docs = lines(one);
    assertThat(docs).hasSize(400);
    for (int i = 0; i < 400; i++) {
      assertThat(docs.get(i).get("id").asText()).isEqualTo("doc-" + i);
      assertThat(docs.get(i).get("source").asText()).isEqualTo("dump.jsonl#" + (i + 1));
      assertThat(docs.get(i).get("text").asText()).doesNotContain("\u00a0");
    }
  }

  @Test
  void moreThreadsThanCoresRunOneWorkerPerCoreAndSaySo() throws IOException {
    Path dump = Files.writeString(dir.resolve("dump.jsonl"), varied(400, 11));
    int cores = Runtime.getRuntime().availableProcessors();
    java.util.Set<String> workers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    io.corpus.clean.Cleaner watched = io.corpus.clean.Cleaner.builder()
        .addStep(io.corpus.clean.CleanStep.of("test.watch", "notes the thread", io.corpus.clean.Phase.CHROME,
            d -> workers.add(Thread.currentThread().getName())))
        .build();
    Fixtures.Result many = Fixtures.run(CorpusJob.builder().cleaner(watched).threads(cores + 3), List.of(dump));
    assertThat(workers).hasSizeLessThanOrEqualTo(cores);
    assertThat(many.messages()).contains("note: " + (cores + 3) + " threads asked for, " + cores + " used");
    assertThat(many.output()).isEqualTo(Fixtures.run(CorpusJob.builder().cleaner(watched).threads(1), List.of(dump)).output());
    assertThat(Fixtures.run(CorpusJob.builder().threads(cores), List.of(dump)).messages()).doesNotContain("note:");
  }

  @Test
  void aCorruptRecordInTheMiddleOfEachFormatIsListedAndEverythingElseIsWritten() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.jsonl"), "{\"text\":\"alpha one\"}\n{\"text\": broken\n{\"text\":\"alpha three\"}\n");
    byte[] gz = Fixtures.gzip(utf8(varied(300, 3)));
    Files.write(in.resolve("b.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length - 100));
    byte[] bad = utf8("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\n");
    Files.write(in.resolve("c.warc"), Fixtures.concat(
        Fixtures.warc(WarcCompression.NONE, "<p>x</p>"), bad, Fixtures.warc(WarcCompression.NONE, "<p>y</p>")));
    Files.writeString(in.resolve("d.txt"), NEWS);
    Path rejects = dir.resolve("rejects.jsonl");

    Fixtures.Result r = Fixtures.run(CorpusJob.builder().threads(2).rejects(rejects), List.of(in));

    List<JsonNode> out = lines(r.output());
    assertThat(out.get(0).get("text").asText()).isEqualTo("alpha one");
    assertThat(out.get(1).get("text").asText()).isEqualTo("alpha three");
    assertThat(out.get(out.size() - 1).get("source").asText()).isEqualTo("d.txt");
    assertThat(out).filteredOn(n -> n.get("source").asText().startsWith("b.jsonl.gz#")).hasSizeBetween(100, 299);

    List<JsonNode> rej = lines(Files.readString(rejects));
    assertThat(rej).extracting(n -> n.get("source").asText()).contains("a.jsonl", "b.jsonl.gz", "c.warc");
    assertThat(rej.get(0).get("record").asLong()).isEqualTo(2);
    assertThat(rej.get(0).get("reason").asText()).startsWith("invalid JSON");
    assertThat(rej.get(0).get("raw").asText()).as("the line itself, so nothing is lost").isEqualTo("{\"text\": broken");
    assertThat(rej).filteredOn(n -> n.get("source").asText().equals("b.jsonl.gz")).singleElement()
        .satisfies(n -> assertThat(n.get("reason").asText()).contains("ends early"));
    assertThat(out).filteredOn(n -> n.get("source").asText().startsWith("c.warc#")).hasSize(2);
    assertThat(rej).filteredOn(n -> n.get("source").asText().equals("c.warc")).singleElement()
        .satisfies(n -> assertThat(n.get("reason").asText()).contains("Content-Length is \"-5\""));

    JobSummary s = r.summary();
    assertThat(s.rejected()).isEqualTo(rej.size());
    assertThat(s.written()).isEqualTo(out.size());
    assertThat(s.read()).isEqualTo(s.written() + s.rejected());
    assertThat(s.exitCode()).isEqualTo(1);
    assertThat(r.messages()).contains("rejected a.jsonl#2: invalid JSON");
  }

  @Test
  void theRejectsFileHoldsEachRejectedRecordAsItWasRead() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.csv"), "id;text\n1;\"Kept; fine\"\n2;\"three\";fields;here\n3;\n");
    Files.writeString(in.resolve("b.jsonl"), "{\"title\": \"no text\", \"body2\": \"x\"}\n{\"text\": \"REFUSE this one\"}\n");
    io.corpus.clean.Cleaner refusing = io.corpus.clean.Cleaner.builder()
        .addStep(io.corpus.clean.CleanStep.of("test.refuse", "refuses marked documents", io.corpus.clean.Phase.CHROME, d -> {
          if (d.text().contains("REFUSE")) {
            throw new io.corpus.clean.UncleanableDocumentException("refused");
          }
        }))
        .build();
    Path rejects = dir.resolve("rejects.jsonl");

    Fixtures.Result r = Fixtures.run(CorpusJob.builder().cleaner(refusing).rejects(rejects), List.of(in, dir.resolve("missing.txt")));

    assertThat(lines(r.output())).extracting(n -> n.get("text").asText()).containsExactly("Kept; fine");
    List<JsonNode> rej = lines(Files.readString(rejects));
    assertThat(rej).extracting(n -> n.get("source").asText() + "#" + n.path("record").asLong() + " " + n.path("raw").asText("-"))
        .containsExactly(
            "a.csv#2 2;three;fields;here", // the wrong field count, as a CSV record with the file's separator
            "a.csv#3 3;", // an empty text cell
            "b.jsonl#1 {\"title\": \"no text\", \"body2\": \"x\"}",
            "b.jsonl#2 REFUSE this one", // refused by the cleaner: the document's text
            "missing.txt#0 -"); // a whole file has no raw record: the file is its own
  }

  @Test
  void aDocumentTheOutputCannotHoldIsRejectedWithItsReasonWhateverTheThreadCount() throws IOException {
    // "\\ud800" is valid JSON but decodes to a lone surrogate, which UTF-8 cannot encode.
    StringBuilder dump = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      dump.append(i == 70 ? "{\"id\":\"bad\",\"text\":\"half \\ud800 a pair\"}\n" : "{\"id\":\"d" + i + "\",\"text\":\"Text " + i + ".\"}\n");
    }
    // A later document with the refused one's id takes that id: a refused document claims none.
    dump.append("{\"id\":\"bad\",\"text\":\"A good one.\"}\n");
    Path f = Files.writeString(dir.resolve("s.jsonl"), dump);
    for (int threads : new int[] {1, 2}) {
      Path rejects = dir.resolve("rejects-" + threads + ".jsonl");
      Fixtures.Result r = Fixtures.run(CorpusJob.builder().threads(threads).rejects(rejects), List.of(f));
      List<JsonNode> out = lines(r.output());
      assertThat(out).hasSize(150).extracting(n -> n.get("id").asText()).contains("d69", "d71", "bad").doesNotContain("bad-2");
      assertThat(out.get(149).get("text").asText()).isEqualTo("A good one.");
      List<JsonNode> rej = lines(Files.readString(rejects));
      assertThat(rej).singleElement().satisfies(n -> {
        assertThat(n.get("source").asText()).isEqualTo("s.jsonl");
        assertThat(n.get("record").asLong()).isEqualTo(71);
        assertThat(n.get("reason").asText()).startsWith("cannot be written").contains("lone surrogate");
      });
      assertThat(r.summary().read()).isEqualTo(151);
      assertThat(r.summary().rejected()).isEqualTo(1);
      assertThat(r.messages()).doesNotContain("repeats the id");
      assertThat(r.summary().exitCode()).isEqualTo(1);
    }
  }

  @Test
  void missingEmptyAndNonUtf8FilesAreNamedAndTheRunGoesOn() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), NEWS);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("latin.txt"), "Caf\u00e9 society returns.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("notes.pdf"), "%PDF-1.4");
    Files.writeString(in.resolve(".hidden.txt"), "never read");

    Fixtures.Result r = Fixtures.run(CorpusJob.builder(), List.of(in, dir.resolve("missing.txt")));

    assertThat(lines(r.output())).extracting(n -> n.get("source").asText()).containsExactly("good.txt", "latin.txt");
    assertThat(lines(r.output()).get(1).get("text").asText()).isEqualTo("Caf\u00e9 society returns.");
    assertThat(r.messages())
        .contains("rejected empty.txt: empty file")
        .contains("rejected missing.txt: no such file or directory")
        .contains("warning: latin.txt is not valid UTF-8")
        .contains("skipped notes.pdf")
        .doesNotContain("hidden");
    JobSummary s = r.summary();
    assertThat(s.rejected()).isEqualTo(2);
    assertThat(s.warnings()).isEqualTo(1);
    assertThat(s.skipped()).isEqualTo(1);
    assertThat(s.exitCode()).isEqualTo(1);
  }

  @Test
  void anInputDateCorpusCannotReadIsAWarningAndTheDocumentIsKept() throws IOException {
    Path in = dir.resolve("dates.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"a\",\"text\":\"The senate met.\",\"date\":\"Fri, 19 Nov 2021 17:38:00 GMT\"}",
        "{\"id\":\"b\",\"text\":\"The senate met again.\",\"date\":\"2 hours ago\"}",
        "{\"id\":\"c\",\"text\":\"A third meeting.\",\"date\":\"1637325480\"}") + "\n");

    Fixtures.Result r = Fixtures.run(CorpusJob.builder(), List.of(in));

    assertThat(lines(r.output())).extracting(n -> n.get("published").asText(null))
        .containsExactly("2021-11-19", null, "2021-11-19");
    assertThat(r.messages()).contains("warning: dates.jsonl#2: its date \"2 hours ago\" is no date corpus reads");
    assertThat(r.summary().warnings()).isEqualTo(1);
    assertThat(r.summary().exitCode()).isEqualTo(1);
    // The pass-through writes no dates, so it has nothing to warn about.
    assertThat(Fixtures.run(CorpusJob.builder().noClean(true), List.of(in)).summary().warnings()).isZero();
  }

  @Test
  void aSiteMirrorsPagesAreReadWhateverTheirNamesAndItsOtherFilesPassedOver() throws IOException {
    // What wget --mirror (without --adjust-extension) and HTTrack leave: pages named by their
    // address, server pages, query strings, numbered second copies; scripts and styles beside them.
    Path in = Files.createDirectories(dir.resolve("example.com"));
    String page = "<!DOCTYPE html>\n<html><head><title>T</title></head><body><article><p>" + NEWS + "</p></article></body></html>";
    Files.createDirectories(in.resolve("2021/11/19"));
    Files.writeString(in.resolve("2021/11/19/senate-passes-bill"), page);
    Files.writeString(in.resolve("index.html?p=123"), page);
    Files.writeString(in.resolve("story.php"), "\uFEFF\n  <html lang=en><body><p>" + NEWS + "</p></body></html>");
    Files.writeString(in.resolve("story.php.1"), page);
    Files.writeString(in.resolve("feed"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Ex</title><item>"
        + "<title>One</title><link>https://example.com/1</link><description>" + NEWS + "</description></item></channel></rss>");
    Files.writeString(in.resolve("app"), "(function(){ var x = '<html>'; })();");
    Files.writeString(in.resolve("LICENSE"), "Permission is hereby granted, free of charge.");
    Files.writeString(in.resolve("site.css"), "body { color: red }");
    Files.write(in.resolve("logo"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    Files.write(in.resolve("pages.tar"), Fixtures.tar(java.util.Map.of("about", page.getBytes(StandardCharsets.UTF_8))));

    Fixtures.Result r = Fixtures.run(CorpusJob.builder(), List.of(in));

    assertThat(lines(r.output())).extracting(n -> n.get("source").asText()).containsExactly(
        "2021/11/19/senate-passes-bill", "feed#1", "index.html?p=123", "pages.tar/about", "story.php", "story.php.1");
    assertThat(lines(r.output())).allSatisfy(n -> assertThat(n.get("text").asText()).contains("Blinken"));
    assertThat(r.messages())
        .contains("skipped app: not an input format corpus reads")
        .contains("skipped LICENSE: not an input format corpus reads")
        .contains("skipped logo: not an input format corpus reads")
        .contains("skipped site.css: not an input format corpus reads");
    assertThat(r.summary().skipped()).isEqualTo(4);
    assertThat(r.summary().rejected()).isZero();
  }

  @Test
  void aWaczPackageIsReadThroughItsWarcFilesAlone() throws IOException {
    // The layout ArchiveWeb.page and Browsertrix write: WARCs under archive/, a page list (which
    // may carry each page's text: read as JSON Lines, every page would come out twice), indexes.
    Path in = Files.createDirectories(dir.resolve("in"));
    String page = "<html><head><title>T</title></head><body><article><p>" + NEWS + "</p></article></body></html>";
    java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
    parts.put("archive/data.warc.gz", Fixtures.warc(org.netpreserve.jwarc.WarcCompression.GZIP, page, page));
    parts.put("pages/pages.jsonl", Fixtures.utf8("{\"format\":\"json-pages-1.0\",\"id\":\"pages\"}\n"
        + "{\"id\":\"p1\",\"url\":\"https://example.org/news/1\",\"title\":\"T\",\"text\":\"" + "Page text." + "\"}\n"));
    parts.put("indexes/index.cdx.gz", Fixtures.gzip(Fixtures.utf8("org,example)/news/1 20211119 {}\n")));
    parts.put("datapackage.json", Fixtures.utf8("{\"profile\":\"data-package\",\"resources\":[]}"));
    Files.write(in.resolve("crawl.wacz"), Fixtures.zip(parts));

    Fixtures.Result r = Fixtures.run(CorpusJob.builder(), List.of(in));

    assertThat(lines(r.output())).extracting(n -> n.get("url").asText())
        .containsExactly("https://example.org/news/1", "https://example.org/news/2");
    assertThat(r.messages()).contains("skipped crawl.wacz/pages/pages.jsonl: an index or the metadata of a WACZ package");
    assertThat(r.summary().rejected()).isZero();
  }

  @Test
  void archivesInAFolderAreReadLikeFoldersAndTheirSizesCountTowardsTheTotal() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    java.util.Map<String, byte[]> pages = new java.util.LinkedHashMap<>();
    pages.put("2021/blinken.txt", NEWS.getBytes(StandardCharsets.UTF_8));
    pages.put("2021/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.write(in.resolve("a-pages.tgz"), Fixtures.gzip(Fixtures.tar(pages)));
    Files.write(in.resolve("b-dump.zip"), Fixtures.zip(java.util.Map.of("dump.jsonl", Fixtures.utf8(varied(3, 1)))));
    Files.write(in.resolve("c-old.7z"), new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4});

    InputSet inputs = InputSet.of(List.of(in.toString()), InputOptions.DEFAULT, new java.io.ByteArrayInputStream(new byte[0]));
    long stored = 0;
    try (var files = Files.list(in)) {
      for (Path f : files.toList()) {
        stored += Files.size(f);
      }
    }
    assertThat(inputs.totalBytes()).hasValue(stored);
    Fixtures.Result r = Fixtures.run(CorpusJob.builder(), inputs);

    assertThat(lines(r.output())).extracting(n -> n.get("source").asText())
        .containsExactly("a-pages.tgz/2021/blinken.txt", "b-dump.zip/dump.jsonl#1", "b-dump.zip/dump.jsonl#2", "b-dump.zip/dump.jsonl#3");
    assertThat(r.messages())
        .contains("skipped a-pages.tgz/2021/logo.png: not an input format")
        .contains("rejected c-old.7z: a 7z archive");
    assertThat(r.summary().skipped()).isEqualTo(1);
    assertThat(r.summary().rejected()).isEqualTo(1);
    assertThat(r.summary().exitCode()).isEqualTo(1);
  }

  @Test
  void aFolderWalkSkipsPipesAndLinksToFoldersInsteadOfHangingOrLooping() throws IOException, InterruptedException {
    Path in = Files.createDirectories(dir.resolve("in/a"));
    Files.writeString(in.resolve("story.txt"), NEWS);
    Files.createSymbolicLink(in.resolve("up"), Path.of(".."));
    Files.createSymbolicLink(in.resolve("linked.txt"), Path.of("story.txt"));
    Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    // One without an extension too: such names are opened when they may be saved pages.
    assertThat(new ProcessBuilder("mkfifo", in.resolve("pipe").toString()).start().waitFor()).isZero();

    Fixtures.Result r = Fixtures.run(CorpusJob.builder(), List.of(dir.resolve("in")));

    assertThat(lines(r.output())).extracting(n -> n.get("source").asText()).containsExactly("a/linked.txt", "a/story.txt");
    assertThat(r.messages())
        .contains("skipped a/pipe.txt: not a regular file (a named pipe, socket or device)")
        .contains("skipped a/pipe: not a regular file (a named pipe, socket or device)")
        .contains("skipped a/up: a link to a folder");
  }

  @Test
  void aSavedPagesResourceFolderIsSkippedButAFolderNamedLikeOneWithoutItsPageIsRead() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("Blinken interview.html"), Fixtures.html("Blinken", NEWS));
    Path res = Files.createDirectories(in.resolve("Blinken interview_files"));
    Files.writeString(res.resolve("ad-frame.html"), Fixtures.html("Ad", "Buy now, limited offer for readers of this page."));
    Files.writeString(res.resolve("app.js"), "var x = 1;");
    Path lone = Files.createDirectories(in.resolve("notes_files"));
    Files.writeString(lone.resolve("kept.txt"), NEWS);

    Fixtures.Result r = Fixtures.run(CorpusJob.builder(), List.of(in));

    assertThat(lines(r.output())).extracting(n -> n.get("source").asText())
        .containsExactly("Blinken interview.html", "notes_files/kept.txt");
    assertThat(r.messages()).contains("skipped Blinken interview_files: the resources of the saved page beside it");
  }

  @Test
  void aRegularFileHasASizeAndAPipeOrDeviceHasNone() throws IOException {
    Path f = Files.writeString(dir.resolve("dump.jsonl"), "{\"text\":\"x\"}\n");
    assertThat(InputSet.regularFileSize(f)).hasValue(13);
    assertThat(InputSet.regularFileSize(Path.of("/dev/null"))).isEmpty();
    assertThat(InputSet.regularFileSize(dir.resolve("missing"))).isEmpty();
  }

  @Test
  void aCleanRunExitsZeroAndSummarizes() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "Banner\u00a0\u00a0text   with  spaces.\r\n\r\n\r\nNext paragraph.");
    Fixtures.Result r = Fixtures.run(CorpusJob.builder(), List.of(f));
    assertThat(r.summary().exitCode()).isZero();
    assertThat(r.summary().read()).isEqualTo(1);
    assertThat(r.summary().written()).isEqualTo(1);
    assertThat(r.summary().format()).contains("read 1 document (").contains("written 1, rejected 0");
    assertThat(r.messages()).isEmpty();
  }

  @Test
  void repeatedInputIdsAreMadeUniqueWithAWarningAndDerivedIdsAreStable() throws IOException {
    Path f = Files.writeString(dir.resolve("d.jsonl"),
        "{\"id\":\"x\",\"text\":\"one\"}\n{\"id\":\"x\",\"text\":\"two\"}\n{\"id\":\"x-2\",\"text\":\"three\"}\n{\"text\":\"four\"}\n");
    Fixtures.Result r1 = Fixtures.run(CorpusJob.builder(), List.of(f));
    Fixtures.Result r2 = Fixtures.run(CorpusJob.builder().threads(3), List.of(f));
    List<String> ids = lines(r1.output()).stream().map(n -> n.get("id").asText()).toList();
    assertThat(ids).doesNotHaveDuplicates().hasSize(4);
    assertThat(ids.subList(0, 2)).containsExactly("x", "x-2");
    assertThat(ids.get(2)).isEqualTo("x-2-2");
    assertThat(ids.get(3)).matches("[0-9a-f]{16}");
    assertThat(r2.output()).isEqualTo(r1.output());
    assertThat(r1.summary().warnings()).isEqualTo(2);
    assertThat(r1.messages()).contains("d.jsonl#2 repeats the id \"x\"");
  }

  @Test
  void noCleanPassesTheTextThrough() throws IOException {
    String raw = "Line\u00a0one  \r\n\r\n\r\nLine two ";
    Path f = Files.writeString(dir.resolve("a.txt"), raw);
    Fixtures.Result r = Fixtures.run(CorpusJob.builder().noClean(true), List.of(f));
    assertThat(lines(r.output()).get(0).get("text").asText()).isEqualTo(raw);
    Fixtures.Result cleaned = Fixtures.run(CorpusJob.builder(), List.of(f));
    assertThat(lines(cleaned.output()).get(0).get("id")).isEqualTo(lines(r.output()).get(0).get("id"));
  }

  @Test
  void standardInputIsAnInput() throws IOException {
    InputSet stdin = InputSet.of(List.of("-"), InputOptions.DEFAULT,
        new ByteArrayInputStream(Fixtures.gzip(utf8("{\"text\":\"from a pipe\"}\n"))));
    Fixtures.Result r = Fixtures.run(CorpusJob.builder(), stdin);
    assertThat(lines(r.output()).get(0).get("source").asText()).isEqualTo("-#1");
    assertThat(stdin.totalBytes()).isEmpty();
  }

  @Test
  void refusesToOverwriteWithoutForceAndReplacesWithIt() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), NEWS);
    Path out = Files.writeString(dir.resolve("out.jsonl"), "precious\n");
    CorpusJob job = CorpusJob.builder().messages(new PrintWriter(new StringWriter())).build();
    InputSet inputs = InputSet.of(List.of(f.toString()), InputOptions.DEFAULT, InputStream0.EMPTY);
    assertThatThrownBy(() -> job.run(inputs, out, new ByteArrayOutputStream(), JsonlSinks::open))
        .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("--force");
    assertThat(Files.readString(out)).isEqualTo("precious\n");

    CorpusJob forced = CorpusJob.builder().force(true).messages(new PrintWriter(new StringWriter())).build();
    forced.run(inputs, out, new ByteArrayOutputStream(), JsonlSinks::open);
    assertThat(Files.readString(out)).contains("Blinken");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFolderRunNeverReadsItsOwnOutputOrRejectsButANamedOutputCanBeCleanedInPlace() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("a.jsonl"), "{\"id\":\"a\",\"text\":\"One story.\"}\n");
    Path out = data.resolve("clean.jsonl");
    Path rejects = data.resolve("./rejects.jsonl"); // the same file however it is spelled
    StringWriter err = new StringWriter();
    CorpusJob job = CorpusJob.builder().force(true).rejects(rejects).messages(new PrintWriter(err, true)).build();
    for (int run = 1; run <= 2; run++) {
      InputSet inputs = InputSet.of(List.of(data.toString()), InputOptions.DEFAULT, InputStream0.EMPTY);
      JobSummary s = job.run(inputs, out, new ByteArrayOutputStream(), JsonlSinks::open);
      assertThat(s.written()).as("run %d", run).isEqualTo(1);
      assertThat(lines(Files.readString(out))).hasSize(1);
    }
    assertThat(err.toString())
        .contains("skipped clean.jsonl: this run's own output or rejects file")
        .contains("skipped rejects.jsonl: this run's own output or rejects file")
        .doesNotContain("repeats the id");

    // Named on its own, the output is an input like any other: cleaned in place, replaced at the end.
    InputSet named = InputSet.of(List.of(out.toString()), InputOptions.DEFAULT, InputStream0.EMPTY);
    JobSummary again = job.run(named, out, new ByteArrayOutputStream(), JsonlSinks::open);
    assertThat(again.written()).isEqualTo(1);
    assertThat(lines(Files.readString(out)).get(0).get("text").asText()).isEqualTo("One story.");
  }

  @Test
  void aDocumentTheCleanerRefusesOrRunsOutOfMemoryOnIsRejectedAndTheRunGoesOn() throws IOException {
    io.corpus.clean.Cleaner cleaner = io.corpus.clean.Cleaner.builder()
        .addStep(io.corpus.clean.CleanStep.of("test.hostile", "fails on marked documents", io.corpus.clean.Phase.CHROME, d -> {
          if (d.text().contains("EXHAUST")) {
            throw new OutOfMemoryError("Java heap space");
          }
          if (d.text().contains("REFUSE")) {
            throw new io.corpus.clean.UncleanableDocumentException("too dense to parse");
          }
        }))
        .build();
    Path f = Files.writeString(dir.resolve("d.jsonl"),
        "{\"text\":\"One.\"}\n{\"text\":\"EXHAUST me.\"}\n{\"text\":\"REFUSE me.\"}\n{\"text\":\"Four.\"}\n");
    Fixtures.Result r = Fixtures.run(CorpusJob.builder().threads(2).cleaner(cleaner), List.of(f));
    assertThat(lines(r.output())).extracting(n -> n.get("text").asText()).containsExactly("One.", "Four.");
    assertThat(r.messages())
        .contains("rejected d.jsonl#2: cleaning it ran out of memory (11 chars of text); give the run more with CORPUS_JAVA_OPTS=-Xmx1g")
        .contains("rejected d.jsonl#3: too dense to parse");
    assertThat(r.summary().rejected()).isEqualTo(2);
    assertThat(r.summary().exitCode()).isEqualTo(1);
  }

  @Test
  void aRunThatFailsLeavesNoOutputAndNoTemporaryFile() throws IOException {
    Path f = Files.writeString(dir.resolve("d.jsonl"), varied(50, 1));
    Path out = dir.resolve("out.jsonl");
    CorpusJob job = CorpusJob.builder().threads(2).rejects(dir.resolve("rej.jsonl"))
        .messages(new PrintWriter(new StringWriter())).build();
    InputSet inputs = InputSet.of(List.of(f.toString()), InputOptions.DEFAULT, InputStream0.EMPTY);
    int[] written = {0};
    assertThatThrownBy(() -> job.run(inputs, out, new ByteArrayOutputStream(), o -> new DocumentSink() {
      @Override
      public void write(CorpusDocument d) throws IOException {
        if (++written[0] == 10) {
          throw new IOException("No space left on device");
        }
        o.write(d.text().getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public void close() throws IOException {
        o.close();
      }
    })).hasMessageContaining("No space left");
    assertThat(out).doesNotExist();
    assertThat(dir.resolve("rej.jsonl")).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void htmlFilesAndWarcPagesAreCleanedAsHtml() throws IOException {
    Files.writeString(dir.resolve("page.html"), Fixtures.html("Page title", "Body of the page."));
    Files.write(dir.resolve("crawl.warc.gz"), Fixtures.warc(WarcCompression.GZIP, Fixtures.html("Crawled", "Body of the crawl.")));
    Fixtures.Result r = Fixtures.run(CorpusJob.builder(), List.of(dir));
    List<JsonNode> out = lines(r.output());
    assertThat(out).extracting(n -> n.get("source").asText()).containsExactly("crawl.warc.gz#2", "page.html");
    assertThat(out.get(0).get("text").asText()).isEqualTo("Body of the crawl.");
    assertThat(out.get(0).get("url").asText()).isEqualTo("https://example.org/news/1");
    assertThat(out.get(1).get("text").asText()).isEqualTo("Body of the page.");
    assertThat(out.get(1).get("title").asText()).isEqualTo("Page title");
    assertThat(r.summary().skipped()).as("the WARC's image response").isEqualTo(1);
    assertThat(r.summary().exitCode()).isZero();
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    }
  }

  /** An empty standard input. */
  static final class InputStream0 {
    static final ByteArrayInputStream EMPTY = new ByteArrayInputStream(new byte[0]);
  }

  /** The JSONL sink with default options. */
  static final class JsonlSinks {
    static DocumentSink open(java.io.OutputStream o) throws IOException {
      return io.corpus.export.DocumentSinks.open(o, io.corpus.export.OutputFormat.JSONL, io.corpus.export.ExportOptions.defaults());
    }
  }
}
