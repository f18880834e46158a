import { describe, expect, it } from 'vitest';
import { actionForKey, KEY_BINDINGS } from '../../../renderer/review/keys.js';
import { nextWhere, stepFrom } from '../../../renderer/review/navigation.js';
import type { MentionRecord } from '../../../main/api/contract.js';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => actionForKey({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('review keys', () => {
  it('maps every core action to a letter typed without modifier, whatever the case', () => {
    expect(press('a')).toBe('accept');
    expect(press('A')).toBe('accept');
    expect(press('r')).toBe('reject');
    expect(press('?')).toBe('help');
    expect(press('w')).toBe('extendLeft');
    expect(press('ArrowDown')).toBe('next');
  });

  it('leaves chords to the browser', () => {
    expect(press('a', { ctrlKey: true })).toBeUndefined();
    expect(press('r', { altKey: true })).toBeUndefined();
  });

  it('binds no key twice, and uses no digit or bracket (Shift or AltGr on AZERTY)', () => {
    const keys = KEY_BINDINGS.flatMap((binding) => binding.keys.map((key) => (key.length === 1 ? key.toLowerCase() : key)));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((key) => /^[0-9[\]{}]$/u.test(key))).toEqual([]);
  });
});

describe('moving through mentions', () => {
  const mention = (id: number, status: MentionRecord['status']) => ({ id, status }) as MentionRecord;
  const list = [mention(1, 'accepted'), mention(2, 'pending'), mention(3, 'rejected'), mention(4, 'pending')];

  it('steps forward and back, staying at the ends', () => {
    expect(stepFrom(list, 2, 1)?.id).toBe(3);
    expect(stepFrom(list, 1, -1)?.id).toBe(1);
    expect(stepFrom(list, 4, 1)?.id).toBe(4);
  });

  it('finds the next pending mention after the current one, wrapping round', () => {
    expect(nextWhere(list, 2, (each) => each.status === 'pending')?.id).toBe(4);
    expect(nextWhere(list, 4, (each) => each.status === 'pending')?.id).toBe(2);
    expect(nextWhere([mention(1, 'pending')], 1, (each) => each.status === 'pending')).toBeUndefined();
  });
});
