import type { Span } from './source';

/** A replacement of the text at `span` (offsets into the document the model was parsed from). */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}
