/**
 * Cleaning: the rules that remove page chrome and recover metadata, and the pipeline that runs
 * them. Start at {@link io.corpus.clean.Cleaner}.
 */
module io.corpus.clean {
  requires static transitive org.jspecify;
  requires transitive io.corpus.model;
  requires transitive org.jsoup;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports io.corpus.clean;
  exports io.corpus.clean.normalize;
  exports io.corpus.clean.transcript;
  exports io.corpus.clean.rules;
  exports io.corpus.clean.html;
  exports io.corpus.clean.banner;
  exports io.corpus.clean.tooltip;
  exports io.corpus.clean.truncation;
  exports io.corpus.clean.chrome;
  exports io.corpus.clean.meta;

  opens io.corpus.clean.rules to com.fasterxml.jackson.databind;

  uses io.corpus.clean.RulePack;
}
