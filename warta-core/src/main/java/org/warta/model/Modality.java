package org.warta.model;

import java.util.Locale;

/** How the source of a claim commits to it (record contract vocabulary). */
public enum Modality {
  ASSERTED,
  REPORTED,
  BELIEVED,
  ESTIMATED,
  POSSIBLE,
  PLANNED,
  DENIED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
