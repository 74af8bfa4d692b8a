package org.warta.nlp.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.model.Modality;

/**
 * The cue words of one language: for each (possibly multi-word) form, the {@link CueRole roles} it
 * plays and the {@link Modality} it signals. Immutable and thread-safe.
 *
 * <p>The file format is a TSV of {@code form role modality} with {@code #} comments; {@code -}
 * stands for no modality. A form may have several rows with different roles ({@code kepada} is both
 * a channel and a phrase end).
 */
public final class CueLexicon {
  /** One row of the lexicon. */
  public record Cue(List<String> words, CueRole role, Modality modality) {
    public Cue {
      words = List.copyOf(words);
    }

    public int length() {
      return words.size();
    }
  }

  /** A cue found in a word list: {@code words[index, index + length)}. */
  public record Match(Cue cue, int index) {
    public int end() {
      return index + cue.length();
    }

    public CueRole role() {
      return cue.role();
    }

    public Modality modality() {
      return cue.modality();
    }
  }

  private final Map<String, List<Cue>> byFirstWord;

  private CueLexicon(Map<String, List<Cue>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  /** Reads a lexicon in the TSV format described above; the stream is consumed, not closed. */
  public static CueLexicon read(InputStream in) {
    Map<String, List<Cue>> map = new HashMap<>();
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 3) {
          throw new IllegalArgumentException("cue lexicon line " + lineNo + ": expected 3 columns");
        }
        List<String> words = List.of(cols[0].strip().toLowerCase(Locale.ROOT).split(" +"));
        CueRole role = CueRole.valueOf(cols[1].strip());
        String mod = cols[2].strip();
        Modality modality = "-".equals(mod) ? null : Modality.valueOf(mod.toUpperCase(Locale.ROOT));
        map.computeIfAbsent(words.get(0), k -> new ArrayList<>())
            .add(new Cue(words, role, modality));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<Cue>> frozen = new HashMap<>();
    map.forEach(
        (k, v) -> {
          v.sort((a, b) -> Integer.compare(b.length(), a.length()));
          frozen.put(k, List.copyOf(v));
        });
    return new CueLexicon(Collections.unmodifiableMap(frozen));
  }

  /** Reads a lexicon from a class-path resource. */
  public static CueLexicon fromResource(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The longest cue with {@code role} that starts at {@code words[i]}, or null. */
  public Match match(List<Word> words, int i, CueRole role) {
    List<Cue> cues = candidates(words, i);
    for (Cue cue : cues) {
      if (cue.role() == role && matches(words, i, cue)) {
        return new Match(cue, i);
      }
    }
    return null;
  }

  /** Whether {@code words[i]} starts a cue with {@code role}. */
  public boolean is(List<Word> words, int i, CueRole role) {
    return match(words, i, role) != null;
  }

  /** Every cue (any role) starting at {@code words[i]}, longest first. */
  public List<Match> matchesAt(List<Word> words, int i) {
    List<Cue> cues = candidates(words, i);
    if (cues.isEmpty()) {
      return List.of();
    }
    List<Match> out = new ArrayList<>(2);
    for (Cue cue : cues) {
      if (matches(words, i, cue)) {
        out.add(new Match(cue, i));
      }
    }
    return out;
  }

  /** Roles of the single word {@code lower} (one-word forms only), for quick checks. */
  public EnumMap<CueRole, Modality> rolesOf(String lower) {
    EnumMap<CueRole, Modality> out = new EnumMap<>(CueRole.class);
    for (Cue cue : byFirstWord.getOrDefault(lower, List.of())) {
      if (cue.length() == 1) {
        out.put(cue.role(), cue.modality());
      }
    }
    return out;
  }

  private List<Cue> candidates(List<Word> words, int i) {
    if (i < 0 || i >= words.size() || !words.get(i).isWord()) {
      return List.of();
    }
    return byFirstWord.getOrDefault(words.get(i).lower(), List.of());
  }

  private static boolean matches(List<Word> words, int i, Cue cue) {
    if (i + cue.length() > words.size()) {
      return false;
    }
    for (int k = 1; k < cue.length(); k++) {
      Word w = words.get(i + k);
      if (!w.isWord() || !w.lower().equals(cue.words().get(k))) {
        return false;
      }
    }
    return true;
  }
}
