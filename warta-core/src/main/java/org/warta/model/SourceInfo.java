package org.warta.model;

/**
 * Where an article came from; each field may be null.
 *
 * @param encoding the character encoding the input was decoded from when it was not UTF-8 (e.g.
 *     {@code windows-1252} under {@code --encoding auto}); null for UTF-8
 */
public record SourceInfo(String path, String url, String outlet, String encoding) {
  public static final SourceInfo UNKNOWN = new SourceInfo(null, null, null);

  /** A source read as UTF-8. */
  public SourceInfo(String path, String url, String outlet) {
    this(path, url, outlet, null);
  }
}
