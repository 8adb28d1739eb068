#!/usr/bin/env python3
"""Builds l2m's pronunciation resources from the CMU Pronouncing Dictionary.

Input: the npm package cmu-pronouncing-dictionary (index.js: one "word": "PHONES" per line).
Outputs, under src/main/resources/dev/l2m/lyrics/:
  cmudict.txt.gz   sorted "word<TAB>code code..." lines; one code per pronunciation, one
                   character per syllable: stress (0 none, 1 primary, 2 secondary) plus 3 when
                   the vowel is short (lax), plus 6 when it is r-coloured (ER).
  rules.txt.gz     the spelling rules for unknown words, learned from the training part only
                   (words whose CRC-32 modulo 10 is not 0; the rest is held out for the benchmark).
"""
import gzip
import io
import re
import sys
import zlib
from collections import Counter, defaultdict

LAX = {"IH", "EH", "AE", "AH", "UH", "AA"}
WORD = re.compile(r"^'?[a-z]+(?:'[a-z]+)*'?$")
ENTRY = re.compile(r'^\s*"([^"]+)":\s*"([^"]+)",?\s*$')
VOWELS = set("aeiouy")
MIN_KEY_COUNT = 2


def open_gzip(path):
    """A gzip text writer whose bytes depend only on the content (no time stamp)."""
    raw = open(path, "wb")
    return io.TextIOWrapper(gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0), encoding="utf-8", newline="\n")


def held_out(word):
    return zlib.crc32(word.encode("utf-8")) % 10 == 0


def code(phones):
    out = []
    for p in phones.split():
        if p[-1] in "012":
            base, stress = p[:-1], int(p[-1])
            extra = 6 if base == "ER" else (3 if base in LAX else 0)
            out.append(str(stress + extra))
    return "".join(out)


def groups(word):
    """Vowel groups as (start, end) pairs; must match SpellingRules.groups in Java."""
    n = len(word)
    vowel = [False] * n
    for i, c in enumerate(word):
        if c in "aeiou":
            vowel[i] = not (c == "u" and i > 0 and word[i - 1] == "q")
        elif c == "y":
            vowel[i] = not (i + 1 < n and word[i + 1] in "aeiou")
    if word.startswith("mc") and n > 2:
        vowel[1] = True
    out = []
    i = 0
    while i < n:
        if vowel[i]:
            s = i
            while i < n and vowel[i]:
                i += 1
            out.append((s, i))
        else:
            i += 1
    return out


def shape(word, s, e):
    """The group with the previous vowel group, the consonants between, and the letters after
    reduced to C (consonant), V (vowel) and $ (end): "i1[e]CC" for the e of "sidestream"."""
    j = s
    while j > 0 and word[j - 1] not in "aeiouy":
        j -= 1
    k = j
    while k > 0 and word[k - 1] in "aeiouy":
        k -= 1
    previous = word[k:j] if j > 0 else "^"
    after = "".join("V" if c in "aeiouy" else ("C" if c.isalpha() else "'") for c in word[e:e + 3])
    return "<" + previous + str(s - j) + "[" + word[s:e] + "]" + (after + "$$$")[:3]


def keys(word, s, e):
    g = word[s:e]
    left2 = ("^^" + word[:s])[-2:]
    right2 = (word[e:] + "$$")[:2]
    left3 = ("^^^" + word[:s])[-3:]
    right3 = (word[e:] + "$$$")[:3]
    return [
        left3 + "[" + g + "]" + right3,
        left2 + "[" + g + "]" + right3,
        left2 + "[" + g + "]" + right2,
        left2[-1] + "[" + g + "]" + right2,
        shape(word, s, e),
        "[" + g + "]" + right2,
        "[" + g + "]" + right2[0],
        "[" + g + "]",
    ]


def compositions(total, sizes):
    """Every way to give each group 0..2 syllables (2 only for groups of 2+ letters)."""
    result = []

    def rec(i, left, acc):
        if i == len(sizes):
            if left == 0:
                result.append(list(acc))
            return
        for k in (0, 1, 2):
            if k > left:
                break
            acc.append(k)
            rec(i + 1, left - k, acc)
            acc.pop()

    rec(0, total, [])
    return result


def train_groups(words):
    """Hard EM: align each word's syllable count to its vowel groups, count per context."""
    prob = {}

    def p(key_list, k):
        if prob:
            return lookup(prob, key_list)[k] + 1e-6
        silent_e = key_list[-3][:3] == "[e]" and key_list[-3][3:] in ("$$", "s$", "d$")
        if silent_e:
            return (0.6, 0.4, 0.0)[k]
        return (0.15, 0.8, 0.05 if sizes_hint(key_list) else 0.01)[k]

    aligned = {}
    for iteration in range(5):
        counts = defaultdict(lambda: [0, 0, 0])
        for word, n in words:
            gs = groups(word)
            if not gs:
                continue
            ks = [keys(word, s, e) for s, e in gs]
            options = compositions(n, [e - s for s, e in gs])
            if not options or len(options) > 500:
                continue
            best = max(reversed(options), key=lambda ks_: score(ks_, ks, p))
            aligned[word] = best
            for key_list, k in zip(ks, best):
                for key in key_list:
                    counts[key][k] += 1
        prob = {k: v for k, v in counts.items() if sum(v) >= MIN_KEY_COUNT}
    return prob


def sizes_hint(key_list):
    g = key_list[-1]
    return len(g) > 3


def score(assignment, key_lists, p):
    result = 1.0
    for key_list, k in zip(key_lists, assignment):
        result *= p(key_list, k)
    return result


def predict_count(word, prob):
    total = 0
    for s, e in groups(word):
        dist = lookup(prob, keys(word, s, e))
        k = max(range(3), key=lambda x: dist[x])
        total += k
    return max(total, 1)


BACKOFF = 3.0


def lookup(prob, key_list):
    """Interpolates from the most general context to the most specific one."""
    dist = [0.1, 0.85, 0.05]
    for key in reversed(key_list):
        c = prob.get(key)
        if c is None:
            continue
        total = c[0] + c[1] + c[2]
        dist = [(c[k] + BACKOFF * dist[k]) / (total + BACKOFF) for k in range(3)]
    return dist


def train_stress(words):
    """Most common stress pattern per syllable count and word ending, and per word beginning."""
    counts = defaultdict(Counter)
    for word, pattern in words:
        n = len(pattern)
        if n < 2:
            continue
        letters = word.replace("'", "")
        for k in range(0, 7):
            if k > len(letters):
                break
            counts["%d<%s" % (n, letters[len(letters) - k:])][pattern] += 1
        for k in range(1, 6):
            if k > len(letters):
                break
            counts["%d>%s" % (n, letters[:k])][pattern] += 1
    table = {}
    for key, c in counts.items():
        total = sum(c.values())
        if total >= MIN_KEY_COUNT or key.endswith("<"):
            pattern, top = c.most_common(1)[0]
            table[key] = (pattern, top, total)
    return table


PREFIX_MARGIN = 0.1


def best_stress(table, keys):
    for key in keys:
        entry = table.get(key)
        if entry:
            return entry
    return None


def predict_stress(word, n, table):
    """The suffix's pattern, unless the word's beginning predicts more reliably."""
    letters = word.replace("'", "")
    by_end = best_stress(
        table, ["%d<%s" % (n, letters[len(letters) - k:]) for k in range(min(6, len(letters)), -1, -1)])
    by_start = best_stress(
        table, ["%d>%s" % (n, letters[:k]) for k in range(min(5, len(letters)), 0, -1)])
    if by_start and (not by_end or by_start[1] / by_start[2] > by_end[1] / by_end[2] + PREFIX_MARGIN):
        return by_start[0]
    if by_end:
        return by_end[0]
    return "1" + "0" * (n - 1)


def prune(prob):
    """Drops keys whose best choice equals that of the next more general key."""
    kept = {}
    for key, c in prob.items():
        kept[key] = c
    return kept


def main(source, out_dir):
    entries = defaultdict(list)
    with open(source, encoding="utf-8") as f:
        for line in f:
            m = ENTRY.match(line)
            if not m:
                continue
            word = re.sub(r"\(\d+\)$", "", m.group(1))
            if not WORD.match(word):
                continue
            c = code(m.group(2))
            if c and c not in entries[word]:
                entries[word].append(c)
    words = sorted(entries, key=lambda w: w.encode("utf-8"))
    with open_gzip(out_dir + "/cmudict.txt.gz") as f:
        for w in words:
            f.write(w + "\t" + " ".join(entries[w]) + "\n")
    train = [(w, entries[w][0]) for w in words if not held_out(w)]
    prob = train_groups([(w, len(p)) for w, p in train])
    stress = train_stress([(w, "".join(str(int(ch) % 3) for ch in p)) for w, p in train])
    with open_gzip(out_dir + "/rules-groups.txt.gz") as f:
        for key in sorted(prob, key=lambda k: k.encode("utf-8")):
            c = prob[key]
            f.write("%s\t%d %d %d\n" % (key, c[0], c[1], c[2]))
    with open_gzip(out_dir + "/rules-stress.txt.gz") as f:
        for key in sorted(stress, key=lambda k: k.encode("utf-8")):
            f.write("%s\t%s %d %d\n" % ((key,) + stress[key]))
    test = [(w, entries[w][0]) for w in words if held_out(w)]
    ok = sum(1 for w, p in test if predict_count(w, prob) == len(p))
    ok_any = sum(1 for w, p in test if predict_count(w, prob) in {len(x) for x in entries[w]})
    poly = [(w, p) for w, p in test if len(p) >= 2]
    sok = 0
    for w, p in poly:
        n = predict_count(w, prob)
        pat = predict_stress(w, n, stress)
        truth = "".join(str(int(ch) % 3) for ch in p)
        if pat.find("1") == truth.find("1"):
            sok += 1
    print("words %d, train %d, held out %d" % (len(words), len(train), len(test)), file=sys.stderr)
    print("held-out syllable count exact: %.4f" % (ok / len(test)), file=sys.stderr)
    print("held-out syllable count, any pronunciation: %.4f" % (ok_any / len(test)), file=sys.stderr)
    print("held-out primary stress position: %.4f" % (sok / len(poly)), file=sys.stderr)
    print("group keys %d, stress keys %d" % (len(prob), len(stress)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
