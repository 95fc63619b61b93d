/** The corpus command-line tool: a thin picocli shell over the library modules. */
module io.corpus.cli {
  requires static transitive org.jspecify;
  requires io.corpus.model;
  requires io.corpus.clean;
  requires io.corpus.export;
  requires io.corpus.ingest;
  requires transitive info.picocli;

  exports io.corpus.cli;

  opens io.corpus.cli to info.picocli;
}
