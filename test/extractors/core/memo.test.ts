import { describe, expect, it } from 'vitest';
import { memoised, memoisedForPage } from '../../../extractors/core/memo.js';

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

describe('memoisedForPage', () => {
  it('answers each key once per page and forgets a page when the next one is asked', () => {
    const asked: string[] = [];
    const count = memoisedForPage((text: string, key: string) => {
      asked.push(`${text}/${key}`);
      return text.split(key).length - 1;
    });
    expect([count('a b a', 'a'), count('a b a', 'a'), count('a b a', 'b')]).toEqual([2, 2, 1]);
    expect(count('b b', 'a')).toBe(0);
    expect(count('a b a', 'a')).toBe(2);
    expect(asked).toEqual(['a b a/a', 'a b a/b', 'b b/a', 'a b a/a']);
  });
});
