package io.corpus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import io.corpus.model.Turn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seed documents clean to exactly their expected text, metadata and turns. */
class SeedGoldenTest {

  static final List<String> SEEDS =
      List.of(
          "000_7509addc9c888e67",
          "001_f5834fc9157b8525",
          "002_4c33d4d735f32743",
          "003_df37601f5a7e5b1b",
          "004_e3dec4a5ebb36c4b");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Cleaner CLEANER = Cleaner.standard();

  static Stream<String> seeds() {
    return SEEDS.stream();
  }

  static String resource(String path) throws IOException {
    try (InputStream in = SeedGoldenTest.class.getResourceAsStream("/seeds/" + path)) {
      if (in == null) {
        throw new IOException("missing test resource /seeds/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static CorpusDocument cleanSeed(String name) throws IOException {
    return CLEANER.clean(RawDocument.text(name + ".txt", resource("raw/" + name + ".txt")));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void bodyTextIsExactlyTheExpectedText(String name) throws IOException {
    String expected = resource("expected/" + name + ".txt");
    assertThat(cleanSeed(name).text() + "\n").isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void metadataIsRecovered(String name) throws IOException {
    JsonNode expected = JSON.readTree(resource("expected/" + name + ".json"));
    CorpusDocument doc = cleanSeed(name);
    assertThat(doc.source()).isEqualTo(expected.get("source").asText());
    assertThat(doc.title()).isEqualTo(textOrNull(expected.get("title")));
    assertThat(doc.subtitle()).isEqualTo(textOrNull(expected.get("subtitle")));
    List<String> authors = new ArrayList<>();
    expected.get("authors").forEach(a -> authors.add(a.asText()));
    assertThat(doc.authors()).isEqualTo(authors);
    assertThat(doc.published() == null ? null : doc.published().toString())
        .isEqualTo(textOrNull(expected.get("published")));
    assertThat(doc.publisher()).isEqualTo(textOrNull(expected.get("publisher")));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void turnsAreRecovered(String name) throws IOException {
    JsonNode expected = JSON.readTree(resource("expected/" + name + ".json"));
    List<Turn> turns = new ArrayList<>();
    if (expected.has("turns")) {
      expected.get("turns").forEach(t -> turns.add(new Turn(t.get("speaker").asText(), t.get("text").asText())));
    }
    assertThat(cleanSeed(name).turns()).isEqualTo(turns);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyRemovalPointsAtRawText(String name) throws IOException {
    String raw = resource("raw/" + name + ".txt");
    for (var r : cleanSeed(name).removals()) {
      assertThat(r.end()).isLessThanOrEqualTo(raw.length());
      assertThat(squash(raw.substring(r.start(), r.end()))).isEqualTo(squash(r.text()));
    }
  }

  /** White space aside: the normalizer may have folded runs inside a removed span. */
  private static String squash(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
