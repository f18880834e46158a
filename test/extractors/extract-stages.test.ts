import { describe, expect, it } from 'vitest';
import { extractDocument, type PageInput } from '../../extractors/index.js';

const pages: PageInput[] = [
  { page: 1, text: 'Réunion du 12 mars 2024 à Lille.', source: 'text' },
  { page: 2, text: 'Structures adhérentes : 41', source: 'text' },
];

describe('extractDocument stage observer', () => {
  it('announces the date, then each page before it is extracted, and changes nothing', () => {
    const stages: string[] = [];
    const observed = extractDocument(pages, {}, (stage, page) => stages.push(stage === 'date' ? 'date' : `page ${page?.page}`));
    expect(stages).toEqual(['date', 'page 1', 'page 2']);
    expect(observed).toEqual(extractDocument(pages, {}));
  });
});
