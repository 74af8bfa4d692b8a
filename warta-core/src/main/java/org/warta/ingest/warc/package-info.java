/** WARC and WARC.gz files (web archives, Common Crawl News) as articles, read with jwarc. */
package org.warta.ingest.warc;
