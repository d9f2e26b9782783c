/// <reference lib="dom" />
/**
 * What the grid lays over the report: the editor over the cell being edited, a message beside a
 * cell (a refused entry, why a table is read-only), and the "fill with the sum" button. They live
 * outside the report root, so the re-render that follows every edit replaces the report under
 * them without touching them: the editor keeps its focus, its text, its caret and an IME
 * composition in progress; the grid only moves them over the new cell.
 */

/** Puts `el` over (or beside) `cell`, in page coordinates. */
function place(el: HTMLElement, cell: HTMLElement, where: 'over' | 'below' | 'right'): void {
  const r = cell.getBoundingClientRect();
  const left = r.left + window.scrollX;
  const top = r.top + window.scrollY;
  el.style.left = `${where === 'right' ? left + r.width : left}px`;
  el.style.top = `${where === 'below' ? top + r.height : top}px`;
  if (where === 'over') {
    el.style.width = `${Math.max(r.width, 48)}px`;
    el.style.height = `${r.height}px`;
  } else if (where === 'right') el.style.height = `${r.height}px`;
}

export class Overlay {
  readonly editor: HTMLInputElement;
  readonly fill: HTMLButtonElement;
  private readonly tip: HTMLElement;
  private tipCell?: string;

  constructor() {
    this.editor = document.createElement('input');
    this.editor.type = 'text';
    this.editor.className = 'gr-editor';
    this.editor.autocomplete = 'off';
    this.editor.spellcheck = false;
    this.editor.hidden = true;
    this.tip = document.createElement('div');
    this.tip.className = 'gr-tip';
    this.tip.hidden = true;
    this.tip.id = 'gr-tip';
    this.fill = document.createElement('button');
    this.fill.type = 'button';
    this.fill.className = 'gr-fill';
    this.fill.hidden = true;
    this.fill.tabIndex = -1; // reached by its key (Alt+=); a tab stop in every total would break Tab through the grid
    document.body.append(this.editor, this.tip, this.fill);
  }

  get editing(): boolean {
    return !this.editor.hidden;
  }

  openEditor(cell: HTMLElement, value: string, label: string, kind: string): void {
    this.editor.value = value;
    this.editor.inputMode = kind === 'money' ? 'decimal' : 'numeric';
    this.editor.setAttribute('aria-label', label);
    this.editor.classList.remove('gr-invalid');
    this.editor.hidden = false;
    place(this.editor, cell, 'over');
    this.editor.focus({ preventScroll: true });
  }

  closeEditor(): void {
    this.editor.hidden = true;
    this.editor.classList.remove('gr-invalid');
  }

  /** A message beside a cell; plain text only (textContent). */
  showTip(cell: HTMLElement, cellId: string, text: string, kind: 'error' | 'info'): void {
    this.tip.textContent = text;
    this.tip.classList.toggle('gr-info', kind === 'info');
    this.tip.hidden = false;
    this.tipCell = cellId;
    place(this.tip, cell, 'below');
  }

  hideTip(): void {
    this.tip.hidden = true;
    this.tipCell = undefined;
  }

  showFill(cell: HTMLElement, text: string, title: string): void {
    this.fill.textContent = text;
    this.fill.title = title;
    this.fill.hidden = false;
    place(this.fill, cell, 'right');
  }

  hideFill(): void {
    this.fill.hidden = true;
  }

  /** After the report under them was replaced (or the window resized): follow the cells. */
  follow(editing: HTMLElement | undefined, find: (id: string) => HTMLElement | undefined): void {
    if (editing && this.editing) place(this.editor, editing, 'over');
    const tipCell = this.tipCell && find(this.tipCell);
    if (tipCell) place(this.tip, tipCell, 'below');
    else this.hideTip();
  }
}
