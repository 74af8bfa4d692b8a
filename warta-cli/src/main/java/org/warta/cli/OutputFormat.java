package org.warta.cli;

/** Output formats of the index commands. */
enum OutputFormat {
  text,
  json
}
