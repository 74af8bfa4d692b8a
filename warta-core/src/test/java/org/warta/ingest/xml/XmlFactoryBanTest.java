package org.warta.ingest.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every XML parser in Warta comes from {@link SafeXml}: no main source file of any module may call
 * a raw JAXP factory, whose defaults expand entities and may fetch external ones.
 */
class XmlFactoryBanTest {
  private static final Pattern RAW_FACTORY =
      Pattern.compile(
          "XMLInputFactory\\s*\\.\\s*new|DocumentBuilderFactory|SAXParserFactory"
              + "|TransformerFactory|XMLReaderFactory|SchemaFactory|XPathFactory"
              + "|newDefaultFactory");

  @Test
  void onlySafeXmlCreatesXmlParsers() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p :
          s.filter(x -> x.toString().endsWith(".java"))
              .filter(x -> x.toString().contains("src" + java.io.File.separator + "main"))
              .filter(x -> !x.toString().contains(java.io.File.separator + "target"))
              .toList()) {
        if (p.getFileName().toString().equals("SafeXml.java")) {
          continue;
        }
        String src = Files.readString(p, StandardCharsets.UTF_8);
        if (RAW_FACTORY.matcher(src).find()) {
          offenders.add(root.relativize(p).toString());
        }
      }
    }
    assertThat(offenders).as("use org.warta.ingest.xml.SafeXml").isEmpty();
  }

  @Test
  void theScanSeesSafeXmlItself() throws IOException {
    Path self = Path.of("src/main/java/org/warta/ingest/xml/SafeXml.java").toAbsolutePath();
    assertThat(RAW_FACTORY.matcher(Files.readString(self)).find()).isTrue();
  }
}
