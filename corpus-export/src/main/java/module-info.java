/** Writers and readers for corpus datasets. */
module io.corpus.export {
  requires static org.jspecify;
  requires transitive io.corpus.model;
  requires com.fasterxml.jackson.databind;
  requires com.opencsv;

  exports io.corpus.export;

  opens io.corpus.export.internal to com.fasterxml.jackson.databind;
}
