package org.warta.index;

import java.util.List;

/**
 * One entity merged across articles.
 *
 * @param name the commonest canonical name among the merged entities
 * @param type the commonest type
 * @param aliases every form written, with how many articles write it
 * @param articles the articles that mention it, newest first
 * @param cooccurring other entities in those articles, by number of shared articles
 * @param quotes direct speech attributed to it
 * @param claims claims it is the source of (with the figures they state)
 * @param events events it takes part in, with its role
 */
public record EntityPage(
    String name,
    String type,
    List<Alias> aliases,
    List<ArticleRef> articles,
    List<Cooccurrence> cooccurring,
    List<QuoteRef> quotes,
    List<ClaimRef> claims,
    List<EventRef> events) {
  public record Alias(String form, int articles) {}

  public record ArticleRef(
      String id, String title, String outlet, String published, String story, int mentions) {}

  public record Cooccurrence(String name, String type, int articles) {}

  public record QuoteRef(
      String text, String speakerText, String article, String outlet, String published) {}

  public record ClaimRef(
      String text,
      String modality,
      List<String> figures,
      String article,
      String outlet,
      String published) {}

  public record EventRef(
      String type, String trigger, String role, String article, String outlet, String published) {}
}
