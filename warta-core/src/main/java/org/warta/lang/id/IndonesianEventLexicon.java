package org.warta.lang.id;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.model.EventType;
import org.warta.nlp.event.EventCues;
import org.warta.nlp.event.EventRules;
import org.warta.nlp.event.TriggerDef;
import org.warta.nlp.event.TriggerLexicon;
import org.warta.nlp.event.Voice;

/**
 * Loads the Indonesian event resources: {@code event-triggers.tsv} (roots and phrases with affix
 * patterns, expanded by {@link IndonesianAffixes}) and {@code event-cues.tsv} (function words and
 * noun classes). Both formats are described in the files' header comments.
 */
public final class IndonesianEventLexicon {
  static final String TRIGGERS = "event-triggers.tsv";
  static final String CUES = "event-cues.tsv";

  private IndonesianEventLexicon() {}

  /** The rules from the bundled resources. Reads them on every call: call once and keep. */
  public static EventRules rules() {
    EventCues cues = parseCues(read(CUES));
    List<String> clitics = new ArrayList<>(cues.words(EventCues.CLITIC));
    clitics.sort((a, b) -> b.length() - a.length());
    return new EventRules(new TriggerLexicon(parseTriggers(read(TRIGGERS)), clitics), cues);
  }

  /** Parses trigger rows; fails with the line number on a malformed row. */
  static Map<String, TriggerDef> parseTriggers(List<String> lines) {
    Map<String, TriggerDef> forms = new LinkedHashMap<>();
    int lineNo = 0;
    boolean header = true;
    for (String line : lines) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (line.startsWith("form\t")) {
          continue;
        }
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalArgumentException(TRIGGERS + ":" + lineNo + ": expected 4 columns");
      }
      String form = f[0].strip().toLowerCase(Locale.ROOT);
      EventType type = "NONE".equals(f[2].strip()) ? null : EventType.valueOf(f[2].strip());
      String needs = f[3].strip().equals("-") ? null : f[3].strip();
      int space = form.indexOf(' ');
      String head = space < 0 ? form : form.substring(0, space);
      String rest = space < 0 ? "" : form.substring(space);
      for (String pattern : f[1].strip().split("\\s+")) {
        String affix = pattern;
        Voice hint = null;
        int colon = pattern.indexOf(':');
        if (colon >= 0) {
          affix = pattern.substring(0, colon);
          hint = hint(pattern.substring(colon + 1), lineNo);
        }
        Voice voice = hint != null ? hint : voiceOf(affix, lineNo);
        for (String surface : IndonesianAffixes.forms(head, affix)) {
          forms.putIfAbsent(surface + rest, new TriggerDef(type, voice, needs));
        }
      }
    }
    return forms;
  }

  static EventCues parseCues(List<String> lines) {
    Map<String, Set<String>> classes = new HashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("class\t")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalArgumentException(CUES + ": bad row '" + line + "'");
      }
      classes
          .computeIfAbsent(f[0].strip(), k -> new LinkedHashSet<>())
          .add(f[1].strip().toLowerCase(Locale.ROOT));
    }
    return new EventCues(classes);
  }

  private static Voice hint(String hint, int lineNo) {
    return switch (hint) {
      case "verb" -> Voice.ACTIVE;
      case "intr" -> Voice.INTRANSITIVE;
      case "pass" -> Voice.PASSIVE;
      case "noun" -> Voice.NOUN;
      case "recv" -> Voice.RECEIVE;
      default ->
          throw new IllegalArgumentException(
              TRIGGERS + ":" + lineNo + ": unknown voice hint '" + hint + "'");
    };
  }

  private static Voice voiceOf(String affix, int lineNo) {
    return switch (affix) {
      case "meN-", "meN-kan", "meN-i", "-kan", "-i" -> Voice.ACTIVE;
      case "di-", "di-kan", "di-i", "ter-" -> Voice.PASSIVE;
      case "ber-" -> Voice.INTRANSITIVE;
      case "-an", "peN-an", "per-an", "ke-an" -> Voice.NOUN;
      default ->
          throw new IllegalArgumentException(
              TRIGGERS + ":" + lineNo + ": pattern '" + affix + "' needs a voice hint (0:verb …)");
    };
  }

  private static List<String> read(String name) {
    try (InputStream in = IndonesianEventLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
