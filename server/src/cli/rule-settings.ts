import { RULES, type SeveritySetting } from '../engine';
// Not re-exported by the engine's index; imported from its home so the list cannot drift.
import { SEVERITY_SETTINGS } from '../engine/rules/types';
import { usageError } from './errors';
import { msg } from './i18n';
import { closest } from './suggest';

/** Every id --rule accepts, in documentation order. */
export function ruleIds(): string[] {
  return RULES.map((r) => r.id);
}

/** `--rule cell-empty=off --rule table-pasted=warning,row-label=off` → { 'cell-empty': 'off', … }. */
export function parseRuleSettings(values: readonly string[]): Record<string, SeveritySetting> {
  const ids = ruleIds();
  const settings: Record<string, SeveritySetting> = {};
  for (const item of values.flatMap((v) => v.split(','))) {
    const eq = item.indexOf('=');
    const id = item.slice(0, eq < 0 ? undefined : eq).trim();
    const severity = eq < 0 ? '' : item.slice(eq + 1).trim();
    if (eq < 0 || id === '') {
      throw usageError(msg(`--rule 的格式应为 规则=级别（如 cell-empty=off），实为“${item}”`, `--rule takes ID=SEVERITY (e.g. cell-empty=off), got '${item}'`));
    }
    if (!ids.includes(id)) {
      const guess = closest(id, ids);
      throw usageError(
        msg(
          `未知规则“${id}”${guess ? `（是否想输入 ${guess}？）` : ''}。可用的规则：${ids.join(', ')}`,
          `unknown rule '${id}'${guess ? ` (did you mean ${guess}?)` : ''}. Valid rules: ${ids.join(', ')}`,
        ),
      );
    }
    if (!isSetting(severity)) {
      throw usageError(
        msg(`规则 ${id} 的级别“${severity}”无效；可用的级别：${SEVERITY_SETTINGS.join(', ')}`, `invalid severity '${severity}' for rule ${id}; valid severities: ${SEVERITY_SETTINGS.join(', ')}`),
      );
    }
    settings[id] = severity;
  }
  return settings;
}

function isSetting(value: string): value is SeveritySetting {
  return (SEVERITY_SETTINGS as readonly string[]).includes(value);
}
