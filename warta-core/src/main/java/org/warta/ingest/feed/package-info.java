/** RSS and Atom feeds as articles, read through the hardened XML parser. */
package org.warta.ingest.feed;
