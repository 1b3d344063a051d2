package dev.banmian.extract.structure;

/** What a block of a page is. */
public enum BlockKind {
  /** A column label over an article or photo ({@code 民生观察}, {@code 掠影}). */
  SECTION,
  /** The line above a headline ({@code 某县委组织部：}). */
  KICKER,
  /** A headline line. */
  HEADLINE,
  /** A deck under the headline ({@code ——...}). */
  SUBHEADLINE,
  /** A byline line or parenthesised credit. */
  BYLINE,
  /** A body paragraph. */
  BODY,
  /** An in-article subhead. */
  SUBHEAD,
  /** The title of a photo-news item. */
  CAPTION_TITLE,
  /** A photo caption. */
  CAPTION,
  /** A photo credit ({@code 曾令刚 摄}, {@code …供图}). */
  CREDIT,
  /** Page furniture, adverts and artefacts. */
  NOISE
}
