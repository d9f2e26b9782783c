/** What the PDF reader takes from each page: positioned text and the straight lines drawn (table rulings). */

/** A piece of text on a page, in points from the page's top-left corner. */
export interface TextPiece {
  readonly text: string;
  /** Left edge and baseline. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size (the height of a line of this text). */
  readonly size: number;
}

/** A horizontal or vertical line segment (a table border), top-left origin. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface PageContent {
  /** 1-based. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly pieces: readonly TextPiece[];
  readonly segments: readonly Segment[];
}

export const centerY = (p: TextPiece) => p.y - p.size * 0.35;
export const right = (p: TextPiece) => p.x + p.width;
