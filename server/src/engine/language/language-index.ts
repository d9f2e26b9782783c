import { Analysis } from '../check/analysis';
import { extractClaims, type Claim } from '../check/claims';
import { readingsFor, type Reading } from '../check/readings';
import type { CellNode, ReportModel } from '../model';
import { findArticleReferences, type ArticleReference } from './article-refs';
import { findTableTokens, type TableToken } from './table-tokens';
import { tableExtents, type TableExtent } from './tables';
import { totalsByCell, type TotalView } from './totals';

/** A prose figure the text-table-mismatch rule checks, with the table figures it may mean. */
export interface CheckedClaim {
  readonly claim: Claim;
  readonly readings: readonly Reading[];
}

/**
 * What the language features look things up in, derived from one parsed model and computed
 * on first use: a hover computes the tokens once, and every later hover, inlay hint or code
 * lens on the same document version reads them. Hold one per document version.
 */
export class LanguageIndex {
  private extentsCache?: TableExtent[];
  private tokensCache?: TableToken[];
  private totalsCache?: Map<CellNode, TotalView>;
  private claimsCache?: CheckedClaim[];
  private referencesCache?: ArticleReference[];
  private analysisCache?: Analysis;

  constructor(readonly model: ReportModel) {}

  get analysis(): Analysis {
    return (this.analysisCache ??= new Analysis(this.model));
  }

  get extents(): readonly TableExtent[] {
    return (this.extentsCache ??= tableExtents(this.model));
  }

  get tableTokens(): readonly TableToken[] {
    return (this.tokensCache ??= findTableTokens(this.model, this.extents));
  }

  get totals(): ReadonlyMap<CellNode, TotalView> {
    return (this.totalsCache ??= totalsByCell(this.model, this.analysis));
  }

  get claims(): readonly CheckedClaim[] {
    return (this.claimsCache ??= extractClaims(this.model).map((claim) => ({ claim, readings: readingsFor(claim.kind, this.analysis, claim) })));
  }

  get articleReferences(): readonly ArticleReference[] {
    return (this.referencesCache ??= findArticleReferences(this.model));
  }
}
