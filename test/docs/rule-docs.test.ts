import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, withRuleTable } from '../../server/src/docs/rule-docs';
import { RULES } from '../../server/src/engine';
import { ROOT } from '../helpers';

describe('rule documentation is generated from the rule modules', () => {
  it('has one committed page per rule, identical to what the code generates (run `npm run docs`)', () => {
    const dir = join(ROOT, 'docs/rules');
    const committed = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    const pages = allPages();
    expect(committed).toEqual([...pages.keys()].sort());
    for (const [name, text] of pages) expect(readFileSync(join(dir, name), 'utf8'), name).toBe(text);
  });

  it('has the README rule table the code generates', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(withRuleTable(readme)).toBe(readme);
    for (const r of RULES) expect(readme).toContain(`[\`${r.id}\`](docs/rules/${r.id}.md)`);
  });
});
