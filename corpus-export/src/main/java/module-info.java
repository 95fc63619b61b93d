/**
 * Writers and readers for corpus datasets: JSONL, CSV and XLSX out ({@link
 * io.corpus.export.DocumentSinks}), corpus's own JSONL and CSV back in ({@link
 * io.corpus.export.DocumentReaders}).
 */
module io.corpus.export {
  requires static transitive org.jspecify;
  requires transitive io.corpus.model;
  requires com.fasterxml.jackson.databind;
  requires com.opencsv;
  requires org.dhatim.fastexcel;

  exports io.corpus.export;

  opens io.corpus.export.internal to com.fasterxml.jackson.databind;
}
