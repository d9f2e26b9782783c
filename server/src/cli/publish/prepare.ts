import { dirname, resolve } from 'node:path';
import { checkModel, parseReport, withAgencyDefaults, type Diagnostic, type ReportModel, type SeveritySetting } from '../../engine';
import type { Context } from '../command';
import { inputError, usageError } from '../errors';
import { count, msg } from '../i18n';
import { STDIN_NAME, type InputFile } from '../files/discover';
import { readReport } from '../files/read';
import { configsFor, reportConfig } from '../config';

/** A report read, parsed and checked, ready to be rendered or exported. */
export interface Prepared {
  readonly display: string;
  readonly model: ReportModel;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads and checks the one report a publishing command takes. Last year's report named by the
 * front matter's `previous` is read too when it can be, so the cross-year checks count as they
 * do in `govreport check`; when it cannot, those checks are simply not run here.
 */
export async function prepareReport(
  positionals: readonly string[],
  flags: { readonly rules: Readonly<Record<string, SeveritySetting>>; readonly config?: string },
  context: Context,
  name: string,
): Promise<Prepared> {
  if (positionals.length !== 1) {
    throw usageError(msg(`${name} 需要恰好一个文件，实为 ${positionals.length} 个`, `${name} takes exactly one file, got ${positionals.length}`));
  }
  const [path] = positionals;
  const file: InputFile = path === '-' ? { display: STDIN_NAME } : { display: path, absolute: resolve(context.cwd, path) };
  const read = await readReport(file, context.stdin);
  if (!read.ok) throw inputError(read.reason);
  const { rules, agency } = reportConfig(configsFor([file.absolute], flags.config, context.cwd)[0], flags.rules);
  const model = withAgencyDefaults(parseReport(read.text), agency);
  let previous: ReportModel | undefined;
  const previousPath = model.meta.previous?.value;
  if (previousPath && file.absolute) {
    const last = await readReport({ display: previousPath, absolute: resolve(dirname(file.absolute), previousPath) }, context.stdin);
    if (last.ok) previous = parseReport(last.text);
  }
  return { display: file.display, model, diagnostics: checkModel(model, { rules, previous }) };
}

/**
 * A report with errors is not published by accident: without --force the command stops with
 * exit status 1 and says why. Returns true when the export may go ahead.
 */
export function mayPublish(prepared: Prepared, force: boolean, context: Context): boolean {
  const errors = prepared.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return true;
  const n = count(errors.length, msg('错误', 'error'), context.lang);
  if (force) {
    context.err(context.lang === 'zh' ? `govreport：注意：${prepared.display} 仍有 ${n}，已按 --force 导出。\n` : `govreport: note: ${prepared.display} still has ${n}; exported because of --force.\n`);
    return true;
  }
  const first = errors[0];
  const where = `${prepared.display}:${first.range.start.line + 1}:${first.range.start.character + 1}`;
  context.err(
    context.lang === 'zh'
      ? `govreport：${prepared.display} 仍有 ${n}，未导出。请先改正（govreport check 列出全部），或加 --force 强制导出。\n  首个错误：${where} ${first.message.zh}\n`
      : `govreport: ${prepared.display} still has ${n}; nothing exported. Fix them first ('govreport check' lists them all), or add --force to export anyway.\n  first error: ${where} ${first.message.en}\n`,
  );
  return false;
}
