package io.corpus.cli;

import io.corpus.clean.Cleaner;
import io.corpus.clean.Explainer;
import io.corpus.model.ContentType;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corpus explain FILE}: prints the raw document with each removed span marked and labelled
 * by its rule, then the recovered metadata and turns.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what cleaning removes from one document, and why.",
      "Prints the raw text with every removed span marked [-rule-id: text-] (coloured on a terminal),",
      "then the recovered metadata and speaker turns. FILE is UTF-8 text, or HTML (.html, .htm)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:explained", "1:the file could not be read", "2:usage error"})
public final class ExplainCommand implements Callable<Integer> {

  /** When to colour the output. */
  public enum Color {
    AUTO,
    ALWAYS,
    NEVER;

    /** Reads {@code auto}, {@code always} or {@code never}, in any case. */
    static Color parse(String value) {
      try {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("expected auto, always or never, got '" + value + "'");
      }
    }
  }

  /** picocli converter for {@link Color}. */
  static final class ColorConverter implements CommandLine.ITypeConverter<Color> {
    @Override
    public Color convert(String value) {
      return Color.parse(value);
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The document to explain.")
  Path file;

  @Option(names = "--url", paramLabel = "URL", description = "The page's address, for site-scoped rules.")
  @Nullable String url;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      converter = ColorConverter.class,
      description = "Colour: auto, always or never (default: auto, colour when standard output is a terminal).")
  Color color = Color.AUTO;

  @CommandLine.Mixin RuleOptions rules;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    Cleaner cleaner = rules.cleaner(cl);
    PrintWriter err = cl.getErr();
    String content;
    try {
      byte[] bytes = Files.readAllBytes(file);
      content =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (NoSuchFileException e) {
      err.println("corpus: " + file + ": no such file");
      err.flush();
      return ExitCodes.SOME_REJECTED;
    } catch (CharacterCodingException e) {
      err.println("corpus: " + file + ": not valid UTF-8");
      err.flush();
      return ExitCodes.SOME_REJECTED;
    } catch (IOException e) {
      err.println("corpus: " + file + ": cannot be read: " + e.getMessage());
      err.flush();
      return ExitCodes.SOME_REJECTED;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ContentType type = name.endsWith(".html") || name.endsWith(".htm") ? ContentType.HTML : ContentType.TEXT;
    RawDocument raw = new RawDocument(file.getFileName().toString(), null, url, content, type, Map.of());
    CorpusDocument doc = cleaner.clean(raw);
    boolean useColor = color == Color.ALWAYS || (color == Color.AUTO && System.console() != null);
    PrintWriter out = cl.getOut();
    out.print(Explainer.render(content, doc, useColor));
    out.flush();
    return ExitCodes.OK;
  }
}
