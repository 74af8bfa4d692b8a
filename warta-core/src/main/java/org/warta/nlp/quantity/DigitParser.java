package org.warta.nlp.quantity;

/**
 * Reads digit strings with thousands and decimal separators. Indonesian groups thousands with
 * {@code .} and marks decimals with {@code ,} ({@code 15.000}, {@code 1,28}); Malay and English do
 * the opposite ({@code 1,434}, {@code 7.5}). A string that is invalid in the expected convention
 * but valid in the other one is read in the other one ({@code 6.9} in an Indonesian article is 6.9,
 * {@code 1,000,000} is a million).
 */
final class DigitParser {
  private static final double NOT_A_NUMBER = Double.NaN;

  private DigitParser() {}

  /**
   * The value of {@code s}, or NaN if it is not a well-formed number. Quirk: in the Indonesian
   * convention one comma group of {@code 000} ({@code 31,000}) is read as thousands, since no one
   * writes a decimal with three trailing zeros.
   */
  static double parse(String s, boolean commaThousands) {
    char th = commaThousands ? ',' : '.';
    char dec = commaThousands ? '.' : ',';
    if (!commaThousands && s.endsWith(",000") && s.indexOf('.') < 0) {
      double alt = alternativeThousands(s);
      if (!Double.isNaN(alt)) {
        return alt;
      }
    }
    double v = parse(s, th, dec);
    return Double.isNaN(v) ? parse(s, dec, th) : v;
  }

  /**
   * The value of {@code s} read with its single separator as a thousands separator ({@code 1,206}
   * is 1206), or NaN if {@code s} is not one to three digits, a separator and three digits. Used
   * when a decimal reading is implausible, as for a count of people.
   */
  static double alternativeThousands(String s) {
    int sep = -1;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '.' || ch == ',') {
        if (sep >= 0) {
          return NOT_A_NUMBER;
        }
        sep = i;
      } else if (ch < '0' || ch > '9') {
        return NOT_A_NUMBER;
      }
    }
    if (sep < 1 || sep > 3 || s.length() - sep - 1 != 3) {
      return NOT_A_NUMBER;
    }
    return Double.parseDouble(s.substring(0, sep) + s.substring(sep + 1));
  }

  private static double parse(String s, char th, char dec) {
    int decAt = s.indexOf(dec);
    if (decAt >= 0 && s.indexOf(dec, decAt + 1) >= 0) {
      return NOT_A_NUMBER;
    }
    String intPart = decAt >= 0 ? s.substring(0, decAt) : s;
    String frac = decAt >= 0 ? s.substring(decAt + 1) : "";
    if (intPart.isEmpty() || frac.indexOf(th) >= 0 || (decAt >= 0 && frac.isEmpty())) {
      return NOT_A_NUMBER;
    }
    StringBuilder digits = new StringBuilder(s.length());
    int group = 0;
    boolean sawTh = false;
    for (int i = 0; i < intPart.length(); i++) {
      char ch = intPart.charAt(i);
      if (ch == th) {
        if ((!sawTh && (group < 1 || group > 3)) || (sawTh && group != 3)) {
          return NOT_A_NUMBER;
        }
        sawTh = true;
        group = 0;
      } else if (ch >= '0' && ch <= '9') {
        digits.append(ch);
        group++;
      } else {
        return NOT_A_NUMBER;
      }
    }
    if (sawTh && group != 3) {
      return NOT_A_NUMBER;
    }
    for (int i = 0; i < frac.length(); i++) {
      char ch = frac.charAt(i);
      if (ch < '0' || ch > '9') {
        return NOT_A_NUMBER;
      }
    }
    if (!frac.isEmpty()) {
      digits.append('.').append(frac);
    }
    return Double.parseDouble(digits.toString());
  }
}
