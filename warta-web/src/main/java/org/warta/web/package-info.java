/**
 * {@code warta serve}: the REST API under {@code /api/v1} and the server-rendered web UI over the
 * Lucene index of {@code org.warta.index}. Everything the pages need (CSS, JavaScript, the WebJars
 * of htmx, uPlot and Swagger UI) is served by the app itself from the classpath, by exact path.
 */
package org.warta.web;
