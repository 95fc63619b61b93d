package io.corpus.ingest;

import io.corpus.ingest.internal.Opener;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of a run, as given on a command line: files, folders (walked recursively in name
 * order; hidden entries are ignored; files of no known format, links to folders and named pipes,
 * sockets and devices are reported as skipped) and {@code -} for standard input. A folder's walk passes over the run's own output and rejects files
 * (reported as skipped), so a run whose output lies in its input folder never reads an earlier
 * run's output as input. Sources are opened one at a time as iteration reaches them, so a run over
 * a million files holds one open file at a time.
 *
 * <p>A record's {@code source} is its path relative to the folder it was found under ({@code
 * 2021/blinken.txt}), a named file's own file name, or {@code -} for standard input. A missing
 * input becomes a source of one reject that names it. Not thread-safe: one thread iterates.
 *
 * <pre>{@code
 * InputSet inputs = InputSet.of(List.of("dumps/", "extra.jsonl.gz"), InputOptions.DEFAULT, System.in);
 * for (DocumentSource src : inputs) { ... }
 * }</pre>
 */
public final class InputSet implements Iterable<DocumentSource> {

  private final List<String> args;
  private final InputOptions options;
  private final InputStream stdin;
  private final AtomicLong bytesRead = new AtomicLong();
  private @Nullable OptionalLong total;
  /** The run's own output files, absolute and normalized: a folder's walk does not read them. */
  private List<Path> results = List.of();

  private InputSet(List<String> args, InputOptions options, InputStream stdin) {
    this.args = List.copyOf(args);
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /**
   * The inputs named by {@code args}.
   *
   * @param stdin what {@code -} reads
   * @throws IllegalArgumentException if {@code -} is named more than once (standard input can be
   *     read only once)
   */
  public static InputSet of(List<String> args, InputOptions options, InputStream stdin) {
    Objects.requireNonNull(args, "args");
    if (args.stream().filter("-"::equals).count() > 1) {
      throw new IllegalArgumentException("'-' (standard input) is named more than once; it can be read only once");
    }
    return new InputSet(args, options, stdin);
  }

  /** Marks {@code files} as the run's results, which a folder's walk skips; called before iterating. */
  void skipResults(List<Path> files) {
    List<Path> abs = new ArrayList<>();
    for (Path f : files) {
      abs.add(f.toAbsolutePath().normalize());
    }
    results = List.copyOf(abs);
    total = null;
  }

  /** Bytes read so far from the input files as stored (compressed bytes for compressed files). */
  public long bytesRead() {
    return bytesRead.get();
  }

  /**
   * The total size of the inputs as stored, when it is known (not when reading standard input
   * from a pipe; when it is the process's standard input redirected from a file, that file's size
   * counts). Computed once, by a walk that stats every file.
   */
  public OptionalLong totalBytes() {
    if (total == null) {
      long sum = 0;
      boolean known = true;
      for (String arg : args) {
        if (arg.equals("-")) {
          // Standard input redirected from a file (corpus clean - < dump.jsonl) has a size.
          OptionalLong size = stdin == System.in ? regularFileSize(Path.of("/dev/stdin")) : OptionalLong.empty();
          if (size.isPresent()) {
            sum += size.getAsLong();
          } else {
            known = false;
          }
          continue;
        }
        Iterator<Found> it = walk(Path.of(arg));
        while (it.hasNext()) {
          Found f = it.next();
          if (!f.supported || f.skip != null) {
            continue;
          }
          try {
            sum += Files.size(f.path);
          } catch (IOException | UncheckedIOException e) {
            // the run itself will report it
          }
        }
      }
      total = known ? OptionalLong.of(sum) : OptionalLong.empty();
    }
    return total;
  }

  /** The size of {@code path} when it is (or links to) a regular file, else empty. */
  static OptionalLong regularFileSize(Path path) {
    try {
      return Files.isRegularFile(path) ? OptionalLong.of(Files.size(path)) : OptionalLong.empty();
    } catch (IOException | SecurityException | UncheckedIOException e) {
      return OptionalLong.empty();
    }
  }

  @Override
  public Iterator<DocumentSource> iterator() {
    return new Iterator<>() {
      private int argIndex;
      private @Nullable Iterator<Found> files;

      @Override
      public boolean hasNext() {
        while (files == null || !files.hasNext()) {
          if (argIndex >= args.size()) {
            return false;
          }
          String arg = args.get(argIndex++);
          files = arg.equals("-") ? List.of(new Found(null, "-", true)).iterator() : walk(Path.of(arg));
        }
        return true;
      }

      @Override
      public DocumentSource next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return open(files.next());
      }
    };
  }

  private DocumentSource open(Found f) {
    if (f.error != null) {
      return Opener.reject(f.name, f.error);
    }
    if (f.skip != null) {
      return Opener.skipped(f.name, f.skip);
    }
    if (f.path == null) {
      return Opener.open(counting(nonClosing(stdin)), "-", options);
    }
    boolean maybePage = !f.supported && Opener.mayBePage(leaf(f.name));
    if (!f.supported && !maybePage) {
      return Opener.skipped(f.name, Opener.NOT_AN_INPUT);
    }
    try {
      InputStream in = counting(Files.newInputStream(f.path));
      return maybePage ? Opener.openIfPage(in, f.name, options, 0) : Opener.open(in, f.name, options);
    } catch (NoSuchFileException e) {
      return Opener.reject(f.name, "no such file or directory");
    } catch (AccessDeniedException e) {
      return Opener.reject(f.name, "cannot be read: permission denied");
    } catch (IOException e) {
      return Opener.reject(f.name, "cannot be read: " + e.getMessage());
    }
  }

  private static String leaf(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytesRead.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          bytesRead.addAndGet(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long s = super.skip(n);
        bytesRead.addAndGet(Math.max(0, s));
        return s;
      }
    };
  }

  private static InputStream nonClosing(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // standard input belongs to the process, not to this run
      }
    };
  }

  /**
   * A file to open: its path, its name as records cite it, whether its name is a known format;
   * or why it cannot be read ({@code error}: a reject) or is passed over ({@code skip}).
   */
  private static final class Found {
    final @Nullable Path path;
    final String name;
    final boolean supported;
    final @Nullable String error;
    final @Nullable String skip;

    Found(@Nullable Path path, String name, boolean supported) {
      this(path, name, supported, null, null);
    }

    Found(@Nullable Path path, String name, boolean supported, @Nullable String error) {
      this(path, name, supported, error, null);
    }

    private Found(@Nullable Path path, String name, boolean supported, @Nullable String error, @Nullable String skip) {
      this.path = path;
      this.name = name;
      this.supported = supported;
      this.error = error;
      this.skip = skip;
    }

    static Found skipped(Path path, String name, String why) {
      return new Found(path, name, false, null, why);
    }
  }

  /** A named file (always opened, whatever its name), or a folder's files in name order, lazily. */
  private Iterator<Found> walk(Path root) {
    if (!Files.isDirectory(root)) {
      Path fileName = root.getFileName();
      return List.of(new Found(root, fileName == null ? root.toString() : fileName.toString(), true)).iterator();
    }
    return new Iterator<>() {
      private final Deque<Iterator<Path>> stack = new ArrayDeque<>(List.of(List.of(root).iterator()));
      private @Nullable Found next;

      @Override
      public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
          Iterator<Path> top = stack.peek();
          if (!top.hasNext()) {
            stack.pop();
            continue;
          }
          Path p = top.next();
          String rel = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
          if (p != root) {
            if (p.getFileName().toString().startsWith(".")) {
              continue;
            }
          }
          if (p != root && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && savedPageResources(p)) {
            next = Found.skipped(p, rel, "the resources of the saved page beside it (a browser's \"Web page, complete\")");
            continue;
          }
          if (p == root || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try {
              stack.push(children(p));
            } catch (IOException e) {
              next = new Found(p, p == root ? root.toString() : rel, false, "cannot list the folder: " + e.getMessage());
            }
            continue;
          }
          String leaf = p.getFileName().toString();
          if (results.contains(p.toAbsolutePath().normalize())) {
            next = Found.skipped(p, rel, "this run's own output or rejects file");
          } else if (Files.isDirectory(p)) {
            next = Found.skipped(p, rel, "a link to a folder: links to folders are not followed (one could lead back up and loop)");
          } else if ((Opener.isInputName(leaf) || Opener.mayBePage(leaf)) && !Files.isRegularFile(p)) {
            // Reading a named pipe found in a folder would wait for a writer that may never come.
            next = Found.skipped(p, rel, "not a regular file (a named pipe, socket or device); name it on its own to read it");
          } else {
            next = new Found(p, rel, Opener.isInputName(leaf));
          }
        }
        return next != null;
      }

      @Override
      public Found next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Found f = next;
        next = null;
        return f;
      }
    };
  }

  /**
   * Whether folder {@code dir} is what a browser's "save page, complete" puts beside the page:
   * {@code Name_files} (or Internet Explorer's {@code Name.files}) next to {@code Name.html} or
   * {@code Name.htm}. Its scripts, styles and images are no input, and the HTML in it is ads and
   * widgets framed into the page, not articles.
   */
  static boolean savedPageResources(Path dir) {
    String name = dir.getFileName().toString();
    String page = name.endsWith("_files") ? name.substring(0, name.length() - 6)
        : name.endsWith(".files") ? name.substring(0, name.length() - 6) : null;
    if (page == null || page.isEmpty()) {
      return false;
    }
    Path parent = dir.getParent();
    for (String ext : List.of(".html", ".htm", ".HTML", ".HTM", ".xhtml")) {
      if (Files.isRegularFile(parent == null ? Path.of(page + ext) : parent.resolve(page + ext))) {
        return true;
      }
    }
    return false;
  }

  /** A folder's entries in name order: one folder's listing is held at a time per level. */
  private static Iterator<Path> children(Path dir) throws IOException {
    List<Path> kids = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      ds.forEach(kids::add);
    } catch (java.nio.file.DirectoryIteratorException e) {
      throw e.getCause();
    }
    kids.sort(null);
    return kids.iterator();
  }
}
