import {
  buildLayout,
  checkModel,
  codeLenses,
  convertDocument,
  documentSymbols,
  fixAll,
  foldingRanges,
  formatTables,
  inlayHints,
  LanguageIndex,
  parseReport,
  renderBody,
} from '../../server/src/engine';
import { violated } from './entry-points';
import { EXAMPLE } from './mutate';

/**
 * Cost grows linearly with the document: the time at 10N over the time at N, for documents that
 * are large in the ways drafts are large (long reports, big blank tables, long soft-wrapped
 * paragraphs, many table lines). Linear is 10; quadratic 100; the bound leaves room for noise.
 * CPU time, not wall time: six engineers share two CPUs. Never an absolute time.
 */
export const MAX_RATIO = 30;

/**
 * A document shape, at a size: `unit` copies of something. `salt` makes every copy's text new, so
 * that caches keyed by a paragraph's text (which make a keystroke cheap) do not hide the cost of
 * reading a document for the first time.
 */
export interface Shape {
  readonly name: string;
  readonly text: (unit: number, salt: number) => string;
  /** Copies at N (10N is ten times as many). */
  readonly n: number;
}

const BLANK_T3_ROW = '| 1.属于国家秘密 |  |  |  |  |  |  |  |';
const PROSE = (salt: number, i: number) => `持续优化调整赠阅范围和数量（${salt}-${i}），方便群众获取查阅，全年共制发政府公报 6 期，及时向各级各部门以及重点基层单位赠阅。`;
const salted = (salt: number, i: number) => EXAMPLE.replace(/。/g, `（${salt}-${i}）。`);

export const SHAPES: readonly Shape[] = [
  { name: 'the example, its prose repeated', n: 200, text: (k, salt) => EXAMPLE.replace('## 二、', `${Array.from({ length: k }, (_, i) => `### （${i}）\n\n${PROSE(salt, i)}\n`).join('\n')}\n## 二、`) },
  { name: 'table 三 with many blank rows', n: 100, text: (k, salt) => salted(salt, 0).replace('| （七）总计', `${Array.from({ length: k }, () => BLANK_T3_ROW).join('\n')}\n| （七）总计`) },
  { name: 'one paragraph of many soft-wrapped lines', n: 1000, text: (k, salt) => salted(salt, 0).replace('## 五、存在的主要问题及改进情况\n\n', `## 五、存在的主要问题及改进情况\n\n${Array.from({ length: k }, (_, i) => PROSE(salt, i)).join('\n')}\n`) },
  { name: 'the whole example many times over', n: 2, text: (k, salt) => Array.from({ length: k }, (_, i) => salted(salt, i)).join('\n\n') },
];

/** What is timed: every entry point a keystroke or a command runs on a whole document. */
export const WORK: readonly { readonly name: string; readonly run: (text: string) => unknown }[] = [
  { name: 'parse + check', run: (t) => checkModel(parseReport(t)) },
  { name: 'fix-all', run: (t) => fixAll(t) },
  { name: 'convert', run: (t) => convertDocument(t) },
  { name: 'render', run: (t) => {
    const m = parseReport(t);
    return renderBody(buildLayout(m, checkModel(m)));
  } },
  { name: 'editor features', run: (t) => {
    const m = parseReport(t);
    const d = checkModel(m);
    const index = new LanguageIndex(m);
    return [documentSymbols(index, 'zh'), foldingRanges(index), formatTables(index), inlayHints(index, 'zh'), codeLenses(index, d, 'zh', 'file:///x.md')];
  } },
];

let salt = 0;

/** CPU time of one call in ms: what this process spent, not how long a busy machine made it wait. */
function cpu(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The least of a few runs, each on a fresh text, after a warm-up. */
function time(shape: Shape, unit: number, run: (text: string) => unknown): number {
  run(shape.text(unit, ++salt));
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const text = shape.text(unit, ++salt);
    best = Math.min(best, cpu(() => run(text)));
  }
  return best;
}

/** The ratio of the time at 10N to the time at N; a violation above MAX_RATIO. */
export function growth(shape: Shape, work: (typeof WORK)[number]): number {
  const ratio = time(shape, shape.n * 10, work.run) / Math.max(time(shape, shape.n, work.run), 0.05);
  if (ratio > MAX_RATIO) violated(`${work.name} on ${shape.name}: 10× the size costs ${ratio.toFixed(0)}× the time`);
  return ratio;
}
