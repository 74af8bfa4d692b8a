package org.warta.nlp.event;

import java.util.Objects;
import org.warta.model.EventType;

/**
 * What a trigger form means.
 *
 * @param type the event type, or null for a blocker: a phrase that is never a trigger although it
 *     contains one ({@code meminta maaf})
 * @param voice how the surrounding words map to roles
 * @param needs a constraint the context must meet, or null: a noun class of {@link EventCues} that
 *     must stand next to the trigger ({@code FORCE}), or {@link #NEEDS_AGENT}
 */
public record TriggerDef(EventType type, Voice voice, String needs) {
  /** The constraint that the event keeps only with a named actor. */
  public static final String NEEDS_AGENT = "AGENT";

  public TriggerDef {
    Objects.requireNonNull(voice, "voice");
  }

  public boolean isBlocker() {
    return type == null;
  }
}
