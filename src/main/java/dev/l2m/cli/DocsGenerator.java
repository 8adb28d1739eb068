package dev.l2m.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Writes the files generated from the command model: the man page {@code l2m.1} and the bash and
 * zsh completions {@code l2m.bash} and {@code _l2m}. Every build runs it into {@code
 * target/generated-docs}, which is what the packages ship; {@code scripts/update-completions.sh}
 * copies the result over the checked-in copies, which tests compare with the model.
 */
public final class DocsGenerator {
  private DocsGenerator() {}

  /** Writes the three files into the directory named by the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: DocsGenerator OUTPUT_DIR");
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    CommandLine tree = ManPage.tree();
    Files.writeString(dir.resolve("l2m.1"), ManPage.render(tree), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("l2m.bash"), CompletionCommand.script(tree), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("_l2m"), CompletionCommand.zshScript(tree), StandardCharsets.UTF_8);
  }
}
