import type { DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams } from 'vscode-languageserver';

/**
 * Document-sync notifications are checked before the document manager sees them: a malformed
 * one (a uri that is not a string, an open without text, a change that is not a list of edits)
 * would otherwise become a document whose text is undefined, failing every later check of it.
 * A notification has no answer, so a malformed one is logged and ignored.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isPosition = (v: unknown) => isObject(v) && Number.isInteger(v.line) && Number.isInteger(v.character);
const isRange = (v: unknown) => isObject(v) && isPosition(v.start) && isPosition(v.end);

export function wellFormedOpen(p: unknown): p is DidOpenTextDocumentParams {
  if (!isObject(p) || !isObject(p.textDocument)) return false;
  const d = p.textDocument;
  return typeof d.uri === 'string' && typeof d.text === 'string' && typeof d.languageId === 'string' && Number.isInteger(d.version);
}

export function wellFormedChange(p: unknown): p is DidChangeTextDocumentParams {
  if (!isObject(p) || !isObject(p.textDocument) || typeof p.textDocument.uri !== 'string' || !Number.isInteger(p.textDocument.version)) return false;
  return Array.isArray(p.contentChanges) && p.contentChanges.every((c) => isObject(c) && typeof c.text === 'string' && (c.range === undefined || isRange(c.range)));
}

export function wellFormedClose(p: unknown): p is DidCloseTextDocumentParams {
  return isObject(p) && isObject(p.textDocument) && typeof p.textDocument.uri === 'string';
}
