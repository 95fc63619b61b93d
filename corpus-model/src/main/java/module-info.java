/**
 * The immutable document model shared by every corpus module.
 *
 * <p>It depends on nothing at run time: mapping to JSON, CSV or HTML belongs to the modules that
 * do that work.
 */
module io.corpus.model {
  requires static transitive org.jspecify;

  exports io.corpus.model;
}
