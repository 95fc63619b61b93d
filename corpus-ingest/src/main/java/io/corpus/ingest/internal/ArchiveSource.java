package io.corpus.ingest.internal;

import io.corpus.ingest.DocumentSource;
import io.corpus.ingest.InputOptions;
import io.corpus.ingest.InputRecord;
import io.corpus.ingest.SourceEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A tar or zip archive read as a folder: its files in stored order, each opened as an input of its
 * own (compressed, a records format, or another archive), streamed from the archive without
 * extracting anything. An entry's name is the archive's name, a slash and its path inside ({@code
 * site.tar.gz/2021/blinken.html}), and the records of a JSON Lines entry are numbered within it
 * ({@code dumps.zip/part-0.jsonl#42}).
 *
 * <p>As in a folder, hidden entries (a path segment starting with a dot, and the {@code __MACOSX}
 * folder of resource forks macOS adds to zips) are passed over silently, and files of no known
 * format, links and special files are reported as skipped. An entry the archive cannot give
 * (encrypted, or stored with a compression method commons-compress does not read) is rejected by
 * name; a corrupt or truncated archive ends with a reject that says the rest was not read.
 */
final class ArchiveSource extends AbstractSource {

  /** How deep archives may nest (a tar.gz inside a zip is 2): deeper ones are rejected, not read. */
  static final int MAX_DEPTH = 4;

  private final ArchiveInputStream<?> archive;
  private final InputOptions options;
  private final int depth;
  /**
   * Whether this is a WACZ package (Webrecorder's ArchiveWeb.page and Browsertrix): a zip whose
   * WARC files under {@code archive/} hold the pages, beside indexes and a page list that would
   * otherwise be read as documents of their own or rejected.
   */
  private final boolean wacz;
  private @Nullable DocumentSource current;

  private ArchiveSource(String name, ArchiveInputStream<?> archive, InputOptions options, int depth) {
    super(name, archive);
    this.archive = archive;
    this.options = options;
    this.depth = depth;
    this.wacz = Opener.stripCompression(name).toLowerCase(java.util.Locale.ROOT).endsWith(".wacz");
  }

  /** A tar archive's source; {@code depth} counts the archives it lies in (0 for a file). */
  static ArchiveSource tar(String name, InputStream in, InputOptions options, int depth) {
    return new ArchiveSource(name, new TarArchiveInputStream(in), options, depth);
  }

  /** A zip archive's source, read as a stream (entry names in UTF-8 unless they say otherwise). */
  static ArchiveSource zip(String name, InputStream in, InputOptions options, int depth) {
    // Stored (uncompressed) entries followed by a data descriptor are what streaming zip writers
    // such as Java's own ZipOutputStream produce; reading them as a stream needs this allowance.
    return new ArchiveSource(name, new ZipArchiveInputStream(in, "UTF-8", true, true), options, depth);
  }

  @Override
  protected long nextNumber() {
    return 0;
  }

  @Override
  protected @Nullable SourceEntry frame() throws IOException {
    while (true) {
      if (current != null) {
        if (current.hasNext()) {
          return current.next();
        }
        current.close();
        current = null;
      }
      ArchiveEntry e = nextEntry();
      if (e == null) {
        return null;
      }
      String path = entryPath(e.getName());
      if (e.isDirectory() || path.isEmpty() || hidden(path)) {
        continue;
      }
      String full = name() + "/" + path;
      if (!regularFile(e)) {
        return SourceEntry.of(new InputRecord.Skipped(full, 0, "a link or special file in the archive, not a file"));
      }
      if (wacz && !path.startsWith("archive/")) {
        return SourceEntry.of(new InputRecord.Skipped(full, 0,
            "an index or the metadata of a WACZ package; its pages are read from the WARC files under archive/"));
      }
      String leaf = path.substring(path.lastIndexOf('/') + 1);
      boolean maybePage = Opener.mayBePage(leaf);
      if (!Opener.isInputName(leaf) && !maybePage) {
        return SourceEntry.of(new InputRecord.Skipped(full, 0, Opener.NOT_AN_INPUT));
      }
      if (!archive.canReadEntryData(e)) {
        return SourceEntry.of(new InputRecord.Reject(full, 0,
            "cannot be read from the archive (encrypted, or compressed with a method corpus does not read)"));
      }
      current = maybePage
          ? Opener.openIfPage(CloseShieldInputStream.wrap(archive), full, options, depth + 1)
          : Opener.open(CloseShieldInputStream.wrap(archive), full, options, depth + 1);
    }
  }

  /**
   * The next entry. The zip reader's own failures are told as the zip's: a {@link ZipException}
   * otherwise reads as corrupt gzip data, which is what the JDK's gzip reader throws it for.
   */
  private @Nullable ArchiveEntry nextEntry() throws IOException {
    try {
      return archive.getNextEntry();
    } catch (UnsupportedZipFeatureException e) {
      throw new Unreadable("the zip archive uses a feature corpus cannot read in a stream (" + e.getMessage() + ")", e);
    } catch (ZipException e) {
      if (archive instanceof ZipArchiveInputStream) {
        throw new Unreadable("corrupt zip archive (" + e.getMessage() + ")", e);
      }
      throw e;
    }
  }

  /** A failure whose message already says, in words, what is wrong with the archive. */
  static final class Unreadable extends IOException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (current != null) {
        current.close();
      }
    } finally {
      super.close();
    }
  }

  /** The entry's path with the leading {@code ./} or {@code /} some archivers write removed. */
  static String entryPath(String name) {
    String p = name.replace('\\', '/');
    while (p.startsWith("./") || p.startsWith("/")) {
      p = p.substring(p.startsWith("/") ? 1 : 2);
    }
    return p;
  }

  /** Whether a path has a hidden segment ({@code .git/}, {@code ._page.html}) or lies in {@code __MACOSX/}. */
  static boolean hidden(String path) {
    for (String segment : path.split("/", -1)) {
      if (segment.startsWith(".") || segment.toUpperCase(Locale.ROOT).equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }

  private static boolean regularFile(ArchiveEntry e) {
    if (e instanceof TarArchiveEntry) {
      TarArchiveEntry t = (TarArchiveEntry) e;
      return t.isFile() && !t.isLink() && !t.isSymbolicLink() && !t.isCharacterDevice() && !t.isBlockDevice()
          && !t.isFIFO();
    }
    if (e instanceof ZipArchiveEntry) {
      return !((ZipArchiveEntry) e).isUnixSymlink();
    }
    return true;
  }
}
