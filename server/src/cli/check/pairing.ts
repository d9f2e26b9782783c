/**
 * Pairs each report with last year's report of the same agency among the files being checked
 * (rules.md: "a second file of the same agency"). Agency names must be equal as the engine
 * read them; when two files claim the same agency and year, the first one given wins.
 */
export function pairByAgencyAndYear(reports: readonly { readonly agency?: string; readonly year?: number }[]): Map<number, number> {
  const byKey = new Map<string, number>();
  const key = (agency: string, year: number) => `${year}\u0000${agency}`;
  reports.forEach((r, i) => {
    if (r.agency !== undefined && r.year !== undefined && !byKey.has(key(r.agency, r.year))) byKey.set(key(r.agency, r.year), i);
  });
  const pairs = new Map<number, number>();
  reports.forEach((r, i) => {
    if (r.agency === undefined || r.year === undefined) return;
    const previous = byKey.get(key(r.agency, r.year - 1));
    if (previous !== undefined) pairs.set(i, previous);
  });
  return pairs;
}
