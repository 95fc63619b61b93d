package io.corpus.ingest;

import com.github.luben.zstd.ZstdOutputStream;
import io.corpus.export.DocumentSinks;
import io.corpus.export.ExportOptions;
import io.corpus.export.OutputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Real-shaped sample inputs built in code, and a helper to run a job into memory. */
final class Fixtures {

  private Fixtures() {}

  static final String NEWS =
      "Secretary of State Antony Blinken said on Sunday that it was \u201cpretty unlikely\u201d that a"
          + " face-to-face meeting between President Biden and Russian President Vladimir Putin would"
          + " take place.\n\nBlinken appeared on NBC\u2019s \u201cMeet the Press\u201d as Russia continues to"
          + " build up its military along its border with Ukraine.";

  static final String TRANSCRIPT =
      "QUESTION:\u00a0Mr. Secretary, thank you for joining us.\n\nSECRETARY BLINKEN:\u00a0Good to be"
          + " with you.";

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] data) {
    return compress(data, GZIPOutputStream::new);
  }

  static byte[] bzip2(byte[] data) {
    return compress(data, BZip2CompressorOutputStream::new);
  }

  static byte[] zstd(byte[] data) {
    return compress(data, ZstdOutputStream::new);
  }

  static byte[] xz(byte[] data) {
    return compress(data, out -> new XZOutputStream(out, new LZMA2Options()));
  }

  /** A tar archive, as GNU tar writes one: {@code entries} maps each path to its bytes (null for a folder). */
  static byte[] tar(java.util.Map<String, byte[]> entries) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        for (var e : entries.entrySet()) {
          TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
          if (e.getValue() != null) {
            entry.setSize(e.getValue().length);
          }
          tar.putArchiveEntry(entry);
          if (e.getValue() != null) {
            tar.write(e.getValue());
          }
          tar.closeArchiveEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A zip archive as Java's own writer makes one (deflated entries with data descriptors); the
   * entries whose path ends in {@code .stored} are stored uncompressed, and that suffix dropped.
   */
  static byte[] zip(java.util.Map<String, byte[]> entries) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        for (var e : entries.entrySet()) {
          String name = e.getKey();
          boolean stored = name.endsWith(".stored");
          ZipEntry entry = new ZipEntry(stored ? name.substring(0, name.length() - ".stored".length()) : name);
          if (stored) {
            CRC32 crc = new CRC32();
            crc.update(e.getValue());
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(e.getValue().length);
            entry.setCrc(crc.getValue());
          }
          zip.putNextEntry(entry);
          if (e.getValue() != null) {
            zip.write(e.getValue());
          }
          zip.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  interface Compressor {
    OutputStream wrap(OutputStream out) throws IOException;
  }

  private static byte[] compress(byte[] data, Compressor c) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (OutputStream out = c.wrap(bytes)) {
        out.write(data);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String html(String title, String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><p>"
        + body + "</p></body></html>";
  }

  /** A WARC written with jwarc: warcinfo-less, a request, an HTML response, an image response, an HTML resource. */
  static byte[] warc(WarcCompression compression, String... pages) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), compression);
      int n = 0;
      for (String page : pages) {
        n++;
        URI uri = URI.create("https://example.org/news/" + n);
        w.write(new WarcRequest.Builder(uri).body(new HttpRequest.Builder("GET", "/news/" + n).build()).build());
        w.write(new WarcResponse.Builder(uri)
            .body(new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), utf8(page))
                .build())
            .build());
        w.write(new WarcResponse.Builder(URI.create("https://example.org/img/" + n + ".png"))
            .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build())
            .build());
      }
      w.close();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An HTML resource record (no HTTP envelope), as some crawlers write pages. */
  static byte[] warcResource(String page) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), WarcCompression.NONE);
      w.write(new WarcResource.Builder(URI.create("https://example.org/resource"))
          .body(MediaType.parse("text/html"), utf8(page)).build());
      w.close();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Every record of a source, decoded, in order. */
  static List<InputRecord> records(DocumentSource src) throws IOException {
    List<InputRecord> all = new ArrayList<>();
    try (src) {
      while (src.hasNext()) {
        all.add(src.next().decode());
      }
    }
    return all;
  }

  static List<InputRecord> records(byte[] content, String name, InputOptions options) throws IOException {
    return records(io.corpus.ingest.internal.Opener.open(new ByteArrayInputStream(content), name, options));
  }

  static List<InputRecord> records(byte[] content, String name) throws IOException {
    return records(content, name, InputOptions.DEFAULT);
  }

  /** A job's result: the JSONL it wrote, what it said on standard error, its summary. */
  record Result(String output, String messages, JobSummary summary) {}

  static Result run(CorpusJob.Builder job, List<Path> inputs) throws IOException {
    List<String> args = new ArrayList<>();
    inputs.forEach(p -> args.add(p.toString()));
    return run(job, InputSet.of(args, InputOptions.DEFAULT, new ByteArrayInputStream(new byte[0])));
  }

  static Result run(CorpusJob.Builder job, InputSet inputs) throws IOException {
    StringWriter err = new StringWriter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JobSummary s = job.messages(new PrintWriter(err, true)).build()
        .run(inputs, null, out, o -> DocumentSinks.open(o, OutputFormat.JSONL, ExportOptions.defaults()));
    return new Result(out.toString(StandardCharsets.UTF_8), err.toString(), s);
  }
}
