/**
 * The stage contract and the pipeline that composes stages.
 *
 * <p>A {@link org.warta.pipeline.Stage} declares which {@link org.warta.pipeline.LayerKey layers}
 * it reads and writes; {@link org.warta.pipeline.Pipeline.Builder} refuses to build a pipeline in
 * which a stage reads a layer no earlier stage writes. Stages are stateless and thread-safe, so the
 * CLI, the web server and Spark share one pipeline instance; per-article state lives in the {@link
 * org.warta.pipeline.AnnotatedArticle} that flows through it.
 */
package org.warta.pipeline;
