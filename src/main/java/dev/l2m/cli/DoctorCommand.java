package dev.l2m.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2m.doctor.Check;
import dev.l2m.doctor.Doctor;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code l2m doctor}: checks the set-up and says how to fix each problem. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    header = "Check your set-up: Java, config file, L2M_* variables, directories, API settings.",
    description = {
      "",
      "Prints one line per check; each problem comes with a fix. Changes nothing.",
      "Exits with 3 when something is wrong, so scripts can use it as a pre-flight check."
    })
final class DoctorCommand implements Callable<Integer> {
  private final Environment env;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin GlobalOptions global = new GlobalOptions();

  @Option(
      names = "--online",
      description = "Also call the model endpoint (GET /models) and report latency and errors.")
  boolean online;

  DoctorCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    // no Session: the doctor must not create the log directory it is about to check
    Doctor doctor =
        new Doctor(
            env.variables(),
            env.home(),
            env.workingDir(),
            env.osName(),
            Runtime.version(),
            System.getProperty("java.vendor") + ", " + System.getProperty("java.home"));
    List<Check> checks = doctor.run(online);
    boolean failed = Doctor.failed(checks);
    PrintWriter out = spec.commandLine().getOut();
    if (global.json) {
      out.println(json(checks, failed));
    } else {
      int width = checks.stream().mapToInt(c -> c.name().length()).max().orElse(0);
      for (Check c : checks) {
        if (global.quiet && c.status() == Check.Status.OK) {
          continue;
        }
        out.println(line(c, width));
      }
      long problems = checks.stream().filter(Check::failed).count();
      if (!global.quiet || failed) {
        out.println(failed ? problems + (problems == 1 ? " problem" : " problems") + " found." : "No problems found.");
      }
    }
    out.flush();
    return failed ? ExitCode.CONFIG : ExitCode.OK;
  }

  static String line(Check c, int width) {
    String label;
    switch (c.status()) {
      case OK:
        label = "ok  ";
        break;
      case NOTE:
        label = "note";
        break;
      default:
        label = "FAIL";
        break;
    }
    StringBuilder b = new StringBuilder(label).append("  ").append(String.format(Locale.ROOT, "%-" + width + "s", c.name()))
        .append("  ").append(c.detail());
    if (!c.fix().isEmpty()) {
      b.append(" -- fix: ").append(c.fix());
    }
    return b.toString();
  }

  static String json(List<Check> checks, boolean failed) {
    ObjectNode root = JsonResult.object();
    root.put("ok", !failed);
    ArrayNode arr = root.putArray("checks");
    for (Check c : checks) {
      ObjectNode n = arr.addObject();
      n.put("name", c.name());
      n.put("status", c.status().name().toLowerCase(Locale.ROOT));
      n.put("detail", c.detail());
      if (!c.fix().isEmpty()) {
        n.put("fix", c.fix());
      }
    }
    return JsonResult.pretty(root);
  }
}
