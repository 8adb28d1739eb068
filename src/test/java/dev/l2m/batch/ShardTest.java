package dev.l2m.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ShardTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 16})
  void shardsCoverEveryItemExactlyOnce(int count) {
    for (long index = 0; index < 1000; index++) {
      int owners = 0;
      for (int n = 1; n <= count; n++) {
        if (new Shard(n, count).contains(index)) {
          owners++;
        }
      }
      assertThat(owners).as("item %d of %d shards", index, count).isEqualTo(1);
    }
  }

  @Test
  void parsesIOverN() {
    assertThat(Shard.parse(" 2/8 ")).isEqualTo(new Shard(2, 8));
    assertThat(Shard.parse("1/1").isWhole()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0/4", "5/4", "1/0", "x/2", "3", "", "-1/2"})
  void refusesBadShards(String text) {
    assertThatThrownBy(() -> Shard.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("I/N");
  }
}
