package org.warta.ingest.xml;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place where Warta creates an XML parser. Feeds come from the open web, so every parser is
 * hardened against the two classic attacks: external entities (XXE: {@code <!ENTITY x SYSTEM
 * "file:///etc/passwd">}, which would read local files or reach the network) and entity expansion
 * bombs ("billion laughs", kilobytes that expand to gigabytes).
 *
 * <p>Design decision: DTDs are refused outright rather than parsed with limits. StAX with DTD
 * support off still reports the DOCTYPE; {@link #open} callers treat any DTD event as a reason to
 * skip the document ({@link #DTD_REASON}), so no declared entity is ever expanded and no external
 * resource is ever fetched. The JDK's entity expansion limits are set as well, as a second line of
 * defence. Real RSS 2.0 and Atom feeds carry no DTD (only long-dead RSS 0.91 feeds did). The raw
 * JAXP factories ({@code XMLInputFactory.newFactory}, {@code DocumentBuilderFactory}, {@code
 * SAXParserFactory}, {@code TransformerFactory}) are banned elsewhere; a test enforces it.
 */
public final class SafeXml {
  /** The skip reason for a document with a DTD. */
  public static final String DTD_REASON =
      "XML with a document type declaration (DTD) is not read: it can hide an entity-expansion"
          + " bomb or external entities (XXE)";

  private static final XMLInputFactory FACTORY = newHardenedFactory();

  private SafeXml() {}

  private static XMLInputFactory newHardenedFactory() {
    // The JDK's own implementation, whatever else is on the class path (Spark brings Woodstox).
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    trySet(f, "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "100");
    trySet(f, "http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", "100000");
    trySet(f, "http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit", "10000");
    trySet(f, "http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "200");
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, String value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException e) {
      // Not supported by this implementation; the DTD ban above already covers it.
    }
  }

  /**
   * A streaming reader over {@code bytes} (encoding from the XML declaration or byte-order mark).
   * Callers must reject the document when they meet a {@link
   * javax.xml.stream.XMLStreamConstants#DTD} event.
   */
  public static XMLStreamReader open(byte[] bytes) throws XMLStreamException {
    synchronized (FACTORY) {
      return FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
    }
  }

  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  /**
   * The byte offset of the first invalid UTF-8 sequence of a document that is to be read as UTF-8
   * (no byte-order mark of another encoding, no other declared encoding), or -1. Callers parse only
   * the bytes before it and report the rest as broken.
   *
   * <p>Design decision: the JDK's StAX parser does reject such input, but it also prints a {@code
   * [Fatal Error]} line to {@code System.err} from its default error handler, which StAX offers no
   * way to replace; a batch run over a crawl would scatter those lines among its own reports. One
   * strict decoding pass is linear and cheap next to parsing.
   */
  public static int invalidUtf8At(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xFE) == 0xFE)) {
      return -1; // UTF-16 or UTF-32: the parser detects those itself
    }
    int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
    String head =
        new String(
            bytes,
            bom,
            Math.max(0, Math.min(bytes.length, 256) - bom),
            StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_ENCODING.matcher(head);
    if (m.find()) {
      String enc = m.group(1).toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
      if (!enc.equals("utf8")) {
        return -1;
      }
    }
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }
}
