package org.warta.ingest.html;

/**
 * What a page says about itself in its head and structured data. Every field may be null.
 *
 * @param headline the article headline from {@code og:title}, {@code twitter:title} or JSON-LD
 *     {@code headline} (site suffixes removed)
 * @param documentTitle the {@code <title>} text with site suffixes removed
 * @param published ISO date or date-time of publication
 * @param outlet the site's name ({@code og:site_name}, JSON-LD {@code publisher.name})
 * @param url the canonical URL ({@code <link rel=canonical>}, {@code og:url}, JSON-LD {@code url})
 * @param articleBody JSON-LD {@code articleBody}, used only to locate the body in the page
 * @param description {@code og:description} or {@code <meta name=description>}
 */
public record PageMetadata(
    String headline,
    String documentTitle,
    String published,
    String outlet,
    String url,
    String articleBody,
    String description) {}
