/**
 * Cleaning: from the raw input to the cleaned text every annotation points into, with a record of
 * what was removed (offsets into the original) and a map from cleaned to original offsets.
 */
package org.warta.clean;
