package org.warta.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * An ordered list of stages whose declared inputs and outputs have been checked.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder()
 *     .add(new SentenceStage(...))
 *     .add(new QuantityStage(...))   // fails here if QuantityStage requires a layer nobody makes
 *     .build();
 * p.process(article);
 * }</pre>
 *
 * <p>Thread-safe if its stages are. Keeps cumulative per-stage wall time for benchmarks.
 */
public final class Pipeline {
  private final List<Stage> stages;
  private final Map<String, LongAdder> nanosByStage = new LinkedHashMap<>();

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    for (Stage stage : stages) {
      nanosByStage.put(stage.name(), new LongAdder());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Runs every stage on {@code article} in order and checks each one's promised outputs. */
  public void process(AnnotatedArticle article) {
    process(article, null);
  }

  /**
   * Runs every stage on {@code article} in order, each under a time budget of its own.
   *
   * <p>The budget is a {@link Deadline} that stages consult cooperatively; a stage that returns
   * after its budget is spent (because it has no check where it lingered) has its result discarded
   * just the same. Either way the article is not finished and the caller reports it as skipped.
   *
   * @param stageBudget the time each stage may take; null or zero for no limit
   * @throws BudgetExceededException if a stage exceeds its budget
   */
  public void process(AnnotatedArticle article, Duration stageBudget) {
    for (Stage stage : stages) {
      long t0 = System.nanoTime();
      try (Deadline deadline = Deadline.start("stage '" + stage.name() + "'", stageBudget)) {
        stage.process(article);
        if (deadline.isExpired()) {
          throw deadline.exceeded();
        }
      } finally {
        nanosByStage.get(stage.name()).add(System.nanoTime() - t0);
      }
      for (LayerKey<?> key : stage.produces()) {
        if (!article.has(key)) {
          throw new IllegalStateException(
              "stage '" + stage.name() + "' did not produce layer '" + key + "'");
        }
      }
    }
  }

  /** Cumulative wall-clock nanoseconds spent in each stage since this pipeline was built. */
  public Map<String, Long> stageNanos() {
    Map<String, Long> out = new LinkedHashMap<>();
    nanosByStage.forEach((k, v) -> out.put(k, v.sum()));
    return Collections.unmodifiableMap(out);
  }

  /** Builds a pipeline, checking that every stage's inputs are produced before it runs. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();
    private final Set<LayerKey<?>> available = new LinkedHashSet<>(Set.of(Layers.PARAGRAPHS));

    private Builder() {}

    /**
     * Appends a stage.
     *
     * @throws IllegalArgumentException if the stage requires a layer no earlier stage produces, or
     *     produces a layer an earlier stage already produced
     */
    public Builder add(Stage stage) {
      for (LayerKey<?> key : stage.requires()) {
        if (!available.contains(key)) {
          throw new IllegalArgumentException(
              "stage '"
                  + stage.name()
                  + "' requires layer '"
                  + key
                  + "' which no earlier stage"
                  + " produces (available: "
                  + available
                  + ")");
        }
      }
      for (LayerKey<?> key : stage.produces()) {
        if (!available.add(key)) {
          throw new IllegalArgumentException(
              "stage '"
                  + stage.name()
                  + "' produces layer '"
                  + key
                  + "' which is already produced");
        }
      }
      if (stages.stream().anyMatch(s -> s.name().equals(stage.name()))) {
        throw new IllegalArgumentException("two stages are named '" + stage.name() + "'");
      }
      stages.add(stage);
      return this;
    }

    public Pipeline build() {
      return new Pipeline(stages);
    }
  }
}
