package org.warta.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Restores the initial consonant that Indonesian nasal prefixes swallow, as an extra token at the
 * same position: {@code mengirimkan} also yields {@code kirimkan}, {@code menulis} {@code tulis},
 * {@code memukul} {@code pukul}; {@code pengiriman} {@code kiriman}. Lucene's Indonesian stemmer
 * (Tala's algorithm) strips {@code meng-}/{@code men-}/{@code mem-} without restoring the
 * consonant, so without this filter {@code kirim} would not find {@code mengirimkan}.
 *
 * <p>Design decision: both readings are indexed rather than guessing one, because a vowel-initial
 * root ({@code mengambil} ← {@code ambil}) and a restored one ({@code mengirim} ← {@code kirim})
 * look the same; the wrong extra token ({@code kambil}) costs a little index space and is almost
 * never a query term. Place it after lower-casing and before the stemmer.
 */
final class NasalPrefixFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private String pending;
  private State state;

  NasalPrefixFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(state);
      term.setEmpty().append(pending);
      posInc.setPositionIncrement(0);
      pending = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    pending = restored(term);
    if (pending != null) {
      state = captureState();
    }
    return true;
  }

  /** The word with the swallowed consonant restored, or null when no nasal prefix applies. */
  static String restored(CharSequence w) {
    int n = w.length();
    if (n < 6) {
      return null;
    }
    char c0 = w.charAt(0);
    if ((c0 != 'm' && c0 != 'p') || w.charAt(1) != 'e') {
      return null;
    }
    // me-/pe- + ng + vowel -> k; + n + vowel -> t; + m + vowel -> p (meny- is handled by Lucene).
    if (w.charAt(2) == 'n' && w.charAt(3) == 'g' && isVowel(w.charAt(4))) {
      return "k" + w.subSequence(4, n);
    }
    if (w.charAt(2) == 'n' && isVowel(w.charAt(3))) {
      return "t" + w.subSequence(3, n);
    }
    if (w.charAt(2) == 'm' && isVowel(w.charAt(3))) {
      return "p" + w.subSequence(3, n);
    }
    return null;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    state = null;
  }
}
