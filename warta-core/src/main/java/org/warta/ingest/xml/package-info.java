/**
 * The hardened XML parser every XML-reading adapter uses ({@link org.warta.ingest.xml.SafeXml}).
 */
package org.warta.ingest.xml;
