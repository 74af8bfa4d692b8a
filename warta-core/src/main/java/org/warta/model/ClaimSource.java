package org.warta.model;

import java.util.Objects;

/**
 * Who a claim is attributed to, as written, and through which channel it reached the article.
 *
 * <p>In <i>pejabat Barat mengatakan kepada BBC</i> the source is {@code pejabat Barat} and the
 * channel {@code BBC}; in <i>lapor KCNA mengutip perkataan Kim</i> the source is Kim and the
 * channel KCNA.
 *
 * @param entity entity id of the source, or null when it is not an entity ({@code pejabat Barat})
 * @param text the source as written
 * @param channelEntity entity id of the channel, or null
 * @param channelText the channel as written, or null
 */
public record ClaimSource(String entity, String text, String channelEntity, String channelText) {
  public ClaimSource {
    Objects.requireNonNull(text, "text");
  }

  public static ClaimSource of(String entity, String text) {
    return new ClaimSource(entity, text, null, null);
  }
}
