package io.corpus.clean;

/** Test access to the cleaner's title helpers, which are package-private. */
public final class CleanerTitles {
  private CleanerTitles() {}

  public static String withoutPublisherSuffix(String title, String publisher) {
    return Cleaner.withoutPublisherSuffix(title, publisher);
  }
}
