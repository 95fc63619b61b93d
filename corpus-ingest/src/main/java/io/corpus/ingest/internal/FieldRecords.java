package io.corpus.ingest.internal;

import io.corpus.ingest.FieldMapping;
import io.corpus.ingest.InputRecord;
import io.corpus.model.ContentType;
import io.corpus.model.RawDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Turns the fields of one JSONL or CSV record into a document by a {@link FieldMapping}. */
final class FieldRecords {

  private FieldRecords() {}

  /**
   * The record as a document, or a reject when no text field is present or it is blank.
   *
   * @param lookup a field's value by name, null when the record lacks it
   * @param present the names the record has, for the reject message
   * @param json whether the record is JSON (whose records may sit in an array field)
   */
  static InputRecord toRecord(
      String file,
      long number,
      FieldMapping fields,
      Function<String, @Nullable String> lookup,
      Iterable<String> present,
      List<String> warnings,
      boolean json) {
    ContentType type = ContentType.TEXT;
    String textField = firstPresent(fields.text(), lookup);
    if (textField == null) {
      textField = firstPresent(fields.html(), lookup);
      type = ContentType.HTML;
    }
    if (textField == null) {
      String valueless = firstNamed(fields.text(), fields.html(), present);
      if (valueless != null) {
        return new InputRecord.Reject(file, number, "the text field '" + valueless
            + "' holds no text (it is empty, null, an object or an empty list); map another with --text-field or --html-field");
      }
      return new InputRecord.Reject(
          file,
          number,
          "no text field: none of "
              + join(fields.text(), fields.html())
              + " is present (the record has "
              + String.join(", ", present)
              + "); map one with --text-field or --html-field"
              + (json ? ", or name the array that holds the records with --records-field" : ""));
    }
    String text = lookup.apply(textField);
    if (text == null || text.isBlank()) {
      return new InputRecord.Reject(file, number, "the text field '" + textField + "' is empty");
    }
    Map<String, String> metadata = new HashMap<>();
    for (var part : fields.metadataFields().entrySet()) {
      String f = firstPresent(part.getValue(), lookup);
      if (f != null) {
        String v = lookup.apply(f);
        if (v != null && !v.isBlank()) {
          metadata.put(part.getKey(), v);
        }
      }
    }
    String idField = firstPresent(fields.id(), lookup);
    String urlField = firstPresent(fields.url(), lookup);
    String id = idField == null ? null : blankToNull(lookup.apply(idField));
    String url = urlField == null ? null : blankToNull(lookup.apply(urlField));
    return new InputRecord.Document(
        file, number, new RawDocument(file + "#" + number, id, url, text, type, metadata), warnings);
  }

  private static @Nullable String firstPresent(List<String> candidates, Function<String, @Nullable String> lookup) {
    for (String c : candidates) {
      if (lookup.apply(c) != null) {
        return c;
      }
    }
    return null;
  }

  /** The first of {@code a} then {@code b} that is among {@code present}, or null. */
  private static @Nullable String firstNamed(List<String> a, List<String> b, Iterable<String> present) {
    for (List<String> l : List.of(a, b)) {
      for (String c : l) {
        for (String p : present) {
          if (p.equals(c)) {
            return c;
          }
        }
      }
    }
    return null;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String join(List<String> a, List<String> b) {
    StringBuilder sb = new StringBuilder();
    for (List<String> l : List.of(a, b)) {
      for (String s : l) {
        sb.append(sb.length() == 0 ? "" : ", ").append(s);
      }
    }
    return sb.toString();
  }
}
