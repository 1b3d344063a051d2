package dev.banmian.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads the UTF-8 line tables banmian accepts: user dictionaries, IDF tables, stop-word lists. */
final class LineTables {
  private LineTables() {}

  /** Receives one entry line. */
  interface Entry {
    /**
     * @param number the line's 1-based number in the table, for messages
     * @param line the line, stripped
     */
    void accept(int number, String line);
  }

  /**
   * Gives each entry line of {@code in} to {@code entry}. Blank lines, lines starting with
   * {@code #} and a byte-order mark are skipped. Does not close {@code in}.
   */
  static void read(InputStream in, Entry entry) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String s = (n == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        entry.accept(n, s);
      }
    }
  }
}
