package org.warta.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared development data ({@code ../shared} beside the project, or the directory named
 * by the system property {@code warta.shared.dir} or the environment variable {@code
 * WARTA_SHARED}). Tests and evaluation commands use it; the product never needs it at run time.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared directory if it exists. */
  public static Optional<Path> root() {
    String prop = System.getProperty("warta.shared.dir");
    String env = System.getenv("WARTA_SHARED");
    for (String candidate : new String[] {prop, env, "../shared", "../../shared"}) {
      if (candidate != null && Files.isDirectory(Path.of(candidate))) {
        return Optional.of(Path.of(candidate).toAbsolutePath().normalize());
      }
    }
    return Optional.empty();
  }

  /** {@code relative} inside the shared directory, if it exists. */
  public static Optional<Path> resolve(String relative) {
    return root().map(r -> r.resolve(relative)).filter(Files::exists);
  }
}
