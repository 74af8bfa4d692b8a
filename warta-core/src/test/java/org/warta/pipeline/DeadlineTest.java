package org.warta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  @Test
  void withoutABudgetNothingIsChecked() {
    Deadline.check();
    assertThat(Deadline.expired()).isFalse();
    String s = "teks";
    assertThat(Deadline.guard(s)).isSameAs(s);
  }

  @Test
  void aSpentBudgetStopsTheLoopThatChecksIt() {
    try (Deadline d = Deadline.start("stage 'time'", Duration.ofMillis(20))) {
      assertThatThrownBy(
              () -> {
                while (true) {
                  Deadline.check();
                }
              })
          .isInstanceOf(BudgetExceededException.class)
          .hasMessage("stage 'time' exceeded its 20 ms budget");
      assertThat(d.isExpired()).isTrue();
    }
    Deadline.check(); // closed: no budget any more
  }

  @Test
  void aGuardedTextStopsACatastrophicRegex() {
    // (.*a){12}$ on "aaaa…!" backtracks polynomially (degree 12): 2 s for 24 chars, ages for 60.
    Pattern evil = Pattern.compile("(.*a){12}$");
    String input = "a".repeat(60) + "!";
    long t0 = System.nanoTime();
    try (Deadline d = Deadline.start("stage 'quote'", Duration.ofMillis(50))) {
      assertThatThrownBy(() -> evil.matcher(Deadline.guard(input)).find())
          .isInstanceOf(BudgetExceededException.class)
          .hasMessageContaining("stage 'quote'");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void waitingForACoreDoesNotSpendTheBudget() throws Exception {
    try (Deadline d = Deadline.start("stage 'entity'", Duration.ofMillis(30))) {
      Thread.sleep(100); // wall time passes, CPU time does not
      Deadline.check();
      assertThat(d.isExpired()).isFalse();
    }
  }

  @Test
  void anInnerBudgetNeverOutlivesTheOuterOne() {
    try (Deadline outer = Deadline.start("analysis", Duration.ofMillis(10))) {
      try (Deadline inner = Deadline.start("stage 'event'", Duration.ofSeconds(60))) {
        assertThatThrownBy(
                () -> {
                  while (true) {
                    Deadline.check();
                  }
                })
            .hasMessage("analysis exceeded its 10 ms budget");
      }
    }
  }

  @Test
  void thePipelineReportsTheStageThatRanOverAndDiscardsItsResult() {
    Stage slow =
        new Stage() {
          @Override
          public String name() {
            return "lambat";
          }

          @Override
          public Set<LayerKey<?>> requires() {
            return Set.of();
          }

          @Override
          public Set<LayerKey<?>> produces() {
            return Set.of(Layers.SENTENCES);
          }

          @Override
          public void process(AnnotatedArticle article) {
            // 30 ms of this thread's CPU time (the budget's clock), however busy the machine is
            java.lang.management.ThreadMXBean threads =
                java.lang.management.ManagementFactory.getThreadMXBean();
            long until = threads.getCurrentThreadCpuTime() + 30_000_000L;
            long wallCap = System.nanoTime() + 10_000_000_000L;
            while (threads.getCurrentThreadCpuTime() < until && System.nanoTime() < wallCap) {
              // busy, and never checks the deadline
            }
            article.put(Layers.SENTENCES, List.of());
          }
        };
    Pipeline p = Pipeline.builder().add(slow).build();
    AnnotatedArticle a = AnnotatedArticle.of("Judul\n\nIsi.", null);
    assertThatThrownBy(() -> p.process(a, Duration.ofMillis(5)))
        .isInstanceOf(BudgetExceededException.class)
        .hasMessage("stage 'lambat' exceeded its 5 ms budget");
    p.process(AnnotatedArticle.of("Judul\n\nIsi.", null), Duration.ZERO); // zero: no limit
    p.process(AnnotatedArticle.of("Judul\n\nIsi.", null), Duration.ofSeconds(10));
  }
}
