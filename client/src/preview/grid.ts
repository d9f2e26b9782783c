/// <reference lib="dom" />
import { validFigure } from '../../../server/src/engine/text/figure-input';
import type { ValueKind } from '../../../server/src/engine/text/numbers';
import { address, cellName, gridCell, setValue, value } from './grid-cells';
import { moveForKey, neighbour, type Move } from './grid-nav';
import { Overlay } from './grid-overlay';
import type { FromWebview, PreviewLabels, ToWebview } from './messages';

/**
 * The statutory tables of the preview as a spreadsheet. A figure cell is selected by a click or
 * the keys (arrows, Tab / Shift+Tab, Home / End), edited by a click, Enter, F2 or simply typing;
 * Enter, Tab and the arrows commit and move on, Escape cancels, Delete clears, Alt+= fills a total
 * with its sum. A commit is checked here with the engine's own function (a bad entry is refused on
 * the spot, with the reason, and never sent) and sent to the extension, which has the server turn
 * it into the one-cell edit of the source. The report is re-rendered after every edit: cells are
 * found again by their identity (table/row/column), so the selection and an edit in progress
 * survive it. Announcements go to a live region; a cell's faults and the keys are its description.
 */

type Post = (message: FromWebview) => void;

/** A figure on its way to the source: shown in its cell until the version that holds it is on screen. */
interface Pending {
  readonly id: number;
  readonly text: string;
  /** When the figure was committed (performance.now()), for the commit-to-screen time. */
  readonly sentAt: number;
  version?: number;
}

export class Grid {
  private activeId?: string;
  private editingId?: string;
  /** Editing started by typing: the arrows commit and move (in edit mode they move the caret). */
  private byTyping = false;
  private nextId = 1;
  private readonly pending = new Map<string, Pending>();
  private readonly overlay = new Overlay();

  constructor(
    private readonly root: HTMLElement,
    private readonly labels: PreviewLabels,
    private readonly post: Post,
    private readonly live: HTMLElement,
    private readonly desc: HTMLElement,
  ) {
    root.addEventListener('keydown', (e) => this.cellKey(e));
    root.addEventListener('click', (e) => this.cellClick(e));
    root.addEventListener('focusin', (e) => {
      const cell = gridCell(e.target);
      if (cell) this.select(cell, false);
    });
    this.overlay.editor.addEventListener('keydown', (e) => this.editorKey(e));
    this.overlay.editor.addEventListener('blur', () => {
      if (this.editingId) this.commit(undefined);
    });
    this.overlay.fill.addEventListener('mousedown', (e) => e.preventDefault());
    this.overlay.fill.addEventListener('click', () => this.fillSum());
    window.addEventListener('resize', () => this.overlay.follow(this.editingCell(), (id) => this.find(id)));
    // A message beside a cell goes away with the next click elsewhere.
    document.addEventListener('mousedown', (e) => {
      if (!gridCell(e.target)) this.overlay.hideTip();
    });
  }

  /** Another report is shown now: nothing of the last one's selection or edits carries over. */
  reset(): void {
    this.cancel(false);
    this.activeId = undefined;
    this.pending.clear();
    this.overlay.hideFill();
  }

  /** The cell being edited, if any (a double-click on the editor reveals that cell). */
  editingCell(): HTMLTableCellElement | undefined {
    return this.editingId ? this.find(this.editingId) : undefined;
  }

  /** Before the report is replaced: whether a cell had the focus (the editor keeps its own). */
  hasFocus(): boolean {
    return gridCell(document.activeElement) !== undefined;
  }

  /** After the report was replaced by `version`: selection, focus, pending figures and overlays follow the cells. */
  updated(version: number, hadFocus: boolean): void {
    for (const [id, p] of this.pending) {
      if (p.version === undefined || version < p.version) continue;
      this.pending.delete(id);
      // Commit → source edited → re-rendered, as the user sees it (read by the integration tests).
      const times = (document.body.dataset.editMs ?? '').split(',').filter(Boolean);
      document.body.dataset.editMs = [...times.slice(-49), Math.round(performance.now() - p.sentAt)].join(',');
    }
    for (const [id, p] of this.pending) this.showPending(id, p.text);
    const grids = this.root.querySelectorAll<HTMLTableElement>('table[role="grid"]');
    for (const table of grids) table.querySelector<HTMLElement>('td[role="gridcell"]')?.setAttribute('tabindex', '0');
    const active = this.activeId ? this.find(this.activeId) : undefined;
    if (active) {
      this.rove(active);
      if (hadFocus) active.focus({ preventScroll: true });
      this.describe(active);
    }
    this.overlay.follow(this.editingCell(), (id) => this.find(id));
    if (this.editingId && !this.editingCell()) this.cancel(false); // the cell is gone (its table was rewritten)
  }

  /** What became of an edit sent to the extension. */
  edited(message: Extract<ToWebview, { type: 'edited' }>): void {
    for (const [cellId, p] of this.pending) {
      if (p.id !== message.id) continue;
      if (message.ok) {
        p.version = message.version;
        return;
      }
      this.pending.delete(cellId);
      const cell = this.find(cellId);
      if (!cell) return;
      cell.classList.remove('gr-pending');
      setValue(cell, cell.dataset.shown ?? '');
      this.refuse(cell, cellId, message.reason);
      return;
    }
  }

  private find(id: string): HTMLTableCellElement | undefined {
    return this.root.querySelector<HTMLTableCellElement>(`td[role="gridcell"][data-cell="${CSS.escape(id)}"]`) ?? undefined;
  }

  private select(cell: HTMLTableCellElement, focus = true): void {
    this.activeId = cell.dataset.cell;
    this.rove(cell);
    if (focus) cell.focus();
    this.overlay.hideTip();
    this.describe(cell);
  }

  /** One tab stop per table: the selected cell. */
  private rove(cell: HTMLTableCellElement): void {
    const table = cell.closest('table');
    for (const other of table?.querySelectorAll<HTMLElement>('td[role="gridcell"][tabindex="0"]') ?? []) other.tabIndex = -1;
    cell.tabIndex = 0;
  }

  /** The cell's description: its faults (the marks' tooltip), whether and how it can be edited, the sum it can take. */
  private describe(cell: HTMLTableCellElement): void {
    const parts = [cell.title, cell.dataset.readonly ?? this.labels.editHint];
    const fill = cell.dataset.fill;
    if (fill !== undefined && !cell.dataset.readonly && fill !== value(cell)) {
      const offer = this.labels.fill.replace('{0}', fill);
      parts.push(offer);
      this.overlay.showFill(cell, `Σ ${fill}`, offer);
    } else this.overlay.hideFill();
    this.desc.textContent = parts.filter(Boolean).join('. ');
    cell.setAttribute('aria-describedby', this.desc.id);
  }

  private cellClick(event: MouseEvent): void {
    const cell = gridCell(event.target);
    if (!cell) return;
    this.select(cell);
    this.startEditing(cell, value(cell), false);
  }

  private cellKey(event: KeyboardEvent): void {
    const cell = gridCell(event.target);
    if (!cell) return;
    const move = moveForKey(event);
    if (move) {
      const to = neighbour(cell, move);
      if (to) {
        event.preventDefault();
        this.select(to);
      } else if (move !== 'next' && move !== 'previous') event.preventDefault(); // Tab at either end leaves the grid
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.startEditing(cell, value(cell), false);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (this.writable(cell)) this.send(cell, { text: '' }, '');
    } else if (event.key === '=' && event.altKey) {
      event.preventDefault();
      this.fillSum();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing replaces the figure, as in a spreadsheet: the key itself lands in the editor (so does an IME's composition).
      if (this.writable(cell)) this.startEditing(cell, '', true);
      else event.preventDefault();
    }
  }

  private editorKey(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const moves: Record<string, Move | undefined> = {
      Enter: event.shiftKey ? 'up' : 'down',
      Tab: event.shiftKey ? 'previous' : 'next',
      ArrowUp: 'up',
      ArrowDown: 'down',
      ArrowLeft: this.byTyping ? 'left' : undefined,
      ArrowRight: this.byTyping ? 'right' : undefined,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      this.cancel(true);
    } else if (event.key === '=' && event.altKey) {
      event.preventDefault();
      this.cancel(true);
      this.fillSum();
    } else if (moves[event.key]) {
      event.preventDefault();
      this.commit(moves[event.key]);
    }
  }

  private writable(cell: HTMLTableCellElement): boolean {
    if (!cell.dataset.readonly) return true;
    this.overlay.showTip(cell, cell.dataset.cell ?? '', cell.dataset.readonly, 'info');
    this.announce(cell.dataset.readonly);
    return false;
  }

  private startEditing(cell: HTMLTableCellElement, initial: string, byTyping: boolean): void {
    if (!this.writable(cell)) return;
    this.editingId = cell.dataset.cell;
    this.byTyping = byTyping;
    this.overlay.hideTip();
    this.overlay.openEditor(cell, initial, this.labels.editLabel.replace('{0}', cellName(cell)), cell.dataset.kind ?? 'count');
    if (!byTyping) this.overlay.editor.select();
  }

  private cancel(refocus: boolean): void {
    const cell = this.editingCell();
    this.editingId = undefined;
    this.overlay.closeEditor();
    this.overlay.hideTip();
    if (refocus && cell) this.select(cell);
  }

  /** Commits the editor's text (and moves on), or refuses it in place. `move` undefined: the editor lost the focus. */
  private commit(move: Move | undefined): void {
    const cell = this.editingCell();
    if (!cell) return this.cancel(false);
    const typed = this.overlay.editor.value;
    const checked = validFigure(typed, (cell.dataset.kind ?? 'count') as ValueKind);
    if ('reason' in checked) {
      if (move === undefined) return this.cancel(false); // focus left: drop the bad entry rather than trap the user
      this.overlay.editor.classList.add('gr-invalid');
      this.refuse(cell, cell.dataset.cell ?? '', checked.reason[this.labels.lang]);
      this.overlay.editor.select();
      return;
    }
    this.editingId = undefined;
    this.overlay.closeEditor();
    if (checked.text !== value(cell)) this.send(cell, { text: checked.text }, checked.text);
    if (move === undefined) return;
    this.select(neighbour(cell, move) ?? cell);
  }

  private fillSum(): void {
    const cell = this.activeId ? this.find(this.activeId) : undefined;
    if (!cell?.dataset.fill || !this.writable(cell)) return;
    this.send(cell, { fill: 'sum' }, cell.dataset.fill);
    this.overlay.hideFill();
  }

  private send(cell: HTMLTableCellElement, input: { text: string } | { fill: 'sum' }, shown: string): void {
    const id = this.nextId++;
    const cellId = cell.dataset.cell!;
    this.pending.set(cellId, { id, text: shown, sentAt: performance.now() });
    this.showPending(cellId, shown);
    this.post({ type: 'editCell', id, cell: address(cellId), input });
    this.announce(shown === '' ? this.labels.cleared : this.labels.written.replace('{0}', shown));
  }

  private showPending(cellId: string, text: string): void {
    const cell = this.find(cellId);
    if (!cell) return;
    cell.dataset.shown ??= value(cell);
    cell.classList.add('gr-pending');
    setValue(cell, text);
  }

  private refuse(cell: HTMLTableCellElement, cellId: string, reason: string): void {
    const text = this.labels.refused.replace('{0}', reason);
    this.overlay.showTip(cell, cellId, text, 'error');
    this.announce(text);
  }

  private announce(text: string): void {
    // Cleared first, so the same words twice are announced twice.
    this.live.textContent = '';
    requestAnimationFrame(() => (this.live.textContent = text));
  }
}
