package dev.l2m.lyrics;

import java.util.Locale;
import java.util.Set;

/**
 * Words sung light: articles, pronouns, prepositions, conjunctions and auxiliaries. A
 * one-syllable function word is unstressed; any other one-syllable word is stressed.
 */
public final class FunctionWords {
  private static final Set<String> WORDS =
      Set.of(
          "a", "an", "the", "th'", "of", "o'", "to", "in", "on", "at", "by", "for", "from", "with",
          "and", "an'", "or", "but", "nor", "so", "as", "if", "than", "that", "my", "your", "his",
          "her", "its", "our", "their", "thy", "thine", "me", "him", "us", "them", "i", "you",
          "he", "she", "it", "we", "they", "thee", "is", "am", "are", "was", "were", "be", "been",
          "do", "does", "did", "has", "have", "had", "can", "could", "will", "would", "shall",
          "should", "may", "might", "must", "into", "onto", "upon", "unto", "'tis", "'twas",
          "i'm", "i'll", "i've", "i'd", "you're", "you'll", "you've", "you'd", "it's", "he's",
          "she's", "we're", "we'll", "we've", "they're", "they'll", "they've", "'em", "ya",
          "yer", "'n", "n'", "til", "'til", "till", "'cause", "cause", "while", "when", "where",
          "who", "whom", "whose", "which", "this", "these", "those", "there", "then", "some",
          "such", "each", "ere", "art", "hath", "doth", "wilt", "shalt", "thou");

  private FunctionWords() {}

  /** True when the word (any case, straight or curly apostrophe) is a function word. */
  public static boolean contains(String word) {
    return WORDS.contains(word.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
  }
}
