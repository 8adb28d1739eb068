package dev.l2m.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** One source for {@code --version} and {@code l2m version}: the build's version resource. */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    Properties p = buildInfo();
    return new String[] {
      "l2m " + info(p, "version"),
      "commit " + info(p, "commit") + ", built " + info(p, "build-date"),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
          + System.getProperty("java.vendor") + ")"
    };
  }

  /** The version string alone ("0.1.0"). */
  public static String version() {
    return info(buildInfo(), "version");
  }

  /**
   * One build fact, or "unknown" when the build did not record it (an IDE build that skipped
   * resource filtering leaves the placeholder).
   */
  static String info(Properties p, String name) {
    String v = p.getProperty(name, "").strip();
    return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
  }

  static Properties buildInfo() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/l2m/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // an unreadable resource only costs the version line its details
      p.setProperty("version", "unknown");
    }
    return p;
  }
}
