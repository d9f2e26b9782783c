import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkModel, LanguageIndex, parseReport, type Diagnostic, type Range } from '../../server/src/engine';
import { CORPUS, ROOT } from '../helpers';

/** The corpus report of 孝义市 2024 as published (pasted tables), and its canonical edition (examples/). */
export const XIAOYI = readFileSync(join(CORPUS, 'xiaoyi-2024.txt'), 'utf8');
export const EXAMPLE = readFileSync(join(ROOT, 'examples/孝义市2024年政府信息公开工作年度报告.govreport.md'), 'utf8');

export interface Doc {
  readonly text: string;
  readonly index: LanguageIndex;
  readonly diagnostics: Diagnostic[];
  /** Offset of the nth occurrence of `needle`, plus `delta`. */
  at(needle: string, delta?: number, nth?: number): number;
  /** The text a range covers. */
  slice(range: Range): string;
}

export function doc(text: string): Doc {
  const model = parseReport(text);
  const index = new LanguageIndex(model);
  return {
    text,
    index,
    diagnostics: checkModel(model),
    at(needle, delta = 0, nth = 0) {
      let i = -1;
      for (let k = 0; k <= nth; k++) {
        i = text.indexOf(needle, i + 1);
        if (i < 0) throw new Error(`not found: ${needle} (#${k})`);
      }
      return i + delta;
    },
    slice(range) {
      const src = model.source;
      return src.text.slice(src.offsetAt(range.start), src.offsetAt(range.end));
    },
  };
}

/** The line (0-based) holding the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, i).split('\n').length - 1;
}
