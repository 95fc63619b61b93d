package io.corpus.ingest.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The named fields of a WARC header block, keys lower-cased; the first occurrence wins. */
final class WarcHeaders {

  private WarcHeaders() {}

  static Map<String, String> parse(String head) {
    Map<String, String> fields = new HashMap<>();
    int start = head.indexOf('\n') + 1; // past the version line
    while (start > 0 && start < head.length()) {
      int end = head.indexOf('\n', start);
      if (end < 0) {
        end = head.length();
      }
      String line = head.substring(start, end);
      int colon = line.indexOf(':');
      if (colon > 0) {
        fields.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
      }
      start = end + 1;
    }
    return fields;
  }
}
