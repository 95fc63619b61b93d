package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpus.clean.Cleaner;
import io.corpus.model.ContentType;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the golden cases of the chrome and metadata families (fixture corpus format: see
 * {@code fixtures/README.md} on the rules branch): the body matches after white-space
 * normalization, the metadata fields a case names match exactly, and cleaning is deterministic and
 * idempotent. Can give way to the shared FixtureCorpusTest once that is on main.
 */
class ChromeFixturesTest {

  static final List<String> FAMILIES =
      List.of("print-header", "footer", "image-credit", "bio", "promo", "teaser-card", "header-metadata", "lookalike-chrome");

  private static final Cleaner CLEANER = Cleaner.standard();
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> cases() throws IOException, URISyntaxException {
    List<String> out = new ArrayList<>();
    for (String family : FAMILIES) {
      Path dir = dir(family);
      try (Stream<Path> files = Files.list(dir)) {
        files.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".raw.txt"))
            .sorted()
            .forEach(n -> out.add(family + "/" + n.substring(0, n.length() - ".raw.txt".length())));
      }
    }
    return out.stream();
  }

  private static Path dir(String family) throws URISyntaxException, IOException {
    URL url = ChromeFixturesTest.class.getResource("/fixtures/" + family);
    if (url == null) {
      throw new IOException("missing fixture family /fixtures/" + family);
    }
    return Path.of(url.toURI());
  }

  private static String read(String path) throws IOException {
    try (InputStream in = ChromeFixturesTest.class.getResourceAsStream("/fixtures/" + path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static CorpusDocument clean(String name) throws IOException {
    String url = read(name + ".url");
    RawDocument raw =
        new RawDocument(name + ".raw.txt", null, url == null ? null : url.strip(), read(name + ".raw.txt"), ContentType.TEXT, Map.of());
    return CLEANER.clean(raw);
  }

  /** The fixture README's comparison: blanks folded, lines trimmed, blank-line runs folded, trimmed. */
  static String normalize(String s) {
    String t = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    t = t.replaceAll("[ \\t]+", " ");
    t = t.replaceAll("(?m)^ | $", "");
    t = t.replaceAll("\\n{3,}", "\n\n");
    return t.strip();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void bodyIsTheExpectedText(String name) throws IOException {
    assertThat(normalize(clean(name).text())).isEqualTo(normalize(read(name + ".expected.txt")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void metadataNamedByTheCaseMatches(String name) throws IOException {
    String meta = read(name + ".meta.json");
    if (meta == null) {
      return;
    }
    JsonNode expected = JSON.readTree(meta);
    CorpusDocument doc = clean(name);
    if (expected.has("title")) {
      assertThat(doc.title()).as("title").isEqualTo(textOrNull(expected.get("title")));
    }
    if (expected.has("subtitle")) {
      assertThat(doc.subtitle()).as("subtitle").isEqualTo(textOrNull(expected.get("subtitle")));
    }
    if (expected.has("authors")) {
      List<String> authors = new ArrayList<>();
      expected.get("authors").forEach(a -> authors.add(a.asText()));
      assertThat(doc.authors()).as("authors").isEqualTo(authors);
    }
    if (expected.has("published")) {
      assertThat(doc.published() == null ? null : doc.published().toString())
          .as("published")
          .isEqualTo(textOrNull(expected.get("published")));
    }
    if (expected.has("publisher")) {
      assertThat(doc.publisher()).as("publisher").isEqualTo(textOrNull(expected.get("publisher")));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cleaningIsDeterministicAndIdempotent(String name) throws IOException {
    CorpusDocument once = clean(name);
    assertThat(clean(name)).isEqualTo(once);
    String again = CLEANER.clean(RawDocument.text(name, once.text())).text();
    assertThat(again).isEqualTo(once.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void lookAlikesLoseNothing(String name) throws IOException {
    if (!name.startsWith("lookalike-chrome/")) {
      return;
    }
    assertThat(clean(name).removals()).isEmpty();
  }

  @Test
  void everyFamilyHasItsOrigins() throws Exception {
    for (String family : FAMILIES) {
      String origins = read(family + "/ORIGINS.md");
      assertThat(origins).as(family + "/ORIGINS.md").isNotNull();
      cases()
          .filter(c -> c.startsWith(family + "/"))
          .forEach(c -> assertThat(origins).as(c).contains("| " + c.substring(family.length() + 1) + " |"));
    }
  }

  @Test
  void thereAreAtLeastThirtyCases() throws Exception {
    assertThat(cases().count()).isGreaterThanOrEqualTo(30);
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
