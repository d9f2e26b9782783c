import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckedFile } from './job';

/**
 * Holds the first pass's results until they are printed, in memory up to a budget of findings
 * and beyond it in a temporary file (one JSON line per result, read back by offset). A batch
 * of any size then holds the same few tens of megabytes: ten thousand reports carry some
 * 400,000 findings. The file is removed when the store is closed, or when the process exits.
 */
export class ResultStore {
  private readonly held = new Map<number, CheckedFile>();
  private readonly spilled = new Map<number, { readonly offset: number; readonly length: number }>();
  private heldFindings = 0;
  private file?: { readonly dir: string; readonly fd: number; size: number };
  private readonly cleanUp = () => this.close();

  /** `budget`: findings kept in memory (each some 300 bytes) before results go to disk. */
  constructor(private readonly budget = 100_000) {}

  put(index: number, result: CheckedFile): void {
    if (this.heldFindings + result.diagnostics.length <= this.budget) {
      this.held.set(index, result);
      this.heldFindings += result.diagnostics.length;
      return;
    }
    const file = this.open();
    const bytes = Buffer.from(JSON.stringify(result), 'utf8');
    writeSync(file.fd, bytes, 0, bytes.length, file.size);
    this.spilled.set(index, { offset: file.size, length: bytes.length });
    file.size += bytes.length;
  }

  /** The result, once: it is forgotten as it is taken. */
  take(index: number): CheckedFile | undefined {
    const result = this.held.get(index);
    if (result) {
      this.held.delete(index);
      this.heldFindings -= result.diagnostics.length;
      return result;
    }
    const at = this.spilled.get(index);
    if (!at || !this.file) return undefined;
    this.spilled.delete(index);
    const bytes = Buffer.allocUnsafe(at.length);
    readSync(this.file.fd, bytes, 0, at.length, at.offset);
    return JSON.parse(bytes.toString('utf8')) as CheckedFile;
  }

  close(): void {
    process.off('exit', this.cleanUp);
    if (!this.file) return;
    closeSync(this.file.fd);
    rmSync(this.file.dir, { recursive: true, force: true });
    this.file = undefined;
  }

  private open(): { readonly fd: number; size: number } {
    if (this.file) return this.file;
    const dir = mkdtempSync(join(tmpdir(), 'govreport-check-'));
    this.file = { dir, fd: openSync(join(dir, 'results.jsonl'), 'w+', 0o600), size: 0 };
    process.on('exit', this.cleanUp);
    return this.file;
  }
}
