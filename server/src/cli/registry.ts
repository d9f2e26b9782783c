import type { Command } from './command';
import { COMMAND_MODULES } from './commands';

/** Every command name, in the order `govreport help` lists them. Add commands in commands/index.ts. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMAND_MODULES).sort();

export async function loadCommand(name: string): Promise<Command | undefined> {
  if (!Object.hasOwn(COMMAND_MODULES, name)) return undefined;
  const { command } = await COMMAND_MODULES[name as keyof typeof COMMAND_MODULES]();
  return command;
}

/** For the overview help, which shows every command's summary. */
export async function loadAllCommands(): Promise<Command[]> {
  const commands = await Promise.all(COMMAND_NAMES.map(loadCommand));
  return commands.filter((c): c is Command => c !== undefined);
}
