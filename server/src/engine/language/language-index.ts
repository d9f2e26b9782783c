import { Analysis } from '../analysis/analysis';
import type { CheckedClaim } from '../analysis/readings';
import type { CellNode, ReportModel } from '../model';
import { findArticleReferences, type ArticleReference } from './article-refs';
import { findTableTokens, type TableToken } from './table-tokens';
import { tableExtents, type TableExtent } from './tables';
import { totalsByCell, type TotalView } from './totals';

export type { CheckedClaim };

/**
 * What the language features look things up in, derived from one parsed model and computed
 * on first use: a hover computes the tokens once, and every later hover, inlay hint or code
 * lens on the same document version reads them. Hold one per document version.
 */
export class LanguageIndex {
  private extentsCache?: TableExtent[];
  private tokensCache?: TableToken[];
  private totalsCache?: Map<CellNode, TotalView>;
  private referencesCache?: ArticleReference[];

  constructor(
    readonly model: ReportModel,
    /** Last year's report of the same body, when known: the hovers on figures carried over from it. */
    readonly previous?: ReportModel,
  ) {}

  /** The same analysis the check of this version used (arithmetic, prose claims). */
  get analysis(): Analysis {
    return Analysis.of(this.model);
  }

  get extents(): readonly TableExtent[] {
    return (this.extentsCache ??= tableExtents(this.model));
  }

  get tableTokens(): readonly TableToken[] {
    return (this.tokensCache ??= findTableTokens(this.model, this.extents));
  }

  get totals(): ReadonlyMap<CellNode, TotalView> {
    return (this.totalsCache ??= totalsByCell(this.analysis));
  }

  get claims(): readonly CheckedClaim[] {
    return this.analysis.claims;
  }

  get articleReferences(): readonly ArticleReference[] {
    return (this.referencesCache ??= findArticleReferences(this.model));
  }
}
