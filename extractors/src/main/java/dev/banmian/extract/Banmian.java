package dev.banmian.extract;

import dev.banmian.model.Page;
import dev.banmian.text.SourceText;
import java.util.Optional;

/**
 * The one-line facade for the common case.
 *
 * <pre>{@code
 * Page page = Banmian.extract(pageText);
 * page.articles().forEach(a -> System.out.println(a.headline().map(h -> h.text()).orElse("(no headline)")));
 * }</pre>
 *
 * <p>The shared extractor is created on first use (loading jieba's dictionary, about one second)
 * and is thread-safe. For an issue date, custom stages or a custom segmenter, use
 * {@link PageExtractor#builder()}.
 */
public final class Banmian {
  private Banmian() {}

  private static final class Holder {
    static final PageExtractor EXTRACTOR = PageExtractor.builder().build();
  }

  /**
   * Extracts the articles of one page of raw text.
   *
   * @param pageText the raw text of one page
   * @return the page's articles, captions and noise
   */
  public static Page extract(String pageText) {
    return Holder.EXTRACTOR.extract(SourceText.of("page", pageText), Optional.empty());
  }
}
