package org.warta.model;

import java.util.List;
import java.util.Objects;

/**
 * A typed event anchored on its trigger word.
 *
 * @param actors entity ids of who acts
 * @param targets entity ids of who or what is acted upon
 * @param places entity ids of where
 * @param time id of the time expression, or null
 * @param quantities ids of the quantities that measure the event (dead, injured, deployed…)
 */
public record Event(
    String id,
    EventType type,
    Mention trigger,
    List<String> actors,
    List<String> targets,
    List<String> places,
    String time,
    List<String> quantities) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    places = List.copyOf(places);
    quantities = List.copyOf(quantities);
  }
}
