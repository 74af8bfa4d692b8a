package org.warta.model;

/**
 * Warta's event taxonomy, each type mapped to its CAMEO event code where one exists (CAMEO 1.1b3,
 * Schrodt 2012). The codes let users join Warta events with GDELT and other CAMEO-coded data. CAMEO
 * codes interactions between political actors, so natural and accidental happenings (deaths,
 * injuries, disasters, evacuations, rescue operations) and changes of office have no code. The
 * definitions, Indonesian triggers and argument roles of each type are in {@code
 * docs/event-taxonomy.md}.
 */
public enum EventType {
  MEET("040", "Consult: meet, hold talks or negotiate"),
  VISIT("042", "Make a visit"),
  STATEMENT("010", "Make a public statement or send a message"),
  DEPLOY("154", "Mobilize or send forces, personnel or equipment"),
  ATTACK("190", "Use force: attack, shoot, bomb, fight, clash"),
  KILL("1823", "Kill"),
  DIE(null, "Death (with or without a stated killer)"),
  INJURE(null, "Injury"),
  EVACUATE(null, "Evacuation or flight to safety"),
  SEARCH_RESCUE(null, "Search and rescue operation"),
  DISASTER(null, "Natural or technical disaster, fire or accident"),
  PROTEST("140", "Engage in political dissent: demonstrate, rally, riot"),
  ARREST("173", "Arrest, detain or charge with legal action"),
  AGREEMENT("057", "Sign, conclude or ratify a formal agreement"),
  AID("070", "Provide aid or help"),
  PROMISE("030", "Express intent to cooperate: promise, pledge, commit"),
  ACKNOWLEDGE("015", "Acknowledge or claim responsibility, admit"),
  APPEAL("020", "Make an appeal or request"),
  THREATEN("130", "Threaten"),
  ACCUSE("112", "Accuse"),
  DENY("016", "Reject an accusation, deny responsibility"),
  DECLARE_EMERGENCY("1724", "Impose a state of emergency or martial law"),
  APPOINT(null, "Appoint, inaugurate, impeach or dismiss from office"),
  INVESTIGATE("090", "Investigate, interrogate, inquire");

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
