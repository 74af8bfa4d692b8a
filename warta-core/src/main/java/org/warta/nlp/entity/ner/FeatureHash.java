package org.warta.nlp.entity.ner;

/**
 * 64-bit hashes that name features without building strings: FNV-1a over characters, mixed with the
 * SplitMix64 finaliser. Deterministic across JVMs (unlike identity hashes), so models trained
 * anywhere load anywhere; at 64 bits, collisions among the model's ~10^5 features are vanishingly
 * unlikely (about 10^-9).
 */
final class FeatureHash {
  private FeatureHash() {}

  static final long EMPTY = 0x9E3779B97F4A7C15L;

  /** Hash of {@code s[from, to)}. */
  static long chars(CharSequence s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return fmix(h);
  }

  static long chars(CharSequence s) {
    return chars(s, 0, s.length());
  }

  /** Combines two hashes (order matters). */
  static long mix(long a, long b) {
    return fmix(a * 0xbf58476d1ce4e5b9L + b + 0x94d049bb133111ebL);
  }

  static long mix(long a, long b, long c) {
    return mix(mix(a, b), c);
  }

  static long mix(long a, long b, long c, long d) {
    return mix(mix(mix(a, b), c), d);
  }

  /** A feature id, never 0 (0 marks an empty slot in {@link LongIntMap}). */
  static long nonZero(long h) {
    return h == 0 ? 1 : h;
  }

  static long fmix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
