package org.warta.eval.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {
  private static List<Chunk> chunks(String tags) {
    return Chunker.chunks(List.of(tags.split(" ")));
  }

  @Test
  void bioChunks() {
    // Presiden Joko Widodo tiba di Jawa Barat
    assertThat(chunks("O B-PER I-PER O O B-LOC I-LOC"))
        .containsExactly(new Chunk(1, 3, "PER"), new Chunk(5, 7, "LOC"));
  }

  @Test
  void adjacentBeginsAreSeparateChunks() {
    assertThat(chunks("B-LOC B-LOC I-LOC"))
        .containsExactly(new Chunk(0, 1, "LOC"), new Chunk(1, 3, "LOC"));
  }

  @Test
  void iob1ChunkMayStartWithInside() {
    // IOB1: I- opens a chunk; B- only separates two adjacent chunks of one type
    assertThat(chunks("I-ORG I-ORG O I-PER B-PER"))
        .containsExactly(new Chunk(0, 2, "ORG"), new Chunk(3, 4, "PER"), new Chunk(4, 5, "PER"));
  }

  @Test
  void strayInsideAfterOtherTypeStartsNewChunkAsConllevalDoes() {
    assertThat(chunks("B-PER I-LOC I-LOC O"))
        .containsExactly(new Chunk(0, 1, "PER"), new Chunk(1, 3, "LOC"));
  }

  @Test
  void chunkRunsToSentenceEnd() {
    assertThat(chunks("O O B-ORG I-ORG")).containsExactly(new Chunk(2, 4, "ORG"));
  }

  @Test
  void rejectsOtherSchemes() {
    assertThatThrownBy(() -> chunks("S-PER")).isInstanceOf(IllegalArgumentException.class);
  }
}
