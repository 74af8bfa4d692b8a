/**
 * The front door: {@link org.warta.analysis.ArticleAnalyzer} takes a raw article through cleaning,
 * language identification and the language's pipeline, and assembles the {@link
 * org.warta.model.ArticleRecord}.
 */
package org.warta.analysis;
