/** One paragraph (款) of an article, with its numbered items (项) if any. */
export interface Paragraph {
  readonly text: string;
  readonly items: readonly string[];
}

/** An article (条) of the 政府信息公开条例, quoted word for word. */
export interface Article {
  readonly number: number;
  /** e.g. 第十六条 */
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
}
