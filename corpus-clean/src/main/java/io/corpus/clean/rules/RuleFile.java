package io.corpus.clean.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads rule files: YAML (or JSON, which is YAML too) with a list of rules.
 *
 * <pre>{@code
 * rules:
 *   - id: promo.read-more
 *     description: "Read the full story" promo lines
 *     kind: line            # phrase | line | regex | selector
 *     pattern: "Read the full story.*"
 *     sites: [cnas.org]     # optional: host suffixes; omitted = every site
 *     ignoreCase: true      # optional, default false
 *     maxLength: 80         # optional, line rules: longer lines are not tried
 * }</pre>
 *
 * Thread-safe: every method is stateless.
 */
public final class RuleFile {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private RuleFile() {}

  /** The wire shape of a file; mapped to {@link RuleSpec} after validation. */
  private record FileShape(@JsonProperty("rules") @Nullable List<RuleShape> rules) {}

  private record RuleShape(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("description") @Nullable String description,
      @JsonProperty("kind") @Nullable String kind,
      @JsonProperty("pattern") @Nullable String pattern,
      @JsonProperty("sites") @Nullable List<String> sites,
      @JsonProperty("ignoreCase") @Nullable Boolean ignoreCase,
      @JsonProperty("maxLength") @Nullable Integer maxLength,
      @JsonProperty("keepInSentence") @Nullable Boolean keepInSentence) {}

  /** Loads a rule file from disk. */
  public static List<RuleSpec> load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    }
  }

  /**
   * Loads rules from a stream.
   *
   * @param name the file name used in error messages
   * @throws RuleFileException naming the file and the rule when the file is malformed
   */
  public static List<RuleSpec> load(InputStream in, String name) throws IOException {
    FileShape shape;
    try {
      shape = YAML.readValue(in, FileShape.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new RuleFileException(name + where + ": " + e.getOriginalMessage(), e);
    }
    if (shape == null || shape.rules() == null) {
      throw new RuleFileException(name + ": expected a top-level 'rules:' list", null);
    }
    List<RuleSpec> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (RuleShape r : shape.rules()) {
      index++;
      String where = name + ": rule " + index + (r != null && r.id() != null ? " (" + r.id() + ")" : "");
      if (r == null) {
        throw new RuleFileException(where + ": empty rule", null);
      }
      if (r.id() == null || r.id().isBlank()) {
        throw new RuleFileException(where + ": 'id' is missing", null);
      }
      if (!ids.add(r.id())) {
        throw new RuleFileException(where + ": duplicate id", null);
      }
      if (r.kind() == null) {
        throw new RuleFileException(where + ": 'kind' is missing (phrase, line, regex or selector)", null);
      }
      RuleKind kind;
      try {
        kind = RuleKind.valueOf(r.kind().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new RuleFileException(
            where + ": unknown kind '" + r.kind() + "' (phrase, line, regex or selector)", e);
      }
      if (r.pattern() == null || r.pattern().isEmpty()) {
        throw new RuleFileException(where + ": 'pattern' is missing", null);
      }
      if (Boolean.TRUE.equals(r.keepInSentence()) && !"phrase".equalsIgnoreCase(r.kind().strip())) {
        throw new RuleFileException(where + ": 'keepInSentence' is for phrase rules", null);
      }
      if (r.maxLength() != null && r.maxLength() < 0) {
        throw new RuleFileException(where + ": 'maxLength' must not be negative", null);
      }
      RuleSpec spec =
          new RuleSpec(
              r.id().strip(),
              r.description() == null ? "" : r.description().strip(),
              kind,
              r.pattern(),
              r.sites() == null ? List.of() : r.sites(),
              Boolean.TRUE.equals(r.ignoreCase()),
              r.maxLength() == null ? 0 : r.maxLength(),
              Boolean.TRUE.equals(r.keepInSentence()));
      String problem = spec.kind() == RuleKind.SELECTOR ? null : DataRule.problem(spec);
      if (problem != null) {
        throw new RuleFileException(where + ": " + problem, null);
      }
      out.add(spec);
    }
    return List.copyOf(out);
  }

  /** A rule file that cannot be used; the message names the file and the rule. */
  public static final class RuleFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public RuleFileException(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }
}
