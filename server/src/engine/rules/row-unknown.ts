import { sectionTableName } from '../format';
import type { StrayLine } from '../model';
import type { Finding, Rule } from './types';

/**
 * One finding per extra labelled row (「其他事项」 is a fault of its own); figures that lost
 * their rows — an extraction the reader could not place — get one finding for the region,
 * however many lines they fill: the fault is one, and a flood would hide the rest.
 */
const MAX_ROWS_NAMED = 3;

export const rule: Rule = {
  id: 'row-unknown',
  category: 'structure',
  defaultSeverity: 'warning',
  description: {
    zh: '统计表中有一行（或一组数字）不属于任何法定表格行。',
    en: 'A row (or a line of figures) in a table belongs to no official row.',
  },
  rationale: {
    zh: '统一格式不允许自行增加行。从 PDF 或网页提取的表格中，这往往是错位后无法归位的数字：工具不会猜测它属于哪一行，请对照原件核实。同一部分中多行数字都无法归位时，只在该部分报告一次。',
    en: 'The format allows no extra rows. In tables extracted from PDFs or web pages this is usually figures that lost their row; they are not guessed — check the original. When many lines of one section cannot be placed, they are reported once for the section.',
  },
  example: { bad: '| 其他事项 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |' },
  check({ model }) {
    const out: Finding[] = [];
    for (const region of model.regions) {
      const name = (region.sectionId ? sectionTableName(model.format.version, region.sectionId) : undefined) ?? region.tables[0]?.spec.name ?? { zh: '统计表', en: 'the table' };
      const labelled = region.strays.filter((s) => s.labelSpan);
      const named = labelled.length <= MAX_ROWS_NAMED;
      const individual = named ? [...labelled] : [];
      const pooled = named ? region.strays.filter((s) => !s.labelSpan) : region.strays;
      // A single line of figures is named as a line; figures over several lines, as the region's.
      const one = pooled.length === 1 && pooled[0].lastLine === pooled[0].line;
      if (one) individual.push(pooled[0]);
      for (const stray of individual.sort((a, b) => a.line - b.line)) {
        out.push({
          span: stray.labelSpan ?? textSpan(model.source.slice(stray.span), stray),
          message: {
            zh: `这一行的 ${stray.figures} 个数字不属于${name.zh}的任何一行，未读取`,
            en: `The ${stray.figures} figure(s) on this line belong to no row of ${name.en} and were not read`,
          },
        });
      }
      if (pooled.length > 0 && !one) {
        const first = pooled[0];
        const lineSpan = model.source.lineSpan(first.line);
        const span = first.labelSpan ?? textSpan(model.source.slice(lineSpan), { span: lineSpan });
        out.push(regionFinding(span, pooled, name));
      }
    }
    return out;
  },
};

function regionFinding(span: { start: number; end: number }, strays: readonly StrayLine[], name: { zh: string; en: string }): Finding {
  const lines = strays.reduce((n, s) => n + s.lastLine - s.line + 1, 0);
  return {
    span,
    message: {
      zh: `${name.zh}所在部分有 ${lines} 行数字无法对应到${name.zh}的行，未读取；请对照原件核实`,
      en: `${lines} lines of figures under ${name.en} could not be placed in ${name.en} and were not read; check the original`,
    },
  };
}

/** The stray's text without the whitespace around it. */
function textSpan(text: string, stray: Pick<StrayLine, 'span'>): { start: number; end: number } {
  const start = stray.span.start + (text.length - text.trimStart().length);
  return { start, end: start + text.trim().length };
}
