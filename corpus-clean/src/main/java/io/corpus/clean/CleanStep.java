package io.corpus.clean;

/**
 * One small cleaning step: it reads {@link Draft#text()} and asks the draft to remove spans or to
 * record metadata. The draft applies the edits after the step returns, so every offset a step
 * passes refers to the text it was given.
 *
 * <p>Implementations must be thread-safe (one instance serves every document of a run) and must
 * run in time linear in the text length. A step that is unsure keeps the text.
 *
 * <pre>{@code
 * CleanStep skipLink = CleanStep.of("skip-link", "Skip-to-content links", Phase.CHROME, draft -> {
 *   int at = draft.text().indexOf("Skip to main content");
 *   if (at >= 0) draft.remove(at, at + "Skip to main content".length());
 * });
 * }</pre>
 */
public interface CleanStep {

  /** The rule id recorded with every removal this step makes, e.g. {@code "gov-banner"}. */
  String id();

  /** One sentence for {@code corpus rules}: what this step removes or recovers. */
  String description();

  /**
   * Every rule id this step records removals under: {@link #id()}, and for a step that runs
   * several rules the others too (each can be turned off alone; the step asks {@link
   * Draft#enabled(String)} before it removes under one of them).
   */
  default java.util.List<String> ruleIds() {
    return java.util.List.of(id());
  }

  /** One sentence for {@code corpus rules} about {@code ruleId}, one of {@link #ruleIds()}. */
  default String description(String ruleId) {
    return description();
  }

  /** When the step runs. */
  default Phase phase() {
    return Phase.CHROME;
  }

  /** Reads the draft and asks for edits. */
  void apply(Draft draft);

  /** A step from a lambda. */
  static CleanStep of(String id, String description, Phase phase, java.util.function.Consumer<Draft> body) {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(description, "description");
    java.util.Objects.requireNonNull(phase, "phase");
    java.util.Objects.requireNonNull(body, "body");
    return new CleanStep() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public Phase phase() {
        return phase;
      }

      @Override
      public void apply(Draft draft) {
        body.accept(draft);
      }

      @Override
      public String toString() {
        return "CleanStep[" + id + "]";
      }
    };
  }
}
