package org.warta.model;

/** Where an article came from; each field may be null. */
public record SourceInfo(String path, String url, String outlet) {
  public static final SourceInfo UNKNOWN = new SourceInfo(null, null, null);
}
