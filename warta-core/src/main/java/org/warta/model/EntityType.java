package org.warta.model;

/** Entity types of the record contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  /** Countries, regions, cities and facilities. */
  LOCATION,
  EVENT,
  MISC
}
