import { inferAgencyKind } from '../domain/agency';
import type { AgencyKind, ReportModel, Sourced } from '../model';

/** Who reports, as a project's configuration states it for all its reports. */
export interface AgencyDefaults {
  readonly agency?: string;
  readonly agencyKind?: AgencyKind;
}

const NOWHERE = { start: 0, end: 0 };

/**
 * The agency and its kind from the configuration: what the report's own front matter says
 * wins; the configuration wins over what was only inferred from the title or signature (it is
 * stated, the inference a guess). A configured agency without a configured kind has the kind
 * its name implies. Returns the model itself when nothing changes.
 */
export function withAgencyDefaults(model: ReportModel, defaults: AgencyDefaults | undefined): ReportModel {
  if (!defaults || (defaults.agency === undefined && defaults.agencyKind === undefined)) return model;
  const meta = model.meta;
  let agency = meta.agency;
  if (defaults.agency !== undefined && agency?.source !== 'front-matter') agency = configured(defaults.agency);
  let agencyKind = meta.agencyKind;
  if (agencyKind?.source !== 'front-matter') {
    if (defaults.agencyKind !== undefined) agencyKind = configured(defaults.agencyKind);
    else if (agency !== meta.agency && agency) {
      const inferred = inferAgencyKind(agency.value);
      agencyKind = inferred ? configured(inferred) : undefined;
    }
  }
  if (agency === meta.agency && agencyKind === meta.agencyKind) return model;
  return { ...model, meta: { ...meta, agency, agencyKind } };
}

function configured<T>(value: T): Sourced<T> {
  return { value, span: NOWHERE, source: 'configuration' };
}
