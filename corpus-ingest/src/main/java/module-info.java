/**
 * Corpus-scale runs: reading text, HTML, JSONL, CSV and WARC inputs (plain or gzip, bzip2, zstd,
 * xz compressed, loose or in tar and zip archives), cleaning them in parallel in input order, and writing the output safely with an
 * account of every rejected record. Start at {@link io.corpus.ingest.CorpusJob}.
 */
module io.corpus.ingest {
  requires static transitive org.jspecify;
  requires transitive io.corpus.model;
  requires transitive io.corpus.clean;
  requires transitive io.corpus.export;
  requires com.fasterxml.jackson.core;
  requires com.opencsv;
  requires jwarc;
  requires org.apache.commons.compress;
  requires org.apache.commons.io;
  requires com.github.luben.zstd_jni;
  requires org.tukaani.xz;
  requires org.jsoup;
  requires apache.mime4j.core;

  exports io.corpus.ingest;
}
