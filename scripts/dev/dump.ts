// Development aid: prints what the parser read from a report (sections, tables, meta).
import { readFileSync } from 'node:fs';
import { parseReport } from '../../server/src/engine/parse';

const file = process.argv[2];
const model = parseReport(readFileSync(file, 'utf8'));
const src = model.source;
const pos = (o: number) => { const p = src.positionAt(o); return `${p.line + 1}:${p.character + 1}`; };
console.log('title:', model.title?.text, '| format:', model.format.version, model.format.evidence.length);
console.log('meta:', JSON.stringify({ agency: model.meta.agency?.value, kind: model.meta.agencyKind?.value, year: model.meta.year?.value, years: model.meta.yearMentions.map(y => `${y.source}:${y.value}`), published: model.meta.published?.value, period: model.meta.period && [model.meta.period.start, model.meta.period.end] }));
for (const s of model.sections) console.log(`section ${s.spec.number} ${s.spec.title} lines ${s.firstLine + 1}-${s.lastLine + 1}${s.inferred ? ' (inferred)' : ''} heading="${s.heading?.text ?? ''}"`);
for (const r of model.regions) {
  console.log(`region ${r.sectionId} lines ${r.firstLine + 1}-${r.lastLine + 1} form=${r.form} kept=${r.keptLines.map(l => l + 1)} strays=${r.strays.map(s => s.line + 1)}`);
  for (const t of r.tables) {
    console.log(`  table ${t.id} (${t.version}) rows=${t.rows.length} dups=${t.duplicates.length} heading=${t.headingLine !== undefined ? t.headingLine + 1 : '-'}`);
    for (const row of t.rows) {
      const cells = row.cells.map((c) => c.parsed.status === 'ok' ? String(c.parsed.value) : `${c.parsed.status}${c.parsed.value !== undefined ? ':' + c.parsed.value : ''}`);
      console.log(`    ${row.spec.id.padEnd(12)} L${row.line + 1} [${row.label.match}] ${row.columnCount ? `COUNT ${row.columnCount.found}/${row.columnCount.expected}` : cells.join(' ')}  «${row.label.text.slice(0, 30)}»`);
    }
  }
}
console.log('paragraphs:', model.paragraphs.length, 'directives:', model.directives.length);
void pos;
