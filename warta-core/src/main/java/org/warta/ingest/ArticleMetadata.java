package org.warta.ingest;

/**
 * What is known about an article besides its text, e.g. from an {@code INDEX.tsv} row or command
 * line options. Every field may be null.
 *
 * @param published publication date or date-time as given ({@code 2019-08-03T16:40+07:00})
 * @param language ISO 639-1 code when the source states it; language identification still runs
 */
public record ArticleMetadata(String url, String outlet, String published, String language) {
  public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);

  /** This metadata with fields of {@code other} filling the gaps. */
  public ArticleMetadata orElse(ArticleMetadata other) {
    return new ArticleMetadata(
        url != null ? url : other.url,
        outlet != null ? outlet : other.outlet,
        published != null ? published : other.published,
        language != null ? language : other.language);
  }

  public ArticleMetadata withPublished(String value) {
    return new ArticleMetadata(url, outlet, value, language);
  }
}
