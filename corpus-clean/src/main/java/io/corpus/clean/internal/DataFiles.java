package io.corpus.clean.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small YAML data files that built-in steps keep beside their classes (site-footer
 * names, promo phrases, credit labels). A missing or malformed file is a build error, reported
 * with its name. Stateless and thread-safe.
 */
public final class DataFiles {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private DataFiles() {}

  /** The tree of resource {@code name}, resolved against {@code owner}'s package. */
  public static JsonNode read(Class<?> owner, String name) {
    String where = owner.getPackageName().replace('.', '/') + "/" + name;
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("built-in data file is missing: " + where);
      }
      JsonNode root = YAML.readTree(in);
      if (root == null || !root.isObject()) {
        throw new IllegalStateException(where + ": expected a YAML mapping at the top");
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(where + ": " + e.getMessage(), e);
    }
  }

  /** The required list {@code field} of {@code root}; absent or not a list is an error naming the file. */
  public static JsonNode requiredList(JsonNode root, String field, String where) {
    JsonNode list = root.get(field);
    if (list == null || !list.isArray()) {
      throw new IllegalStateException(where + ": expected a '" + field + ":' list");
    }
    return list;
  }

  /** The strings of list {@code field} (empty when absent); a non-string item is an error naming the file. */
  public static List<String> strings(JsonNode node, String field, String where) {
    JsonNode list = node.get(field);
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new IllegalStateException(where + ": '" + field + "' must be a list");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : list) {
      if (!item.isTextual() || item.asText().isBlank()) {
        throw new IllegalStateException(where + ": '" + field + "' holds a non-text or empty item: " + item);
      }
      out.add(item.asText().strip());
    }
    return List.copyOf(out);
  }

  /** The text of {@code field}, or null when absent. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText().strip();
  }
}
