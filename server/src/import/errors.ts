import type { Bilingual } from '../engine';

/** A file the importer cannot read, and why, in words for the user (no file name: the caller adds it). */
export class ImportError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
    this.name = 'ImportError';
  }
}
