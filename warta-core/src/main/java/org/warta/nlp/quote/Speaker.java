package org.warta.nlp.quote;

import java.util.Objects;

/**
 * Who says something, as found by the reporting rules.
 *
 * @param entity entity id, or null when the speaker is not an entity ({@code media pemerintah})
 * @param text the speaker as written ({@code Kim}, {@code dia}, {@code pejabat Barat})
 * @param start UTF-16 offset of {@code text} in the cleaned text
 * @param channelEntity entity id of the medium the words came through, or null
 * @param channelText the medium as written ({@code KCNA}, {@code BBC}), or null
 */
public record Speaker(
    String entity, String text, int start, String channelEntity, String channelText) {
  public Speaker {
    Objects.requireNonNull(text, "text");
  }

  /** This speaker with a channel added, unless it already has one. */
  public Speaker withChannel(Speaker channel) {
    if (channel == null || channelText != null) {
      return this;
    }
    return new Speaker(entity, text, start, channel.entity(), channel.text());
  }
}
