package org.warta.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An ordered set of {@link BoilerplateRule}s, loaded from {@code reason<TAB>regex} resources of the
 * language packs ({@code org/warta/lang/<code>/boilerplate.tsv}). A regex is matched against the
 * whole trimmed line, case-insensitively; one written {@code .*X.*} is searched for anywhere in the
 * line instead.
 */
public final class BoilerplateRules {
  private final List<BoilerplateRule> rules;

  public BoilerplateRules(List<BoilerplateRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules of every language Warta ships, Indonesian first. */
  public static BoilerplateRules forAllLanguages() {
    List<BoilerplateRule> all = new ArrayList<>();
    for (String lang : List.of("id", "en")) {
      all.addAll(load("/org/warta/lang/" + lang + "/boilerplate.tsv"));
    }
    return new BoilerplateRules(all);
  }

  /** Reads rules from a classpath resource. */
  public static List<BoilerplateRule> load(String resource) {
    try (InputStream in = BoilerplateRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<BoilerplateRule> rules = new ArrayList<>();
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException(resource + ":" + lineNo + ": expected reason<TAB>regex");
        }
        String regex = line.substring(tab + 1);
        // ".*X.*" is "contains X": searched with find(), which avoids backtracking over the line.
        boolean contains = regex.startsWith(".*") && regex.endsWith(".*") && regex.length() > 4;
        if (contains) {
          regex = regex.substring(2, regex.length() - 2);
        }
        try {
          Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
          rules.add(new BoilerplateRule(line.substring(0, tab), p, contains));
        } catch (PatternSyntaxException e) {
          throw new IllegalStateException(resource + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
      return rules;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reason of the first rule matching the whole {@code line}, if any. */
  public Optional<String> match(String line) {
    for (BoilerplateRule rule : rules) {
      if (rule.matches(line)) {
        return Optional.of(rule.reason());
      }
    }
    return Optional.empty();
  }
}
