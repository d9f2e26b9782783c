import type { AgencyDefaults, SeveritySetting } from '../engine';
import type { Settings } from '../settings';
import type { ConfigValues } from './schema';

/**
 * Precedence, lowest first: the built-in defaults; VS Code's settings (user, then workspace);
 * the nearest `.govreport.jsonc`; the command line's flags (`--rule`, `--threshold`,
 * `--min-change`) for one run. The file is the project's, shared with CI, so in the editor it
 * wins over personal settings: the editor shows what `govreport check` reports. Merging is per
 * entry: a file that sets one rule leaves the settings' other rules as they are.
 */
export function withConfig(settings: Settings, config: ConfigValues | undefined): Settings {
  if (!config) return settings;
  return {
    ...settings,
    rules: { ...settings.rules, ...config.rules },
    compare: { ...settings.compare, ...config.compare },
  };
}

/** Rule severities for one CLI run: the file's, with the flags' over them. */
export function rulesWithFlags(config: ConfigValues | undefined, flags: Readonly<Record<string, SeveritySetting>>): Record<string, SeveritySetting> {
  return { ...config?.rules, ...flags };
}

/** Who reports, when the configuration says (the report's own front matter still wins). */
export function agencyOf(config: ConfigValues | undefined): AgencyDefaults | undefined {
  if (config?.agency === undefined && config?.agencyKind === undefined) return undefined;
  return { agency: config.agency, agencyKind: config.agencyKind };
}
