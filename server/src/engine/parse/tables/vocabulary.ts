import { TABLE3_BALANCE_NOTE, TABLE4_LITIGATION, type TableSpec } from '../../format';
import { foldWidth, isHan } from '../../text/normalize';

/**
 * The characters a table's headers and labels are made of. A line in a table region made
 * only of these (信息内容, 自 然 人, 度办, 理结) is a piece of the table's frame or a label
 * fragment; a line with other words (注：行政复议数量含上年度结转数量) is content to keep.
 */
const FRAME_WORDS = ['表', '二三四', '第二十条第项', '情况', '数据', TABLE3_BALANCE_NOTE, TABLE4_LITIGATION];

export class Vocabulary {
  private readonly chars = new Set<string>();

  constructor(tables: readonly TableSpec[]) {
    const add = (s: string) => {
      for (const ch of foldWidth(s)) if (isHan(ch)) this.chars.add(ch);
    };
    FRAME_WORDS.forEach(add);
    for (const t of tables) {
      add(t.headerLabel);
      add(t.labelHeader ?? '');
      add(t.heading ?? '');
      add(t.name.zh);
      for (const c of t.columns) {
        add(c.label);
        add(c.group ?? '');
        c.variants.forEach(add);
      }
      for (const r of t.rows) {
        add(r.label);
        r.variants.forEach((v) => add(v.text));
      }
    }
  }

  private readonly seen = new Map<string, boolean>();

  /** True when every Han character of the text belongs to the tables' own words. */
  covers(text: string): boolean {
    let known = this.seen.get(text);
    if (known === undefined) {
      known = this.coversUncached(text);
      if (this.seen.size >= 4096) this.seen.clear();
      this.seen.set(text, known);
    }
    return known;
  }

  private coversUncached(text: string): boolean {
    let han = 0;
    for (const ch of foldWidth(text)) {
      if (!isHan(ch)) continue;
      han++;
      if (!this.chars.has(ch)) return false;
    }
    return han > 0;
  }
}
