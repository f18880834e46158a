import { describe, expect, it } from 'vitest';
import { memoised } from '../../../extractors/core/memo.js';

describe('memoised', () => {
  it('answers as the function does and asks it once per word', () => {
    const asked: string[] = [];
    const length = memoised((word) => {
      asked.push(word);
      return word.length;
    });
    expect([length('ab'), length('abc'), length('ab'), length('abc')]).toEqual([2, 3, 2, 3]);
    expect(asked).toEqual(['ab', 'abc']);
  });

  it('keeps false and empty answers too', () => {
    let calls = 0;
    const never = memoised(() => {
      calls += 1;
      return false;
    });
    never('x');
    never('x');
    expect(calls).toBe(1);
  });

  it('forgets every answer once it holds `limit` words, and asks again', () => {
    const asked: string[] = [];
    const upper = memoised((word) => {
      asked.push(word);
      return word.toUpperCase();
    }, 2);
    upper('a');
    upper('b');
    upper('c'); // the table was full: cleared, then `c` kept
    upper('a');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });

  it('does not keep long text (a phrase, a line)', () => {
    let calls = 0;
    const count = memoised((text) => {
      calls += 1;
      return text.length;
    });
    const line = 'x'.repeat(200);
    count(line);
    count(line);
    expect(calls).toBe(2);
  });
});
