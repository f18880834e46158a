import { beforeEach, describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString }));

const { INTERRUPT_BUDGET, tieringFlags, tuneTiering } = await import('../../../main/ingest/v8-tiering.js');

const plain = { execArgv: [], nodeOptions: '', electron: false };

describe('tieringFlags', () => {
  it('raises the interrupt budget in a plain Node process', () => {
    expect(tieringFlags(plain)).toEqual([`--interrupt-budget=${INTERRUPT_BUDGET}`]);
    expect(INTERRUPT_BUDGET).toBeGreaterThan(67_584); // V8's default: the point is to optimise later
  });

  it('raises it beside other command-line flags and NODE_OPTIONS', () => {
    expect(tieringFlags({ execArgv: ['--max-old-space-size=4096', '--enable-source-maps'], nodeOptions: '--import tsx', electron: false })).toHaveLength(1);
  });

  it("keeps the user's own budget, from the command line or NODE_OPTIONS", () => {
    expect(tieringFlags({ ...plain, execArgv: ['--interrupt-budget=100000'] })).toEqual([]);
    expect(tieringFlags({ ...plain, nodeOptions: '--max-old-space-size=2048 --interrupt-budget=50000' })).toEqual([]);
  });

  it('leaves Electron alone', () => {
    expect(tieringFlags({ ...plain, electron: true })).toEqual([]);
  });
});

describe('tuneTiering', () => {
  beforeEach(() => setFlagsFromString.mockClear());

  it('sets the flag in a plain Node process', () => {
    tuneTiering(plain);
    expect(setFlagsFromString).toHaveBeenCalledExactlyOnceWith(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  });

  it('sets nothing under Electron or over a budget the user chose', () => {
    tuneTiering({ ...plain, electron: true });
    tuneTiering({ ...plain, execArgv: ['--interrupt-budget=100000'] });
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
