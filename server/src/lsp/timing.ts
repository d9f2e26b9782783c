/**
 * Opt-in timing of the keystroke path (GOVREPORT_TIMING=1): for each published diagnostics
 * message, how long the server worked between receiving the change and sending the
 * diagnostics, with the debounce wait reported apart. One JSON line per publish on stderr,
 * prefixed `govreport-timing `, read by scripts/bench-server.mjs.
 */

export const TIMING_ENABLED = process.env.GOVREPORT_TIMING === '1';

export interface ChangeTiming {
  /** When the didChange notification reached its handler. */
  readonly receivedAt: number;
  /** Process CPU time at that moment (see PublishTiming.cpuMs). */
  readonly cpuAt: NodeJS.CpuUsage;
  /** Time to apply the change to the document (and schedule the check). */
  readonly applyMs: number;
}

export interface PublishTiming {
  readonly uri: string;
  readonly version: number;
  readonly lines: number;
  readonly applyMs: number;
  /** Between the change being applied and the debounce timer firing: waiting, not work. */
  readonly waitMs: number;
  readonly parseMs: number;
  readonly checkMs: number;
  /** Engine diagnostics to LSP, and handing the message to the transport. */
  readonly sendMs: number;
  /** applyMs + everything after the timer fired: the server's work for the change. */
  readonly workMs: number;
  /**
   * CPU time the server process used from the change to the publish (user + system, all
   * threads, GC included). Unlike the wall-clock figures it does not grow when other
   * processes compete for the machine; the idle debounce wait costs next to nothing.
   */
  readonly cpuMs: number;
  /** The document state was already computed (by a request) when the timer fired. */
  readonly cached: boolean;
}

const changes = new Map<string, ChangeTiming>();

export function recordChange(uri: string, timing: ChangeTiming): void {
  if (TIMING_ENABLED) changes.set(uri, timing);
}

export function lastChange(uri: string): ChangeTiming | undefined {
  return changes.get(uri);
}

export function reportPublish(timing: PublishTiming): void {
  if (TIMING_ENABLED) process.stderr.write(`govreport-timing ${JSON.stringify(timing)}\n`);
}
