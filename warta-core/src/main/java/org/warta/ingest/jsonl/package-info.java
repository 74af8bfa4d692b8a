/** JSON Lines of Warta records, read back for indexing without new analysis. */
package org.warta.ingest.jsonl;
