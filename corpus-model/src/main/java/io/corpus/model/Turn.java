package io.corpus.model;

import java.util.Objects;

/**
 * One speaker turn of an interview or hearing transcript.
 *
 * <p>{@code speaker} is the label as the transcript prints it, without the colon ({@code
 * "SECRETARY BLINKEN"}); {@code text} is what the speaker said, paragraphs separated by one blank
 * line, without the label. Immutable and thread-safe.
 *
 * @param speaker the speaker label, never blank
 * @param text the words of the turn, never null (may be empty for a label with no words)
 */
public record Turn(String speaker, String text) {
  public Turn {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    if (speaker.isBlank()) {
      throw new IllegalArgumentException("speaker must not be blank");
    }
  }
}
