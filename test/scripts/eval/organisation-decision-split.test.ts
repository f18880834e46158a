/**
 * The fit scripts' pipeline (scripts/eval/organisation-decision-split.ts) split around the
 * organisation decision, with the production decision put back, exports the organisations
 * `extractDocument` exports: the baseline `npm run fit:org` and `npm run fit:tagger` compare a
 * refit against is the pipeline `npm run eval` scores. Run on tuning sets' page dumps (dev,
 * tuned1, tuned2) and on invented documents the document-wide pass changes.
 */
import { describe, expect, it } from 'vitest';
import type { PageInput } from '../../../extractors/core/types.js';
import { extractDocument } from '../../../extractors/index.js';
import { organisationDecisionRefiner } from '../../../extractors/fr/refiners/organisation-decision.js';
import { decidablePages, organisationsWith } from '../../../scripts/eval/organisation-decision-split.js';
import { KINDS, devSet, fixtureSet } from '../../../scripts/eval/sets.js';

const fromExtractDocument = (pages: readonly PageInput[]): { value: string; text: string }[] =>
  extractDocument(pages)
    .mentions.filter((mention) => mention.type === 'organisation')
    .map((mention) => ({ value: mention.value, text: mention.text }));

const fromSplit = (pages: readonly PageInput[]): { value: string; text: string }[] => organisationsWith(decidablePages(pages), organisationDecisionRefiner);

/** The organisations of the pages extracted one at a time, without the document-wide pass. */
const perPageOnly = (pages: readonly PageInput[]): string[] =>
  pages.flatMap((page) =>
    extractDocument([page])
      .mentions.filter((mention) => mention.type === 'organisation')
      .map((mention) => mention.value),
  );

describe('organisation-decision-split: the fits score the pipeline the eval scores', () => {
  it('gives the organisations of extractDocument on every document of dev, tuned1 and tuned2, every kind', async () => {
    let documents = 0;
    const sets = [devSet(), fixtureSet('tuned1'), fixtureSet('tuned2')];
    for (const [set, kind] of sets.flatMap((set) => KINDS.map((kind) => [set, kind] as const))) {
      for (const dump of (await set.load(kind)) ?? []) {
        const pages = dump.pages.map((p) => ({ page: p.page, source: p.source, text: p.text }));
        expect(fromSplit(pages), `${set.name} ${kind} ${dump.file}`).toEqual(fromExtractDocument(pages));
        documents += 1;
      }
    }
    expect(documents).toBeGreaterThan(20);
  }, 120_000);

  it.each([
    [
      'an overrun cut back to the name the document names alone',
      ["Le programme Transition durable Zorbalie a commencé.\nZorbalie est une association de Lunel fondée par l'Association Quenardaz."],
    ],
    [
      'a name with a type word seen again on a later page',
      ["L'association Vrimasso accompagne les habitants.", 'Vrimasso promeut la Fabrique du quartier.'],
    ],
  ])('gives the organisations of extractDocument on %s', (_, texts) => {
    const pages: PageInput[] = texts.map((text, index) => ({ page: index + 1, source: 'text', text }));
    expect(fromSplit(pages)).toEqual(fromExtractDocument(pages));
  });

  it('includes the document-wide pass: on a document it changes, the pages alone give something else', () => {
    const pages: PageInput[] = [
      { page: 1, source: 'text', text: "L'association Vrimasso accompagne les habitants." },
      { page: 2, source: 'text', text: 'Vrimasso promeut la Fabrique du quartier.' },
    ];
    // Page 2 names it without a type word: only the document-wide pass (known-names.ts) finds it there.
    expect(perPageOnly(pages)).toEqual(['Vrimasso']);
    expect(fromSplit(pages).map((mention) => mention.value)).toEqual(['Vrimasso', 'Vrimasso']);
  });
});
