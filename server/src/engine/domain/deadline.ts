import type { AgencyKind, DateValue } from '../model';
import { compareDates } from '../text/dates';
import { placeLevel } from './agency';

/**
 * When a report must be published (条例第四十九条): a department of a government at county
 * level and above by 31 January, a government at county level and above by 31 March of the
 * year after the report year. Townships and other bodies are not named in Art. 49: no deadline.
 * The rule publish-date and the audit views both read the deadline from here.
 */
export function publicationDeadline(year: number, kind: AgencyKind, agency: string): DateValue | undefined {
  if (kind === 'other') return undefined;
  if (kind === 'government' && placeLevel(agency) === 'township') return undefined;
  return kind === 'department' ? { year: year + 1, month: 1, day: 31 } : { year: year + 1, month: 3, day: 31 };
}

/**
 * Where a report stands against its deadline:
 * - `not-published`: no publication date (a draft);
 * - `early`: dated within its own year (it cannot cover the whole year);
 * - `on-time` / `late`: against the Art. 49 deadline;
 * - `no-deadline`: published, and Art. 49 sets no deadline for this kind of body;
 * - `unknown`: the report year or the kind of body is not known, so it cannot be judged.
 */
export type PublicationStatus = 'not-published' | 'early' | 'on-time' | 'late' | 'no-deadline' | 'unknown';

export interface Publication {
  readonly status: PublicationStatus;
  readonly published?: DateValue;
  readonly deadline?: DateValue;
}

export interface PublicationFacts {
  readonly year?: number;
  readonly published?: DateValue;
  readonly agencyKind?: AgencyKind;
  readonly agency?: string;
}

export function publicationOf({ year, published, agencyKind, agency }: PublicationFacts): Publication {
  const deadline = year === undefined || agencyKind === undefined ? undefined : publicationDeadline(year, agencyKind, agency ?? '');
  if (!published) return { status: 'not-published', deadline };
  if (year === undefined) return { status: 'unknown', published };
  if (compareDates(published, { year, month: 12, day: 31 }) <= 0) return { status: 'early', published, deadline };
  if (agencyKind === undefined) return { status: 'unknown', published };
  if (!deadline) return { status: 'no-deadline', published };
  return { status: compareDates(published, deadline) > 0 ? 'late' : 'on-time', published, deadline };
}
