import type { Connection } from 'vscode-languageserver';

/**
 * Keeps the server serving whatever the input: a handler that throws (an engine bug on one
 * document) is logged and answered with an empty result, instead of failing the request or
 * taking the process down.
 */
export function guard<P, R>(connection: Connection, name: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (error) {
      logFailure(connection, name, error);
      return fallback;
    }
  };
}

/** The same for notifications, which have no answer. */
export function guardNotification<P>(connection: Connection, name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params: P) => {
    try {
      const result = handler(params);
      if (result instanceof Promise) result.catch((error: unknown) => logFailure(connection, name, error));
    } catch (error) {
      logFailure(connection, name, error);
    }
  };
}

export function logFailure(connection: Connection, name: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  try {
    connection.console.error(`govreport: ${name} failed: ${detail}`);
  } catch {
    // The connection itself is gone; stderr is all that is left.
    process.stderr.write(`govreport: ${name} failed: ${detail}\n`);
  }
}
