import { convertRegionEdit, parseReport, UNREADABLE, type DateValue, type ReportModel, type TableRegion } from '../../engine';
import type { ImportedDocument, Origin } from '../document';
import type { ComposedLine } from './table';
import { composeText } from './text';

/**
 * The imported document as a canonical report: front matter from what the document says
 * (agency, kind, year, publication date), the title as the one `#` heading, the six sections as
 * `##` headings, other headings as `###`, prose as it was, and every statutory table rewritten
 * by the engine's own converter (figures kept, unread ones「?」). Each line of the result keeps
 * the origin of what it was made from, so findings can point into the original.
 */

export interface ComposedReport {
  readonly text: string;
  /** The origin of each line of `text` (undefined for the front matter). */
  readonly origins: readonly (Origin | undefined)[];
  /** Statutory tables found (二, 三 and 四 count one each), and figures written as「?」because they could not be read. */
  readonly tables: number;
  readonly unreadable: number;
  /** What the report says of itself, for naming the file it is saved to. */
  readonly agency?: string;
  readonly year?: number;
}

export function composeReport(document: ImportedDocument): ComposedReport {
  const composed = composeText(document);
  const model = parseReport(composed.map((l) => l.text).join('\n'));
  const body = rewrite(model, composed);
  const front = frontMatter(model, document.published);
  const lines = [...front.map((text) => ({ text, origin: undefined })), ...body];
  const text = `${lines.map((l) => l.text).join('\n')}\n`;
  return {
    text,
    origins: lines.map((l) => l.origin),
    tables: model.regions.filter((r) => r.tables.length > 0).length,
    unreadable: countUnreadable(parseReport(text)),
    agency: model.meta.agency?.value,
    year: model.meta.year?.value,
  };
}

interface OutLine {
  readonly text: string;
  readonly origin: Origin | undefined;
}

function rewrite(model: ReportModel, composed: readonly ComposedLine[]): OutLine[] {
  const regions = new Map<number, TableRegion>();
  for (const r of model.regions) if (r.tables.length > 0) regions.set(r.firstLine, r);
  const titleLines = new Set(model.title?.lines ?? []);
  const sectionLines = new Set(model.sections.flatMap((s) => (s.heading ? [s.heading.line] : [])));
  const out: OutLine[] = [];
  for (let line = 0; line < composed.length; line++) {
    const { text, origin } = composed[line];
    const region = regions.get(line);
    if (region) {
      out.push(...regionLines(model, region, composed));
      line = region.lastLine;
      continue;
    }
    if (titleLines.has(line)) {
      // A title set on two lines (agency, then year and kind) becomes one heading.
      if (line === model.title!.lines[0]) out.push({ text: `# ${model.title!.text}`, origin });
      continue;
    }
    const info = model.headings.find((h) => h.line === line);
    if (sectionLines.has(line)) out.push({ text: `## ${headingText(model, line)}`, origin });
    else if (info) out.push({ text: `### ${info.text}`, origin });
    else out.push({ text, origin });
  }
  return collapseBlankLines(out);
}

/** A section heading as written, whether a Markdown heading or a plain line. */
function headingText(model: ReportModel, line: number): string {
  const section = model.sections.find((s) => s.heading?.line === line)!;
  return section.heading!.text.replace(/^#+\s*/, '').trim();
}

/** The engine's canonical tables for a region; each row line keeps the origin of the row it was read from. */
function regionLines(model: ReportModel, region: TableRegion, composed: readonly ComposedLine[]): OutLine[] {
  const first = region.tables[0]?.rows[0]?.line ?? region.firstLine;
  const fallback = composed[first].origin;
  const byLabel = new Map<string, Origin>();
  for (const table of region.tables) for (const row of table.rows) if (!byLabel.has(row.spec.label)) byLabel.set(row.spec.label, composed[row.line].origin);
  const newText = convertRegionEdit(model, region).newText;
  return newText.split(/\r?\n/).map((text) => {
    const label = /^\|\s*(.*?)\s*\|/.exec(text)?.[1];
    return { text, origin: (label !== undefined ? byLabel.get(label) : undefined) ?? fallback };
  });
}

function collapseBlankLines(lines: readonly OutLine[]): OutLine[] {
  const out: OutLine[] = [];
  for (const l of lines) {
    if (l.text === '' && (out.length === 0 || out[out.length - 1].text === '')) continue;
    out.push(l);
  }
  while (out.length > 0 && out[out.length - 1].text === '') out.pop();
  return out;
}

function frontMatter(model: ReportModel, published: string | undefined): string[] {
  const meta = model.meta;
  const date = meta.published ? isoDate(meta.published.value) : published;
  const entries: [string, string | number | undefined][] = [
    ['agency', meta.agency?.value],
    ['agencyKind', meta.agencyKind?.value],
    ['year', meta.year?.value],
    ['published', date],
  ];
  const present = entries.filter(([, v]) => v !== undefined && v !== '');
  if (present.length === 0) return [];
  return ['---', ...present.map(([k, v]) => `${k}: ${yamlScalar(String(v))}`), '---', ''];
}

function isoDate(d: DateValue): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Agency names are plain words; quote anything YAML could read as something else. */
function yamlScalar(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N}\-（）()·]*$/u.test(value) ? value : JSON.stringify(value);
}

function countUnreadable(model: ReportModel): number {
  let n = 0;
  for (const table of model.tables.values()) for (const row of table.rows) for (const cell of row.cells) if (cell.raw.trim() === UNREADABLE) n++;
  return n;
}
