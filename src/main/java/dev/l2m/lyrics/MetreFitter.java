package dev.l2m.lyrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses between spoken and sung forms of words (every / ev'ry) so that lines holding the same
 * place in the metre have the same number of syllables. A place is a line index inside stanzas of
 * the same length; in stanzas of four or more (even) lines, lines alternate (8.6.8.6), so lines
 * 1 and 3 share a place, as do 2 and 4. Forms change only when the lyric shows a regular metre:
 * most lines already agree with their place, in their spoken form.
 */
final class MetreFitter {

  /** Readings of every word: stanza → line → word → readings (spoken first). */
  record Draft(List<List<List<List<Word>>>> stanzas) {}

  /** The chosen reading index of every word, plus the explanations. */
  record Result(
      List<List<List<Integer>>> choices, List<SungFormChoice> sungForms, List<StanzaMetre> metres) {}

  private static final double REGULAR_SHARE = 0.6;

  private MetreFitter() {}

  static Result fit(Draft draft) {
    var stanzas = draft.stanzas();
    List<List<List<Integer>>> choices = new ArrayList<>();
    Map<String, List<int[]>> places = new LinkedHashMap<>();
    for (int s = 0; s < stanzas.size(); s++) {
      List<List<Integer>> stanzaChoices = new ArrayList<>();
      int lines = stanzas.get(s).size();
      int period = lines >= 4 && lines % 2 == 0 ? 2 : lines;
      for (int l = 0; l < lines; l++) {
        List<Integer> lineChoices = new ArrayList<>();
        for (int w = 0; w < stanzas.get(s).get(l).size(); w++) {
          lineChoices.add(0);
        }
        stanzaChoices.add(lineChoices);
        places.computeIfAbsent(lines + "/" + (l % period), k -> new ArrayList<>()).add(new int[] {s, l});
      }
      choices.add(stanzaChoices);
    }
    int inShared = 0;
    int agreeing = 0;
    Map<String, Integer> targets = new HashMap<>();
    for (var entry : places.entrySet()) {
      List<int[]> members = entry.getValue();
      if (members.size() < 2) {
        continue;
      }
      Map<Integer, Integer> spoken = new HashMap<>();
      for (int[] m : members) {
        spoken.merge(spokenCount(stanzas.get(m[0]).get(m[1])), 1, Integer::sum);
      }
      int target = -1;
      int bestVotes = -1;
      int bestReach = -1;
      for (var vote : spoken.entrySet()) {
        int reach = 0;
        for (int[] m : members) {
          if (reachable(stanzas.get(m[0]).get(m[1])).containsKey(vote.getKey())) {
            reach++;
          }
        }
        if (vote.getValue() > bestVotes
            || (vote.getValue() == bestVotes && reach > bestReach)
            || (vote.getValue() == bestVotes && reach == bestReach && vote.getKey() < target)) {
          target = vote.getKey();
          bestVotes = vote.getValue();
          bestReach = reach;
        }
      }
      targets.put(entry.getKey(), target);
      inShared += members.size();
      agreeing += bestVotes;
    }
    boolean regular = inShared >= 3 && agreeing >= REGULAR_SHARE * inShared;
    List<SungFormChoice> sungForms = new ArrayList<>();
    if (regular) {
      for (var entry : places.entrySet()) {
        Integer target = targets.get(entry.getKey());
        if (target == null) {
          continue;
        }
        for (int[] m : entry.getValue()) {
          List<List<Word>> line = stanzas.get(m[0]).get(m[1]);
          int spoken = spokenCount(line);
          int[] pick = reachable(line).get(target);
          if (spoken == target || pick == null) {
            continue;
          }
          for (int w = 0; w < pick.length; w++) {
            if (pick[w] == 0) {
              continue;
            }
            choices.get(m[0]).get(m[1]).set(w, pick[w]);
            Word spokenWord = line.get(w).get(0);
            Word sungWord = line.get(w).get(pick[w]);
            sungForms.add(
                new SungFormChoice(
                    m[0] + 1,
                    m[1] + 1,
                    spokenWord.text(),
                    spokenWord.syllables().size(),
                    sungWord.syllables().size(),
                    String.format(
                        "\"%s\" is sung in %d syllables (%s), not %d, so that line %d of stanza %d"
                            + " has %d syllables like the other lines in its place in the metre",
                        spokenWord.text(),
                        sungWord.syllables().size(),
                        hyphenated(sungWord),
                        spokenWord.syllables().size(),
                        m[1] + 1,
                        m[0] + 1,
                        target)));
          }
        }
      }
    }
    sungForms.sort(
        Comparator.comparingInt(SungFormChoice::stanza).thenComparingInt(SungFormChoice::line));
    List<StanzaMetre> metres = new ArrayList<>();
    for (int s = 0; s < stanzas.size(); s++) {
      List<Integer> spoken = new ArrayList<>();
      List<Integer> sung = new ArrayList<>();
      for (int l = 0; l < stanzas.get(s).size(); l++) {
        List<List<Word>> line = stanzas.get(s).get(l);
        spoken.add(spokenCount(line));
        int count = 0;
        for (int w = 0; w < line.size(); w++) {
          count += line.get(w).get(choices.get(s).get(l).get(w)).syllables().size();
        }
        sung.add(count);
      }
      String explanation;
      if (!regular) {
        explanation =
            "no regular metre shows across the lines, so every word keeps its spoken form";
      } else if (spoken.equals(sung)) {
        explanation = "the lines follow a regular metre in their spoken forms";
      } else {
        explanation = "sung forms make the lines fit the regular metre the other lines show";
      }
      metres.add(new StanzaMetre(s + 1, spoken, sung, regular, explanation));
    }
    return new Result(choices, sungForms, metres);
  }

  private static int spokenCount(List<List<Word>> line) {
    int count = 0;
    for (List<Word> readings : line) {
      count += readings.get(0).syllables().size();
    }
    return count;
  }

  /** Every reachable syllable count of a line → the reading per word with the fewest changes. */
  private static Map<Integer, int[]> reachable(List<List<Word>> line) {
    Map<Integer, int[]> best = new HashMap<>();
    best.put(0, new int[0]);
    for (List<Word> readings : line) {
      Map<Integer, int[]> next = new HashMap<>();
      for (var entry : best.entrySet()) {
        for (int r = 0; r < readings.size(); r++) {
          int count = entry.getKey() + readings.get(r).syllables().size();
          int[] pick = Arrays.copyOf(entry.getValue(), entry.getValue().length + 1);
          pick[pick.length - 1] = r;
          int[] old = next.get(count);
          if (old == null || changes(pick) < changes(old)) {
            next.put(count, pick);
          }
        }
      }
      best = next;
    }
    return best;
  }

  private static int changes(int[] pick) {
    int n = 0;
    for (int p : pick) {
      if (p != 0) {
        n++;
      }
    }
    return n;
  }

  static String hyphenated(Word word) {
    return String.join("-", word.syllables().stream().map(Syllable::text).toList());
  }
}
