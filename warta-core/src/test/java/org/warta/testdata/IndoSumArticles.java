package org.warta.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.warta.eval.SharedData;

/**
 * Reads IndoSum articles ({@code data/corpus/indosum/*.jsonl} of the shared data: paragraphs of
 * sentences of tokens) and detokenises them into plain text, paragraphs separated by blank lines,
 * for robustness tests and benchmarks. The texts are read at test time, never copied.
 */
public final class IndoSumArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IndoSumArticles() {}

  /** The IndoSum directory, if the shared data is present. */
  public static Optional<Path> directory() {
    return SharedData.resolve("data/corpus/indosum");
  }

  /** Up to {@code max} detokenised articles, in file order (dev.01 first). */
  public static List<String> read(int max) {
    Path dir = directory().orElseThrow(() -> new IllegalStateException("no IndoSum data"));
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          String line;
          while ((line = r.readLine()) != null && out.size() < max) {
            if (!line.isBlank()) {
              out.add(detokenise(JSON.readTree(line).get("paragraphs")));
            }
          }
        }
        if (out.size() >= max) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Paragraphs (lists of sentences of tokens) as text, one blank line between paragraphs. */
  static String detokenise(JsonNode paragraphs) {
    StringBuilder b = new StringBuilder();
    for (JsonNode paragraph : paragraphs) {
      if (b.length() > 0) {
        b.append("\n\n");
      }
      boolean quoteOpen = false;
      boolean noSpace = true;
      String previous = "";
      for (JsonNode sentence : paragraph) {
        for (JsonNode tok : sentence) {
          String t = tok.asText();
          boolean attachLeft =
              t.matches("[,.;:!?%)\\]”’]|\\.\\.\\.|'s")
                  || (t.equals("\"") && quoteOpen)
                  || (t.equals("/") && previous.matches("\\d+"))
                  || (previous.equals("/")
                      && t.matches("\\d+")
                      && b.length() > 1
                      && Character.isDigit(b.charAt(b.length() - 2)));
          if (!noSpace && !attachLeft) {
            b.append(' ');
          }
          b.append(t);
          noSpace = t.matches("[(\\[“‘]") || (t.equals("\"") && !quoteOpen);
          if (t.equals("\"")) {
            quoteOpen = !quoteOpen;
          }
          previous = t;
        }
      }
    }
    return b.toString();
  }
}
