/**
 * Evidence names the organisation parsers (not the candidate features of evidence.ts) record on
 * the mentions they propose, in one list: main/api/contract.ts types a mention's evidence with it
 * and renderer/i18n/fr.ts must label each one.
 *
 * - `person-role`, `bare-capital`: fr.organisation.cued (parsers/organisation-cued.ts);
 * - `parent-after`: a name split from its parent body (name-guards.ts);
 * - `code-word`, `capitals-before-name`: words of a name read after a type word (name-code-words.ts);
 * - `title-case-acronym`: a known acronym written in title case after an article (parsers/organisation-title-acronym.ts);
 * - `dotted-acronym`: an acronym written with a dot after each capital (parsers/organisation-dotted-acronym.ts);
 * - `acronym-before-name`: a name read after its kind written out and the kind's acronym in brackets (parsers/organisation-named.ts).
 */
export const PARSER_EVIDENCE = ['person-role', 'bare-capital', 'parent-after', 'code-word', 'capitals-before-name', 'title-case-acronym', 'acronym-before-name', 'dotted-acronym'] as const;
export type ParserEvidence = (typeof PARSER_EVIDENCE)[number];
