package dev.banmian.lucene;

import dev.banmian.segment.Segmenter;
import dev.banmian.segment.Token;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * A Lucene {@link Tokenizer} over a banmian {@link Segmenter}: one term per word, number or Latin run, with
 * its offsets in the field value; whitespace and punctuation make no term.
 *
 * <p>The field value is read whole and segmented at once (news articles are small; the segmenter needs the
 * sentence around a word). Terms come in order of their offsets, one position each; in INDEX mode the
 * sub-words of a long word ({@code 新华}, {@code 书记}) are terms of their own next to it, as in jieba's other
 * Lucene integrations: more terms for recall, but phrase queries are exact only on a field analysed in SEARCH
 * mode. (Overlapping terms at one position would need position lengths to stay a consistent token graph.)
 * Types are {@code <WORD>}, {@code <NUM>}, {@code <LATIN>} and {@code <SYMBOL>}.
 *
 * <p>Like every Lucene tokenizer, an instance is used by one thread at a time; the segmenter it holds is
 * thread-safe and can be shared by all of them.
 */
public final class BanmianTokenizer extends Tokenizer {
  /** Type of a word of Han or other letters. */
  public static final String WORD = "<WORD>";
  /** Type of a number. */
  public static final String NUM = "<NUM>";
  /** Type of a run of Latin letters and digits. */
  public static final String LATIN = "<LATIN>";
  /** Type of a symbol (emoji, marks). */
  public static final String SYMBOL = "<SYMBOL>";

  private final Segmenter segmenter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final StringBuilder value = new StringBuilder();
  private final char[] buffer = new char[8192];
  private char[] chars = new char[0];
  private List<Token> tokens = List.of();
  private int next;

  /**
   * Creates a tokenizer with Lucene's default attribute factory.
   *
   * @param segmenter the segmenter, shared and thread-safe
   */
  public BanmianTokenizer(Segmenter segmenter) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, segmenter);
  }

  /**
   * Creates a tokenizer.
   *
   * @param factory the attribute factory
   * @param segmenter the segmenter, shared and thread-safe
   */
  public BanmianTokenizer(AttributeFactory factory, Segmenter segmenter) {
    super(factory);
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (next < tokens.size()) {
      Token t = tokens.get(next++);
      String kind = typeOf(t);
      if (kind == null) {
        continue;
      }
      int start = t.span().start();
      int end = t.span().end();
      term.copyBuffer(chars, start, end - start);
      offset.setOffset(correctOffset(start), correctOffset(end));
      increment.setPositionIncrement(1);
      type.setType(kind);
      return true;
    }
    return false;
  }

  /** The Lucene type of a token; null for whitespace, punctuation and control or format characters. */
  private static String typeOf(Token t) {
    return switch (t.type()) {
      case WORD -> WORD;
      case NUMBER -> NUM;
      case LATIN -> LATIN;
      case SYMBOL -> t.text().codePoints().allMatch(BanmianTokenizer::isControlOrFormat) ? null : SYMBOL;
      case PUNCTUATION, WHITESPACE -> null;
    };
  }

  private static boolean isControlOrFormat(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE || type == Character.SURROGATE;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    value.setLength(0);
    int n;
    while ((n = input.read(buffer)) != -1) {
      value.append(buffer, 0, n);
    }
    String text = value.toString();
    chars = text.toCharArray();
    tokens = segmenter.segment(text);
    next = 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(value.length());
    offset.setOffset(last, last);
  }

  @Override
  public void close() throws IOException {
    super.close();
    value.setLength(0);
    chars = new char[0];
    tokens = List.of();
  }
}
