package dev.banmian.segment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step, not API: compiles jieba-analysis's dictionary and HMM tables into the binary resource
 * {@link JiebaModel#RESOURCE} that {@link JiebaModel} loads at run time. The core module's build runs it
 * after compiling, with the output file as its one argument.
 */
final class JiebaModelCompiler {
  private JiebaModelCompiler() {}

  /**
   * Writes the compiled model.
   *
   * @param args the output file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: JiebaModelCompiler OUTPUT_FILE");
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, JiebaModel.fromJiebaJar().toBytes());
  }
}
