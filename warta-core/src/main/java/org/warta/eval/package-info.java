/**
 * Scoring extraction layers against gold data: counts, precision/recall/F1 with explicit micro and
 * macro averages, and the tables the {@code warta eval} commands print.
 */
package org.warta.eval;
