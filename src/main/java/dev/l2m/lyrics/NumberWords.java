package dev.l2m.lyrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as they are sung: "21" → twenty-one, "1999" → nineteen ninety-nine, "3rd" → third.
 * Returns the spoken words, hyphenated compounds already split.
 */
final class NumberWords {
  private static final String[] ONES = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,9})(st|nd|rd|th|s)?");

  private NumberWords() {}

  /** The words for a written number, or empty when the token is not one. */
  static Optional<List<String>> spell(String token) {
    Matcher m = NUMBER.matcher(token.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    long value = Long.parseLong(m.group(1));
    List<String> words = new ArrayList<>();
    if (m.group(1).length() == 4 && value >= 1100 && value <= 2099 && value % 1000 >= 10
        && !(value >= 2000 && value < 2010)) {
      cardinal(value / 100, words);
      int rest = (int) (value % 100);
      if (rest == 0) {
        words.add("hundred");
      } else if (rest < 10) {
        words.add("oh");
        words.add(ONES[rest]);
      } else {
        cardinal(rest, words);
      }
    } else {
      cardinal(value, words);
    }
    String suffix = m.group(2);
    if (suffix != null) {
      String last = words.remove(words.size() - 1);
      words.add(suffix.equals("s") ? plural(last) : ordinal(last));
    }
    return Optional.of(List.copyOf(words));
  }

  private static void cardinal(long value, List<String> out) {
    if (value >= 1_000_000) {
      cardinal(value / 1_000_000, out);
      out.add("million");
      if (value % 1_000_000 != 0) {
        cardinal(value % 1_000_000, out);
      }
      return;
    }
    if (value >= 1000) {
      cardinal(value / 1000, out);
      out.add("thousand");
      if (value % 1000 != 0) {
        cardinal(value % 1000, out);
      }
      return;
    }
    if (value >= 100) {
      out.add(ONES[(int) (value / 100)]);
      out.add("hundred");
      if (value % 100 != 0) {
        cardinal(value % 100, out);
      }
      return;
    }
    if (value >= 20) {
      out.add(TENS[(int) (value / 10)]);
      if (value % 10 != 0) {
        out.add(ONES[(int) (value % 10)]);
      }
      return;
    }
    out.add(ONES[(int) value]);
  }

  private static String ordinal(String word) {
    switch (word) {
      case "one":
        return "first";
      case "two":
        return "second";
      case "three":
        return "third";
      case "five":
        return "fifth";
      case "eight":
        return "eighth";
      case "nine":
        return "ninth";
      case "twelve":
        return "twelfth";
      default:
        return word.endsWith("y") ? word.substring(0, word.length() - 1) + "ieth" : word + "th";
    }
  }

  private static String plural(String word) {
    return word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s";
  }
}
