package org.warta.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.warta.clean.ArticleCleaner;
import org.warta.clean.CleanedArticle;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ContentType;
import org.warta.ingest.RawArticle;
import org.warta.ingest.html.HtmlArticleExtractor;
import org.warta.ingest.html.HtmlExtraction;
import org.warta.lang.generic.GenericLanguagePack;
import org.warta.lang.id.IndonesianLanguagePack;
import org.warta.model.ArticleRecord;
import org.warta.model.SourceInfo;
import org.warta.nlp.langid.LanguageIdentifier;
import org.warta.nlp.langid.LinguaLanguageIdentifier;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.BudgetExceededException;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Pipeline;

/**
 * Raw article in, complete record out: cleaning, language identification, the language's pipeline,
 * record assembly.
 *
 * <pre>{@code
 * ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
 * ArticleRecord record = analyzer.analyze(new RawArticle("-", text, ArticleMetadata.NONE));
 * }</pre>
 *
 * <p>Thread-safe: build one and share it. Building loads every model and lexicon, which takes a
 * second or two; analysing then loads nothing.
 */
public final class ArticleAnalyzer {
  /**
   * The default CPU time each stage may spend on one article (see {@link Deadline}). A news article
   * takes a few milliseconds per stage; two seconds leaves room for a cold JVM and very long
   * articles while keeping one pathological input from stalling a batch for long.
   */
  public static final Duration DEFAULT_STAGE_BUDGET = Duration.ofMillis(2000);

  private final ArticleCleaner cleaner;
  private final HtmlArticleExtractor htmlExtractor;
  private final LanguageIdentifier languageIdentifier;
  private final Map<String, Pipeline> pipelines = new HashMap<>();
  private final Pipeline fallback;
  private final Duration stageBudget;

  public ArticleAnalyzer(
      ArticleCleaner cleaner,
      LanguageIdentifier languageIdentifier,
      List<LanguagePack> packs,
      LanguagePack fallback) {
    this.cleaner = Objects.requireNonNull(cleaner);
    this.htmlExtractor = new HtmlArticleExtractor(cleaner);
    this.languageIdentifier = Objects.requireNonNull(languageIdentifier);
    for (LanguagePack pack : packs) {
      for (String lang : pack.languages()) {
        pipelines.put(lang, pack.pipeline());
      }
    }
    this.fallback = fallback.pipeline();
    this.stageBudget = DEFAULT_STAGE_BUDGET;
  }

  private ArticleAnalyzer(ArticleAnalyzer base, Duration stageBudget) {
    this.cleaner = base.cleaner;
    this.htmlExtractor = base.htmlExtractor;
    this.languageIdentifier = base.languageIdentifier;
    this.pipelines.putAll(base.pipelines);
    this.fallback = base.fallback;
    this.stageBudget = stageBudget;
  }

  /**
   * This analyzer with another per-stage time budget (sharing its models; cheap). The budget
   * applies to HTML extraction, cleaning and each pipeline stage separately.
   *
   * @param budget null or zero for no limit
   */
  public ArticleAnalyzer withStageBudget(Duration budget) {
    return new ArticleAnalyzer(this, budget);
  }

  /** The time each stage may spend on one article; null or zero when unlimited. */
  public Duration stageBudget() {
    return stageBudget;
  }

  /** The analyzer with every language pack Warta ships. */
  public static ArticleAnalyzer standard() {
    return new ArticleAnalyzer(
        ArticleCleaner.standard(),
        LinguaLanguageIdentifier.standard(),
        List.of(new IndonesianLanguagePack()),
        new GenericLanguagePack());
  }

  /**
   * The standard analyzer with the Indonesian entity stage in {@code ner} mode: {@code RULES}
   * leaves the NER model out (for measuring what it costs), {@code COMBINED} is {@link
   * #standard()}.
   */
  public static ArticleAnalyzer standard(org.warta.nlp.entity.EntityStage.Mode ner) {
    return new ArticleAnalyzer(
        ArticleCleaner.standard(),
        LinguaLanguageIdentifier.standard(),
        List.of(new IndonesianLanguagePack(ner, IndonesianLanguagePack.discoveredNameFinders())),
        new GenericLanguagePack());
  }

  /** The pipeline used for {@code language}. */
  public Pipeline pipelineFor(String language) {
    return pipelines.getOrDefault(language, fallback);
  }

  /**
   * Analyses one article.
   *
   * @throws BudgetExceededException if a stage used more than its {@linkplain #stageBudget()
   *     budget}: the article is to be reported as skipped with the exception's message. Nothing
   *     else is thrown for any text content.
   */
  public ArticleRecord analyze(RawArticle raw) {
    return analyzeDetailed(raw).record();
  }

  /**
   * Analyses one article and keeps the cleaning result beside the record. An HTML page goes through
   * the {@link HtmlArticleExtractor} first; the page's own metadata (canonical URL, outlet,
   * publication date) fills what the caller's metadata leaves open.
   */
  public Analysis analyzeDetailed(RawArticle raw) {
    Prepared p = prepare(raw, ArticleMetadata.NONE);
    return analyzeDetailed(p.raw(), p.cleaned());
  }

  /**
   * An article cleaned (an HTML page through the main-content extractor) with its id, before the
   * expensive analysis: batch readers use the id to skip duplicates without analysing them.
   *
   * @param raw the article with the metadata its source gives
   * @param cleaned the cleaned text, for {@link #analyzeDetailed(RawArticle, CleanedArticle)}
   */
  public record Prepared(String id, RawArticle raw, CleanedArticle cleaned) {}

  /**
   * Cleans {@code raw} and computes its id. Metadata precedence: what the source gives ({@code
   * raw}'s metadata: INDEX.tsv, command line, WARC target URI) over what an HTML page says about
   * itself over {@code fallback} (e.g. a WARC capture date).
   */
  public Prepared prepare(RawArticle raw, ArticleMetadata fallback) {
    ArticleMetadata meta = raw.metadata();
    CleanedArticle cleaned;
    if (raw.contentType() == ContentType.HTML) {
      HtmlExtraction page;
      try (Deadline d = Deadline.start("HTML extraction", stageBudget)) {
        page = htmlExtractor.extract(raw.content(), raw.name());
        if (d.isExpired()) {
          throw d.exceeded();
        }
      }
      cleaned = page.cleaned();
      meta = meta.orElse(page.metadata());
    } else {
      try (Deadline d = Deadline.start("cleaning", stageBudget)) {
        cleaned = cleaner.clean(raw.content());
        if (d.isExpired()) {
          throw d.exceeded();
        }
      }
    }
    return new Prepared(
        articleId(cleaned.text()), raw.withMetadata(meta.orElse(fallback)), cleaned);
  }

  /**
   * Analyses an article whose cleaned text was already produced (by the HTML extractor or another
   * reader); {@code cleaned}'s removals and offsets point into {@code raw.content()}.
   */
  public Analysis analyzeDetailed(RawArticle raw, CleanedArticle cleaned) {
    ArticleMetadata meta = raw.metadata();
    String language = languageIdentifier.identify(cleaned.text());
    LocalDate published = PublicationDate.parse(meta.published()).orElse(null);
    AnnotatedArticle article =
        new AnnotatedArticle(cleaned.text(), cleaned.paragraphs(), published);
    article.put(Layers.LANGUAGE, language);
    pipelineFor(language).process(article, stageBudget);
    String publishedOut = published == null ? null : meta.published().strip();
    ArticleRecord record =
        new ArticleRecord(
            articleId(cleaned.text()),
            new SourceInfo(
                "-".equals(raw.name()) ? null : raw.name(),
                meta.url(),
                meta.outlet(),
                raw.encoding()),
            publishedOut,
            language,
            cleaned.title(),
            cleaned.text(),
            cleaned.removed(),
            article.find(Layers.SENTENCES).orElse(List.of()),
            article.find(Layers.ENTITIES).orElse(List.of()),
            article.find(Layers.QUANTITIES).orElse(List.of()),
            article.find(Layers.TIMES).orElse(List.of()),
            article.find(Layers.QUOTES).orElse(List.of()),
            article.find(Layers.CLAIMS).orElse(List.of()),
            article.find(Layers.EVENTS).orElse(List.of()));
    return new Analysis(raw, cleaned, record);
  }

  /**
   * The stable id of an article: the first 16 hex digits of the SHA-256 of its cleaned text. The
   * same article read again, from another path or with other boilerplate around it, gets the same
   * id, which is what deduplication at ingest needs.
   */
  public static String articleId(String cleanedText) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(cleanedText.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
