package io.corpus.cli.internal;

import io.corpus.model.RawDocument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the text files named on the command line (files, or directories read recursively for
 * {@code .txt} files) and reads each as strict UTF-8.
 */
public final class TextInputs {

  /** One input: a document, or the reason it could not be read. */
  public sealed interface Item permits Doc, Problem {}

  public record Doc(RawDocument document) implements Item {}

  public record Problem(String source, String reason) implements Item {}

  private TextInputs() {}

  /** Lists every input file in a stable order, reporting missing inputs as problems. */
  public static void forEach(List<Path> inputs, Consumer<Item> out) {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        out.accept(new Problem(input.toString(), "no such file or directory"));
      } else if (Files.isDirectory(input)) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
              .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          out.accept(new Problem(input.toString(), "cannot list the directory: " + e.getMessage()));
          continue;
        }
        files.sort(null);
        for (Path f : files) {
          out.accept(read(f, input.relativize(f).toString().replace('\\', '/')));
        }
      } else {
        out.accept(read(input, input.getFileName().toString()));
      }
    }
  }

  static Item read(Path file, String source) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return new Problem(file.toString(), "is a directory, not a text file");
      }
      bytes = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      return new Problem(file.toString(), "cannot be read: permission denied");
    } catch (NoSuchFileException e) {
      return new Problem(file.toString(), "no such file or directory");
    } catch (IOException e) {
      return new Problem(file.toString(), "cannot be read: " + e.getMessage());
    }
    if (bytes.length == 0) {
      return new Problem(file.toString(), "is empty");
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (MalformedInputException e) {
      return new Problem(file.toString(), "is not valid UTF-8 (first bad byte at offset " + firstBadByte(bytes) + ")");
    } catch (CharacterCodingException e) {
      return new Problem(file.toString(), "is not valid UTF-8: " + e.getMessage());
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return new Problem(file.toString(), "has no text (only white space)");
    }
    return new Doc(RawDocument.text(source, text));
  }

  private static int firstBadByte(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = d.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }
}
