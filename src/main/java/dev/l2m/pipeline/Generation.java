package dev.l2m.pipeline;

import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.EmotionProfile;
import dev.l2m.lyrics.Lyrics;
import dev.l2m.score.Song;

/**
 * Everything one generation produced, for the writers and the {@code --json} summary.
 *
 * @param lyrics the parsed lyrics
 * @param analysis the analysis used (the user's emotion applied)
 * @param profile the emotion profile the melody was composed with
 * @param song the score
 * @param seed the seed used
 */
public record Generation(Lyrics lyrics, Analysis analysis, EmotionProfile profile, Song song, long seed) {}
