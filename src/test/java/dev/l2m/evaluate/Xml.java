package dev.l2m.evaluate;

/** Builds small MusicXML documents for tests. */
final class Xml {
  private Xml() {}

  static String score(String... measures) {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<score-partwise version=\"4.0\"><work><work-title>Test</work-title></work>")
        .append("<part-list><score-part id=\"P1\"><part-name>Voice</part-name></score-part></part-list>")
        .append("<part id=\"P1\">");
    for (String m : measures) {
      b.append(m);
    }
    return b.append("</part></score-partwise>\n").toString();
  }

  static String measure(int number, String... content) {
    return "<measure number=\"" + number + "\">" + String.join("", content) + "</measure>";
  }

  static String attributes(int divisions, Integer fifths, String mode, int beats, int beatType) {
    String key =
        fifths == null
            ? ""
            : "<key><fifths>" + fifths + "</fifths>" + (mode == null ? "" : "<mode>" + mode + "</mode>") + "</key>";
    return "<attributes><divisions>"
        + divisions
        + "</divisions>"
        + key
        + "<time><beats>"
        + beats
        + "</beats><beat-type>"
        + beatType
        + "</beat-type></time></attributes>";
  }

  /** A note such as "C4", "F#4", "Bb3". */
  static String note(String pitch, int duration, String extra) {
    char step = pitch.charAt(0);
    int alter = 0;
    int i = 1;
    if (pitch.charAt(1) == '#') {
      alter = 1;
      i = 2;
    } else if (pitch.charAt(1) == 'b') {
      alter = -1;
      i = 2;
    }
    String octave = pitch.substring(i);
    return "<note><pitch><step>"
        + step
        + "</step>"
        + (alter != 0 ? "<alter>" + alter + "</alter>" : "")
        + "<octave>"
        + octave
        + "</octave></pitch><duration>"
        + duration
        + "</duration>"
        + extra
        + "</note>";
  }

  static String sung(String pitch, int duration, String syllabic, String text) {
    return note(pitch, duration, lyric(syllabic, text));
  }

  static String lyric(String syllabic, String text) {
    return "<lyric number=\"1\"><syllabic>" + syllabic + "</syllabic><text>" + text + "</text></lyric>";
  }

  static String rest(int duration) {
    return "<note><rest/><duration>" + duration + "</duration></note>";
  }

  static String tieStart() {
    return "<tie type=\"start\"/><notations><tied type=\"start\"/></notations>";
  }

  static String tieStop() {
    return "<tie type=\"stop\"/><notations><tied type=\"stop\"/></notations>";
  }
}
