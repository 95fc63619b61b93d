package io.corpus.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpus.model.CorpusDocument;
import io.corpus.model.Removal;
import io.corpus.model.Turn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents every export test pushes through: the five seeds (as the cleaner should make them)
 * and the hostile set of {@code hostile/README.md}.
 */
public final class Fixtures {

  /** The seed fixtures of corpus-clean: the expected clean text and metadata of five real scrapes. */
  static final Path SEEDS = Path.of("..", "corpus-clean", "src", "test", "resources", "seeds", "expected");

  private Fixtures() {}

  /** The five seed documents, with a removal each so provenance has something to carry. */
  public static List<CorpusDocument> seeds() {
    ObjectMapper json = new ObjectMapper();
    List<CorpusDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path meta : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String base = meta.getFileName().toString().replace(".json", "");
        JsonNode m = json.readTree(meta.toFile());
        List<String> authors = new ArrayList<>();
        m.path("authors").forEach(a -> authors.add(a.asText()));
        List<Turn> turns = new ArrayList<>();
        m.path("turns").forEach(t -> turns.add(new Turn(t.get("speaker").asText(), t.get("text").asText())));
        docs.add(
            CorpusDocument.builder(base.substring(4), m.get("source").asText())
                .title(text(m, "title"))
                .subtitle(text(m, "subtitle"))
                .authors(authors)
                .published(m.path("published").isTextual() ? LocalDate.parse(m.get("published").asText()) : null)
                .publisher(text(m, "publisher"))
                .language("en")
                .text(Files.readString(SEEDS.resolve(base + ".txt"), StandardCharsets.UTF_8).strip())
                .turns(turns)
                .removals(List.of(new Removal("seed-fixture", "removed chrome", 0, 14)))
                .build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (docs.size() != 5) {
      throw new IllegalStateException("expected the 5 seeds in " + SEEDS.toAbsolutePath() + ", found " + docs.size());
    }
    return docs;
  }

  private static String text(JsonNode m, String key) {
    return m.path(key).isTextual() ? m.get(key).asText() : null;
  }

  /** Every string that has broken a spreadsheet or a data tool ({@code hostile/strings.jsonl}). */
  public static List<String> hostileStrings() {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (var in = Fixtures.class.getResourceAsStream("/hostile/strings.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(json.readTree(line).get("value").textValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The hostile set: one document per hostile string in every field, plus long texts around the cell limit. */
  public static List<CorpusDocument> hostile() {
    List<CorpusDocument> docs = new ArrayList<>();
    int i = 0;
    for (String s : hostileStrings()) {
      String nonEmpty = s.isEmpty() ? "x" : s;
      docs.add(
          CorpusDocument.builder("h" + i++, "hostile/" + i + ".txt")
              .url(s.isEmpty() ? null : "https://example.org/" + i)
              .title(s.isEmpty() ? null : s)
              .subtitle(s.isEmpty() ? null : s)
              .authors(s.isBlank() || s.contains("; ") ? List.of() : List.of(s, "Second Author"))
              .published(LocalDate.of(2022, 1, 23))
              .publisher(s.isEmpty() ? null : s)
              .language("und")
              .text(s)
              .turns(List.of(new Turn(nonEmpty.isBlank() ? "X" : nonEmpty, s), new Turn("Q", "Another turn")))
              .truncated(i % 2 == 0)
              .build());
    }
    docs.add(longDoc("long-32767", ExportOptions.EXCEL_CELL_LIMIT));
    docs.add(longDoc("long-32768", ExportOptions.EXCEL_CELL_LIMIT + 1));
    docs.add(longDoc("long-100000", 100_000));
    docs.add(
        CorpusDocument.builder("long-formula", "hostile/long-formula.txt")
            .text("=" + "A".repeat(ExportOptions.EXCEL_CELL_LIMIT - 1) + "=" + "B".repeat(100))
            .build());
    docs.add(
        CorpusDocument.builder("long-emoji", "hostile/long-emoji.txt")
            .text("x".repeat(ExportOptions.EXCEL_CELL_LIMIT - 1) + "😀😀" + "y".repeat(10))
            .build());
    return docs;
  }

  /** A text of exactly {@code length} chars: numbered words and paragraphs, CJK and a curly quote near the end. */
  static CorpusDocument longDoc(String id, int length) {
    StringBuilder sb = new StringBuilder(length);
    int w = 0;
    while (sb.length() < length - 20) {
      sb.append(w % 97 == 96 ? "end of paragraph.\n\n" : "word" + w + " ");
      w++;
    }
    sb.append("“日本語” — end.");
    while (sb.length() < length) {
      sb.append('z');
    }
    sb.setLength(length);
    return CorpusDocument.builder(id, "hostile/" + id + ".txt").title("Long " + length).text(sb.toString()).build();
  }

  /** Seeds and hostile documents together. */
  public static List<CorpusDocument> all() {
    List<CorpusDocument> all = new ArrayList<>(seeds());
    all.addAll(hostile());
    return all;
  }
}
