import { basename, dirname, relative, sep } from 'node:path';
import { compareReports, nextYearDraft, renderComparisonBody } from '../engine';
import type { DocumentState } from './document-state';
import { guard } from './guard';
import type { Session } from './session';
import { uriPath } from './uri';
import {
  NEXT_YEAR_DRAFT,
  type CompareParams,
  type CompareResult,
  type NextYearDraftParams,
  type NextYearDraftResult,
} from './yearly-protocol';

/**
 * Server side of "New Report from Last Year's…" and "Compare with Last Year": thin over the
 * engine (engine/yearly). Last year's report is read the way the cross-year checks read it (the
 * editor's text when open, else the file), so the comparison shows what the checks compared.
 */
export function registerNextYearDraft(session: Session): void {
  session.connection.onRequest(
    NEXT_YEAR_DRAFT,
    guard(session.connection, NEXT_YEAR_DRAFT, { ok: false, reason: 'internal error' } as NextYearDraftResult, (params: NextYearDraftParams): NextYearDraftResult => {
      const last = session.previous.reportAt(params.lastUri);
      if (!last) return { ok: false, reason: pick(session, `无法读取 ${params.lastUri}`, `cannot read ${params.lastUri}`) };
      const result = nextYearDraft(last, { previousPath: previousPath(params.lastUri, params.targetUri) });
      if (!result.ok) return { ok: false, reason: result.reason[session.lang] };
      return { ok: true, text: result.text, year: result.year, carried: result.carried, review: result.review.length };
    }),
  );
}

/** The comparison of an open report with last year's (registered as a document request). */
export function comparisonOf(state: DocumentState, params: CompareParams, session: Session): CompareResult {
  const current = state.model!;
  const found = params.lastUri ? { uri: params.lastUri, model: session.previous.reportAt(params.lastUri) } : session.previous.lastYearOf(state.uri, current);
  if (!found?.model) {
    return params.lastUri
      ? { ok: false, reason: pick(session, `无法读取 ${params.lastUri}`, `cannot read ${params.lastUri}`) }
      : {
          ok: false,
          noLastYear: true,
          reason: pick(
            session,
            '找不到上一年度的报告：在前置元数据中写 previous: 指向它，或把同一机关上一年度的报告放在工作区中。',
            "No report of last year found: point the front matter's previous: at it, or keep the same body's report of the year before in the workspace.",
          ),
        };
  }
  const settings = session.settingsFor(state.uri);
  const { largeChangePercent: percent, largeChangeMinimum: minimum } = settings.compare;
  const comparison = compareReports(found.model, current, { largeChange: { percent, minimum }, rules: settings.rules });
  const lang = session.lang;
  const title = lang === 'zh' ? `对比：${name(found.uri)} → ${name(state.uri)}` : `Compare: ${name(found.uri)} → ${name(state.uri)}`;
  return { ok: true, html: renderComparisonBody(comparison, lang), title, lastUri: found.uri, thisUri: state.uri, summary: comparison.summary };
}

/** Last year's file as the draft's front matter names it: relative to the draft's folder. */
function previousPath(lastUri: string, targetUri: string): string {
  const last = uriPath(lastUri);
  const target = uriPath(targetUri);
  if (!last) return name(lastUri);
  if (!target) return basename(last);
  return relative(dirname(target), last).split(sep).join('/');
}

function name(uri: string): string {
  const path = uriPath(uri);
  if (path) return basename(path);
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function pick(session: Session, zh: string, en: string): string {
  return session.lang === 'zh' ? zh : en;
}
