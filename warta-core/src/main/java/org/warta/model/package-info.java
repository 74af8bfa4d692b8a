/**
 * The article record: immutable values that every stage produces and every output format reads.
 *
 * <p>All offsets in this package are UTF-16 {@code char} offsets (Java string indices), end
 * exclusive, into the cleaned text of the article, except {@link org.warta.model.Removal}, whose
 * offsets point into the original input. Output formats convert to the unit their contract names
 * (the JSON record uses Unicode code points, see {@code org.warta.io.RecordJsonWriter}).
 */
package org.warta.model;
