import { describe, expect, it } from 'vitest';
import { NOT_RETRIED, withBusyRetry } from '../../../main/api/busy.js';
import { API_METHODS, type ApiImplementation } from '../../../main/api/contract.js';
import type { BusyRetry } from '../../../main/store/busy-retry.js';

describe('withBusyRetry', () => {
  it('runs every method through the retry except those a second try would not repeat', async () => {
    const retried: string[] = [];
    const implementation = Object.fromEntries(API_METHODS.map((method) => [method, () => method])) as unknown as ApiImplementation;
    const counting: BusyRetry = async (call) => {
      const value = await call();
      retried.push(String(value));
      return value;
    };
    const wrapped = withBusyRetry(implementation, counting);
    for (const method of API_METHODS) expect(await (wrapped[method] as (input: unknown) => unknown)({})).toBe(method);
    expect(retried.sort()).toEqual(API_METHODS.filter((method) => !NOT_RETRIED.has(method)).sort());
    expect([...NOT_RETRIED].sort()).toEqual(['cancelImport', 'reextract', 'startImport']);
    expect(retried).toContain('acceptMention');
    expect(retried).toContain('listDocuments');
  });
});
