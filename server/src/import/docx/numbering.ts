// From its module, not the engine's index: the readers' bundle takes only what it uses.
import { toChineseNumeral } from '../../engine/text/normalize';
import { child, childrenNamed, type XmlElement } from '../xml';

/**
 * Automatic numbering: a heading numbered 「一、」 by Word's list feature has no 「一、」 in its
 * text, yet the reader of the document sees it (and the section rules need it). Counters are
 * kept per list as Word does: a level counts up, and every deeper level starts again.
 */

interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
}

export class Numbering {
  private readonly levels = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();

  constructor(numbering: XmlElement | undefined) {
    if (!numbering) return;
    const abstract = new Map<string, Level[]>();
    for (const a of childrenNamed(numbering, 'w:abstractNum')) {
      const levels: Level[] = [];
      for (const l of childrenNamed(a, 'w:lvl')) {
        const index = Number(l.attrs['w:ilvl'] ?? 0);
        levels[index] = {
          format: child(l, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
          text: child(l, 'w:lvlText')?.attrs['w:val'] ?? '',
          start: Number(child(l, 'w:start')?.attrs['w:val'] ?? 1),
        };
      }
      abstract.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of childrenNamed(numbering, 'w:num')) {
      const id = child(n, 'w:abstractNumId')?.attrs['w:val'];
      const levels = id === undefined ? undefined : abstract.get(id);
      if (levels && n.attrs['w:numId']) this.levels.set(n.attrs['w:numId'], levels);
    }
  }

  /** The label Word shows before the paragraph (「一、」「（二）」「3.」), counting it. */
  next(numId: string, level: number): string {
    const levels = this.levels.get(numId);
    const spec = levels?.[level];
    if (!levels || !spec || numId === '0') return '';
    const counts = this.counters.get(numId) ?? [];
    counts[level] = counts[level] === undefined ? spec.start : counts[level] + 1;
    counts.length = level + 1;
    this.counters.set(numId, counts);
    return spec.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const n = counts[i] ?? levels[i]?.start ?? 1;
      return formatNumber(n, levels[i]?.format ?? 'decimal');
    });
  }
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'japaneseCounting':
      return chineseCount(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
      return [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Word's chinese counting, as the engine writes section numbers (1 → 一, 12 → 十二); lists that long are rare. */
function chineseCount(n: number): string {
  return n >= 1 && n < 100 ? toChineseNumeral(n) : String(n);
}
