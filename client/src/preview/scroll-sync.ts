/// <reference lib="dom" />
/**
 * Scroll synchronisation between the preview and the editor, by the blocks' `data-line`
 * (0-based source lines): the editor's top line scrolls the preview there, interpolating
 * between the blocks around it, and the preview's own scrolling is reported as a line.
 */
export class ScrollSync {
  /** Until this time, scroll events are ours (programmatic), not the user's: do not echo them to the editor. */
  private ignoreUntil = 0;
  private frame = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly bar: HTMLElement,
    onScrolled: (line: number) => void,
  ) {
    window.addEventListener('scroll', () => {
      if (Date.now() < this.ignoreUntil || this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        onScrolled(this.topLine());
      });
    });
  }

  /** Scrolls so that `line` (fractional) is at the top, interpolating between the blocks around it. */
  toLine(line: number): void {
    const items = this.lineElements();
    if (items.length === 0) return;
    let before = items[0];
    let after: (typeof items)[number] | undefined;
    for (const item of items) {
      if (item.line <= line) before = item;
      else {
        after = item;
        break;
      }
    }
    let y = pageTop(before.el);
    if (after && after.line > before.line) {
      const fraction = Math.min(1, Math.max(0, (line - before.line) / (after.line - before.line)));
      y += (pageTop(after.el) - y) * fraction;
    }
    this.ignoreUntil = Date.now() + 150;
    window.scrollTo(0, Math.max(0, y - this.bar.getBoundingClientRect().height));
  }

  /** The source line at the top of the view (fractional), from the blocks around it. */
  topLine(): number {
    const items = this.lineElements();
    const top = window.scrollY + this.bar.getBoundingClientRect().height;
    let before = items[0];
    for (let i = 0; i < items.length; i++) {
      const y = pageTop(items[i].el);
      if (y > top) {
        if (!before || i === 0) return items[i].line;
        const y0 = pageTop(before.el);
        return before.line + ((top - y0) / Math.max(1, y - y0)) * (items[i].line - before.line);
      }
      before = items[i];
    }
    return before?.line ?? 0;
  }

  /** Elements that carry a source line, in document order, with their line. */
  private lineElements(): { el: HTMLElement; line: number }[] {
    const out: { el: HTMLElement; line: number }[] = [];
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-line]')) {
      if (el.tagName === 'TD' || el.tagName === 'TH' || el.offsetParent === null) continue;
      out.push({ el, line: Number(el.dataset.line) });
    }
    return out;
  }
}

const pageTop = (el: HTMLElement) => el.getBoundingClientRect().top + window.scrollY;
