import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extractors/index.js';
import { NATIVE_SCAN_LENGTH, WARM_UP_PAGES } from '../../../main/ingest/thread-warm-up.js';

describe('WARM_UP_PAGES', () => {
  it('are long enough for V8 to compile the page patterns to machine code at once', () => {
    expect(WARM_UP_PAGES.length).toBeGreaterThanOrEqual(2);
    for (const page of WARM_UP_PAGES) expect(page.text.length).toBeGreaterThanOrEqual(NATIVE_SCAN_LENGTH);
  });

  it('hold one of each kind of thing the extractors look for', () => {
    const types = new Set(extractDocument(WARM_UP_PAGES, {}).mentions.map((mention) => mention.type));
    for (const type of ['date', 'figure', 'person', 'role', 'organisation', 'email', 'phone', 'url']) expect(types).toContain(type);
  });
});
