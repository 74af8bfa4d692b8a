package org.warta.spark;

import java.io.Closeable;
import java.util.Iterator;

/** Reads the items of one input file lazily; never throws for bad content (it yields rejects). */
interface ItemReader extends Iterator<SourceItem>, Closeable {
  @Override
  void close();
}
