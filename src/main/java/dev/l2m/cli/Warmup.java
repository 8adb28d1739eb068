package dev.l2m.cli;

import dev.l2m.analysis.EmotionMap;
import dev.l2m.lyrics.PronouncingDictionary;
import dev.l2m.lyrics.SpellingRules;

/**
 * Loads what composing needs (logging, the emotion map, the pronouncing dictionary and spelling
 * rules) on a second thread while the main thread builds the command line and reads the
 * settings. A short run spends most of its time starting up, and these loads do not depend on
 * anything the user typed; the main thread later takes the loaded copies, or waits for a load
 * still in progress.
 */
final class Warmup {
  private Warmup() {}

  /**
   * Starts the loads in the background; a daemon thread, so it never holds up exit.
   *
   * @param emotionMap whether the command needs the emotion map too
   */
  static void start(boolean emotionMap) {
    Thread thread = new Thread(() -> load(emotionMap), "l2m-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  private static void load(boolean emotionMap) {
    try {
      LogSetup.prepare();
      if (emotionMap) {
        EmotionMap.bundled();
      }
      PronouncingDictionary.bundled();
      SpellingRules.bundled();
    } catch (RuntimeException e) {
      // Nothing is lost: the command loads these again on its own thread and reports the failure
      // there, with the right exit code.
    }
  }
}
