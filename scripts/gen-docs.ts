// Writes docs/rules/<id>.md and the README's rule table from the rule modules.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, withRuleTable } from '../server/src/docs/rule-docs';

const root = process.cwd();
const dir = join(root, 'docs/rules');
mkdirSync(dir, { recursive: true });
const pages = allPages();
for (const f of readdirSync(dir)) if (f.endsWith('.md') && !pages.has(f)) rmSync(join(dir, f));
for (const [name, text] of pages) writeFileSync(join(dir, name), text);
const readme = join(root, 'README.md');
writeFileSync(readme, withRuleTable(readFileSync(readme, 'utf8')));
console.log(`wrote ${pages.size} rule pages and the README rule table`);
