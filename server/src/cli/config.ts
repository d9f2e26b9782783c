import { dirname, relative, resolve } from 'node:path';
import { SourceText, type AgencyDefaults, type SeveritySetting } from '../engine';
import { ConfigFiles, type LoadedConfig } from '../config/load';
import { agencyOf, rulesWithFlags } from '../config/merge';
import { CONFIG_FILE_NAME } from '../config/schema';
import { inputError, type CliError } from './errors';
import { msg } from './i18n';
import { systemReason } from './files/reasons';

/** What the configuration gives one report: its rule severities (flags over file) and its agency. */
export interface ReportConfig {
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly agency?: AgencyDefaults;
}

/** The option every command that checks shares. */
export const CONFIG_OPTION = {
  kind: 'value',
  metavar: 'FILE',
  help: msg(
    `使用此配置文件（默认：从每份报告所在文件夹向上查找最近的 ${CONFIG_FILE_NAME}）`,
    `use this configuration file (default: the nearest ${CONFIG_FILE_NAME} from each report's folder upwards)`,
  ),
} as const;

/**
 * The configuration of each report: the file given with --config, else the nearest
 * `.govreport.jsonc` above the report (standard input: above the working directory). A file
 * with any problem stops the run before anything is checked (exit 2), every problem named
 * `path:line:col` — in CI a typo must not silently change what is checked.
 */
export function configsFor(reports: readonly (string | undefined)[], option: string | undefined, cwd: string): (LoadedConfig | undefined)[] {
  const files = new ConfigFiles(undefined, (path, error) => systemReason(relative(cwd, path) || path, error));
  const explicit = option === undefined ? undefined : files.load(resolve(cwd, option));
  const configs = reports.map((absolute) => explicit ?? files.forDirectory(absolute === undefined ? cwd : dirname(absolute)));
  const bad = [...new Set(configs)].filter((c): c is LoadedConfig => c !== undefined && c.problems.length > 0);
  if (bad.length > 0) throw configError(bad, cwd);
  return configs;
}

/** A report's settings from its configuration and the command line's --rule flags. */
export function reportConfig(config: LoadedConfig | undefined, flags: Readonly<Record<string, SeveritySetting>>): ReportConfig {
  return { rules: rulesWithFlags(config?.values, flags), agency: agencyOf(config?.values) };
}

function configError(configs: readonly LoadedConfig[], cwd: string): CliError {
  const lines = configs.flatMap((config) => {
    const source = new SourceText(config.text);
    const name = relative(cwd, config.path) || config.path;
    if (config.unreadable) return config.problems.map((p) => p.message);
    return config.problems.map((p) => {
      const { line, character } = source.positionAt(p.offset);
      return msg(`${name}:${line + 1}:${character + 1}: ${p.message.zh}`, `${name}:${line + 1}:${character + 1}: ${p.message.en}`);
    });
  });
  const nothing = msg('配置文件有误，未检查任何报告', 'the configuration has problems: nothing was checked');
  return inputError(msg([...lines, nothing].map((l) => l.zh).join('\n'), [...lines, nothing].map((l) => l.en).join('\n')));
}
