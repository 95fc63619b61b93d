package io.corpus.cli;

import io.corpus.ingest.FieldMapping;
import io.corpus.ingest.InputFormat;
import io.corpus.ingest.InputOptions;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of a corpus-scale run, shared by commands that read inputs: input format and field
 * mapping, threads, rejects file, progress, overwrite and pass-through. A picocli mixin; its values
 * become an {@link InputOptions} and the settings of an {@link io.corpus.ingest.CorpusJob}.
 */
public final class IngestOptions {

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default and most: the number of cores, ${DEFAULT-VALUE} here). Output order never depends on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Write every input that could not be processed to FILE as JSON Lines (source, record, reason, and the raw record when it was read as text).")
  @Nullable Path rejects;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar (it is shown only on a terminal anyway).")
  boolean quiet;

  @Option(names = {"-f", "--force"}, description = "Replace OUTPUT and the rejects file if they exist.")
  boolean force;

  @Option(names = "--no-clean", description = "Write each input's text as it is, without cleaning (the pass-through floor).")
  boolean noClean;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "Read every input as ${COMPLETION-CANDIDATES} (default: AUTO, from the content and the name).")
  InputFormat inputFormat = InputFormat.AUTO;

  @Option(names = "--text-field", split = ",", paramLabel = "NAME", description = "JSONL key or CSV column of the text (default: text, content, body, maintext, article, articleBody). A dotted key such as article.body reaches into nested JSON objects.")
  @Nullable List<String> textFields;

  @Option(names = "--html-field", split = ",", paramLabel = "NAME", description = "JSONL key or CSV column of an HTML page (default: html, raw_html, content_html, content.rendered; read when no text field is present).")
  @Nullable List<String> htmlFields;

  @Option(names = "--id-field", split = ",", paramLabel = "NAME", description = "Field of the document's own id (default: id, doc_id, uuid).")
  @Nullable List<String> idFields;

  @Option(names = "--url-field", split = ",", paramLabel = "NAME", description = "Field of the page address (default: url, link, uri).")
  @Nullable List<String> urlFields;

  @Option(names = "--title-field", split = ",", paramLabel = "NAME", description = "Field of the headline (default: title, headline, title.rendered).")
  @Nullable List<String> titleFields;

  @Option(names = "--authors-field", split = ",", paramLabel = "NAME", description = "Field of the authors (default: authors, author, byline).")
  @Nullable List<String> authorsFields;

  @Option(names = "--published-field", split = ",", paramLabel = "NAME", description = "Field of the publication date (default: published, date, published_at, publishedAt, publish_date, date_publish, datePublished, pubDate). ISO dates, written-out dates (November 19, 2021; Fri, 19 Nov 2021 17:38:00 GMT) and Unix time are read.")
  @Nullable List<String> publishedFields;

  @Option(
      names = "--records-field",
      paramLabel = "PATH",
      description = "JSON whose records sit in an array field of each top-level object, as news APIs answer ({\"articles\": [...]}): that field's name or dotted path (articles, response.docs).")
  @Nullable String recordsField;

  @Option(
      names = "--max-document-size",
      paramLabel = "MB",
      description = "Reject any single document larger than this many MB, unread (default: ${DEFAULT-VALUE}).")
  int maxDocumentMb = InputOptions.DEFAULT_MAX_DOCUMENT_BYTES >> 20;

  /** The input options these flags describe. */
  InputOptions inputOptions() {
    FieldMapping f = FieldMapping.DEFAULT;
    if (textFields != null) {
      f = f.withText(textFields);
    }
    if (htmlFields != null) {
      f = f.withHtml(htmlFields);
      if (textFields == null) {
        f = f.withText(List.of()); // asking for HTML by name means: not the default text fields
      }
    }
    if (idFields != null) {
      f = f.withId(idFields);
    }
    if (urlFields != null) {
      f = f.withUrl(urlFields);
    }
    if (titleFields != null) {
      f = f.withTitle(titleFields);
    }
    if (authorsFields != null) {
      f = f.withAuthors(authorsFields);
    }
    if (publishedFields != null) {
      f = f.withPublished(publishedFields);
    }
    return new InputOptions(inputFormat, f, Math.multiplyExact(maxDocumentMb, 1 << 20), recordsField);
  }
}
