package org.warta.analysis;

/** One standard analyzer for all tests of a JVM: building it loads every model once. */
public final class SharedAnalyzer {
  private static ArticleAnalyzer instance;

  private SharedAnalyzer() {}

  public static synchronized ArticleAnalyzer get() {
    if (instance == null) {
      instance = ArticleAnalyzer.standard();
    }
    return instance;
  }
}
