import { describe, expect, it } from 'vitest';
import { applyEdits, lineEdits, SourceText } from '../../server/src/engine';

function roundTrip(before: string, after: string): number {
  const edits = lineEdits(new SourceText(before), after);
  expect(applyEdits(before, edits.map((e) => ({ span: e.span, newText: e.newText }))).text).toBe(after);
  return edits.length;
}

describe('line edits from one text to another', () => {
  it('changes, insertions and deletions anywhere, each a small edit', () => {
    expect(roundTrip('a\nb\nc\nd\ne', 'a\nB\nc\nd\nE')).toBe(2);
    expect(roundTrip('a\nb\nc', 'x\na\nb\nc')).toBe(1);
    expect(roundTrip('a\nb\nc', 'a\nb\nc\nx')).toBe(1);
    expect(roundTrip('a\nb\nc', 'a\nc')).toBe(1);
    expect(roundTrip('a\nb\nc', 'b\nc')).toBe(1);
    expect(roundTrip('a\nb\nc', 'a\nb')).toBe(1);
    expect(roundTrip('a\nb\nc\n', 'a\nb\nc\n')).toBe(0);
    expect(roundTrip('', 'a\nb')).toBe(1);
    expect(roundTrip('a\r\nb\r\nc', 'a\r\nB\r\nc')).toBe(1);
  });

  it('random edits round-trip', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let k = 0; k < 200; k++) {
      const a = Array.from({ length: rand(12) }, () => 'abcd'[rand(4)]);
      const b = [...a];
      for (let e = rand(5); e > 0; e--) {
        const op = rand(3);
        if (op === 0) b.splice(rand(b.length + 1), 0, 'xyz'[rand(3)]);
        else if (op === 1 && b.length) b.splice(rand(b.length), 1);
        else if (b.length) b[rand(b.length)] = 'XYZ'[rand(3)];
      }
      roundTrip(a.join('\n'), b.join('\n'));
    }
  });
});
