// Development aid: prints diagnostics for a file (text format).
import { readFileSync } from 'node:fs';
import { parseReport, checkModel } from '../../server/src/engine';

const file = process.argv[2];
const lang = (process.argv[3] ?? 'zh') as 'zh' | 'en';
const model = parseReport(readFileSync(file, 'utf8'));
for (const d of checkModel(model)) {
  console.log(`${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.severity} ${d.rule} ${d.message[lang]}${d.fixes.length ? ` [fixes: ${d.fixes.length}]` : ''}`);
}
