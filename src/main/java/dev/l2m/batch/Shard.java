package dev.l2m.batch;

/**
 * One of {@code count} disjoint parts of a batch: item {@code i} (0-based, in input order) belongs
 * to shard {@code i % count + 1}. Every machine reading the same inputs agrees on the split
 * without talking to the others.
 *
 * @param number this shard, 1..count
 * @param count how many shards there are
 */
public record Shard(int number, int count) {
  /** The whole batch. */
  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (count < 1 || number < 1 || number > count) {
      throw new IllegalArgumentException(
          "shard " + number + "/" + count + " does not exist: use I/N with 1 <= I <= N");
    }
  }

  /**
   * Parses {@code "I/N"}, for example {@code 2/8}.
   *
   * @throws IllegalArgumentException with a message for the user
   */
  public static Shard parse(String text) {
    String t = text == null ? "" : text.strip();
    int slash = t.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("'" + text + "' is not a shard: write I/N, for example 1/4");
    }
    try {
      return new Shard(
          Integer.parseInt(t.substring(0, slash).strip()), Integer.parseInt(t.substring(slash + 1).strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a shard: write I/N, for example 1/4", e);
    }
  }

  /** True when the item at {@code index} is this shard's. */
  public boolean contains(long index) {
    return index % count == number - 1;
  }

  public boolean isWhole() {
    return count == 1;
  }

  @Override
  public String toString() {
    return number + "/" + count;
  }
}
