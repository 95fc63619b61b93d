package io.corpus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpus.model.RawDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text documents of a JSONL file (the {@code content} or {@code text} field; records
 * with neither, such as HTML pages, are left out), each with the source {@code FILE#LINE} and the
 * id {@code doc-LINE}, as the in-process benchmarks clean them.
 */
final class PlainTexts {

  final List<RawDocument> docs;
  /** The chars of all the texts, the unit the benchmarks report per. */
  final long chars;

  private PlainTexts(List<RawDocument> docs, long chars) {
    this.docs = docs;
    this.chars = chars;
  }

  static PlainTexts read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<RawDocument> docs = new ArrayList<>();
    long chars = 0;
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        JsonNode node = json.readTree(line);
        JsonNode text = node.has("content") ? node.get("content") : node.get("text");
        if (text == null || !text.isTextual()) {
          continue;
        }
        docs.add(RawDocument.text(file + "#" + n, text.asText()).withId("doc-" + n));
        chars += text.asText().length();
      }
    }
    return new PlainTexts(List.copyOf(docs), chars);
  }
}
