import { child, childrenNamed, type XmlElement } from '../xml';

/**
 * What a paragraph's style says: whether it is a heading (and of what level) and whether its
 * text is bold. Word names its heading styles "heading 1"…, WPS "标题 1"…; either may instead
 * give the style an outline level, which is what Word's navigation pane goes by.
 */

export interface ParagraphStyle {
  readonly headingLevel?: number;
  readonly bold?: boolean;
}

interface RawStyle {
  readonly name: string;
  readonly basedOn?: string;
  readonly outlineLevel?: number;
  readonly bold?: boolean;
}

export class Styles {
  private readonly raw = new Map<string, RawStyle>();
  private readonly resolved = new Map<string, ParagraphStyle>();

  constructor(styles: XmlElement | undefined) {
    for (const s of styles ? childrenNamed(styles, 'w:style') : []) {
      const id = s.attrs['w:styleId'];
      if (!id) continue;
      const pPr = child(s, 'w:pPr');
      const outline = pPr && child(pPr, 'w:outlineLvl')?.attrs['w:val'];
      const rPr = child(s, 'w:rPr');
      this.raw.set(id, {
        name: (child(s, 'w:name')?.attrs['w:val'] ?? id).toLowerCase(),
        basedOn: child(s, 'w:basedOn')?.attrs['w:val'],
        outlineLevel: outline === undefined ? undefined : Number(outline),
        bold: rPr ? onOff(child(rPr, 'w:b')) : undefined,
      });
    }
  }

  of(styleId: string | undefined): ParagraphStyle {
    if (!styleId) return {};
    let found = this.resolved.get(styleId);
    if (!found) {
      found = this.resolve(styleId, 0);
      this.resolved.set(styleId, found);
    }
    return found;
  }

  private resolve(id: string, depth: number): ParagraphStyle {
    const style = this.raw.get(id);
    if (!style || depth > 10) return {};
    const base = style.basedOn ? this.resolve(style.basedOn, depth + 1) : {};
    const named = /^(?:heading|标题)\s*([1-9])$/.exec(style.name);
    const title = style.name === 'title' || style.name === '标题';
    let headingLevel = base.headingLevel;
    if (named) headingLevel = Number(named[1]);
    else if (title) headingLevel = 1;
    else if (style.outlineLevel !== undefined && style.outlineLevel >= 0 && style.outlineLevel <= 8) headingLevel = style.outlineLevel + 1;
    return { headingLevel, bold: style.bold ?? base.bold };
  }
}

/** A Word on/off property: present means on, unless its value says off. */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = element.attrs['w:val'];
  return !(value === '0' || value === 'false' || value === 'off');
}
