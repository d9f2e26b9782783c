import type { ReportModel } from '../model';

/**
 * Suppression comments. `disable`/`enable` switch rules off and on from their line onward;
 * `disable-next-line` silences the line after the comment. A comment without rule ids
 * applies to every rule.
 */
export class Suppressions {
  /** For each rule id ('*' = all): line ranges [from, to) where it is disabled. */
  private readonly ranges = new Map<string, [number, number][]>();
  private readonly nextLine = new Map<number, Set<string>>();

  constructor(model: ReportModel) {
    const open = new Map<string, number>();
    for (const d of model.directives) {
      const ids = d.rules.length > 0 ? d.rules : ['*'];
      for (const id of ids) {
        if (d.kind === 'disable-next-line') {
          const set = this.nextLine.get(d.line + 1) ?? new Set<string>();
          set.add(id);
          this.nextLine.set(d.line + 1, set);
        } else if (d.kind === 'disable') {
          if (!open.has(id)) open.set(id, d.line);
        } else {
          // enable without ids closes every open range; with ids, those rules only.
          const closing = d.rules.length > 0 ? ids : [...open.keys()];
          for (const c of closing) {
            const from = open.get(c);
            if (from !== undefined) {
              this.add(c, from, d.line);
              open.delete(c);
            }
          }
        }
      }
    }
    for (const [id, from] of open) this.add(id, from, Number.MAX_SAFE_INTEGER);
  }

  private add(id: string, from: number, to: number) {
    const list = this.ranges.get(id) ?? [];
    list.push([from, to]);
    this.ranges.set(id, list);
  }

  suppressed(rule: string, line: number): boolean {
    const next = this.nextLine.get(line);
    if (next && (next.has(rule) || next.has('*'))) return true;
    for (const id of [rule, '*']) {
      for (const [from, to] of this.ranges.get(id) ?? []) if (line >= from && line < to) return true;
    }
    return false;
  }
}
