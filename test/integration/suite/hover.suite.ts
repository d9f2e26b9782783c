import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { ARTICLES } from '../../../server/src/engine';
import { CORPUS_NAME, govreportApi, hoverText, openInEditor, positionOf, workspaceUri } from './helpers';

export function registerHoverTests(): void {
  suite('hover', () => {
    test('属于三类内部事务信息 explains 条例第十六条 with its text', async () => {
      await govreportApi();
      const { document } = await openInEditor(workspaceUri(CORPUS_NAME));
      const position = positionOf(document, '属于三类内部事务信息', 3);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      const text = hoverText(hovers);
      assert.ok(text.includes('第十六条'), `hover lacks 第十六条:\n${text}`);
      const article = ARTICLES.find((a) => a.number === 16);
      assert.ok(article, 'the law data has no article 16');
      // The article's first paragraph, word for word (行政机关的内部事务信息……可以不予公开。).
      assert.ok(text.includes(article.paragraphs[0].text), `hover lacks the text of 第十六条:\n${text}`);
    });
  });
}
