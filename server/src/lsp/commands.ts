import type { ExecuteCommandParams } from 'vscode-languageserver';
import { FIX_ALL_SUMMARY_COMMAND, fixAllSummaryMessage, isFixAllSummary, RULES_BY_ID, SHOW_RULE_DOCUMENTATION_COMMAND } from '../engine';
import { ruleDocsUri } from './convert';
import { guard } from './guard';
import type { Session } from './session';

/** Commands the server runs itself (workspace/executeCommand). */
export const SERVER_COMMANDS = [SHOW_RULE_DOCUMENTATION_COMMAND, FIX_ALL_SUMMARY_COMMAND] as const;

export function registerCommands(session: Session): void {
  session.connection.onExecuteCommand(
    guard(session.connection, 'executeCommand', null, async (params: ExecuteCommandParams): Promise<null> => {
      const [argument] = params.arguments ?? [];
      if (params.command === SHOW_RULE_DOCUMENTATION_COMMAND) await showRuleDocumentation(session, argument);
      // After fix-all was applied (the code action's command): what changed, by rule.
      if (params.command === FIX_ALL_SUMMARY_COMMAND && isFixAllSummary(argument)) void session.connection.window.showInformationMessage(fixAllSummaryMessage(argument)[session.lang]);
      return null;
    }),
  );
}

/**
 * Opens the rule's page (docs/rules/<id>.md beside the server) in the editor. A client
 * that cannot open documents gets the rule's description and the page's path in a message.
 */
async function showRuleDocumentation(session: Session, rule: unknown): Promise<void> {
  if (typeof rule !== 'string' || !RULES_BY_ID.has(rule)) return;
  const uri = ruleDocsUri(session.options.docsDir, rule);
  if (session.supports((c) => c.window?.showDocument?.support)) {
    const result = await session.connection.window.showDocument({ uri, takeFocus: true });
    if (result.success) return;
  }
  const description = RULES_BY_ID.get(rule)!.description[session.lang];
  void session.connection.window.showInformationMessage(`${rule}: ${description} (${uri})`);
}
