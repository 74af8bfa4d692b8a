/**
 * Reading articles from files, directories and streams into {@link org.warta.ingest.RawArticle}s,
 * with one clear {@link org.warta.ingest.InputRejectedException} per unreadable input.
 */
package org.warta.ingest;
