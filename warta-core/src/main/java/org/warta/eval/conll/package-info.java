/**
 * CoNLL chunk files (token, optional columns, IOB1/BIO tag) and exact-span chunk scoring that
 * agrees with the {@code conlleval} script.
 */
package org.warta.eval.conll;
