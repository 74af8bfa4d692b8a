package org.warta.model;

/**
 * Warta's event taxonomy, each type mapped to its CAMEO code where one exists (CAMEO 1.1b3, Schrodt
 * 2012). The codes let users join Warta events with GDELT and other CAMEO-coded data.
 */
public enum EventType {
  MEET("040", "Consult / meet"),
  VISIT("042", "Make a visit"),
  STATEMENT("010", "Make public statement"),
  DEPLOY("154", "Mobilize or increase armed forces"),
  ATTACK("190", "Use conventional military force / attack"),
  KILL("1823", "Kill by physical assault"),
  DIE(null, "Death (not attributed to an attacker)"),
  INJURE(null, "Injury"),
  EVACUATE(null, "Evacuation"),
  SEARCH_RESCUE(null, "Search and rescue operation"),
  DISASTER(null, "Natural or technical disaster"),
  PROTEST("140", "Engage in political dissent / protest"),
  ARREST("173", "Arrest, detain or charge"),
  AGREEMENT("057", "Sign formal agreement"),
  AID("070", "Provide aid"),
  PROMISE("030", "Express intent to cooperate / promise"),
  ACKNOWLEDGE("012", "Make optimistic comment / acknowledge"),
  APPEAL("020", "Appeal or request"),
  THREATEN("130", "Threaten"),
  ACCUSE("112", "Accuse"),
  DENY("013", "Deny"),
  DECLARE_EMERGENCY(null, "Declare a state of emergency"),
  APPOINT(null, "Appoint, inaugurate or dismiss from office");

  private final String cameo;
  private final String description;

  EventType(String cameo, String description) {
    this.cameo = cameo;
    this.description = description;
  }

  /** The CAMEO event code, or null where CAMEO has none. */
  public String cameo() {
    return cameo;
  }

  public String description() {
    return description;
  }
}
