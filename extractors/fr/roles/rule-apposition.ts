/**
 * `X, présidente de Y`, `X (coordinatrice)`, `X – trésorier`, `Y : X (coordinatrice)`, and the
 * title before the name: `le Président du PMA Gilles Marchetti`, `la directrice, Marie Dupont`.
 * A second role joined by `&`, `et` or `,` belongs to the same person (`adjointe au maire &
 * conseillère régionale`).
 */
import type { Candidate } from '../../core/types.js';
import { organisationAfter, type RoleLink, type RolePhrase } from './role-links.js';
import { spanIndexOf } from '../../core/span-index.js';

const AFTER_NAME = /^[ \t]*(?:,|\(|[–—-]|:)[ \t]*\n?[ \t]*(?:(?:le|la|l['’]|notre|sa|son)[ \t]+)?$/u;
/** Between two roles of one person, possibly after the first role's place (`adjointe au maire de Lens & conseillère…`). */
const SECOND_ROLE = /^(?:[ \t]+(?:de|d['’])[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)?[ \t]*(?:&|et|,|\/)[ \t]*\n?[ \t]*$/u;
/** Between a title and the name: nothing, a comma, or a short lower-case complement then a comma (`du pôle, X`). */
const BEFORE_NAME = /^(?: +(?:du|de la|de l['’]|des|de) [\p{Ll}' -]{1,24})? *,? *\n? *$/u;
/** A title before a name follows a determiner or opens a line or clause (`par le Président du PMA X`), never an adjective use (`Numérique responsable X`). */
const TITLE_LEAD = /(?:^|[\n.;:!?(,]|(?:^|[ \t])(?:le|la|l['’]|les|notre|son|sa|leur|du|au|à|de|des|et|un|une))[ \t]*$/iu;
const ORGANISATION_THEN_COLON = /^[ \t]*:[ \t]*$/u;

/** `Y : X (coordinatrice)`: the organisation that opens the line before the person. */
function organisationOpeningLine(text: string, person: Candidate, organisations: readonly Candidate[]): Candidate | undefined {
  // No colon right before the person, no organisation to look for (the scan of every organisation
  // of a long line, for every bracketed role, cost the square of its length).
  let colon = person.start - 1;
  while (text[colon] === ' ' || text[colon] === '\t') colon -= 1;
  if (text[colon] !== ':') return undefined;
  const lineStart = text.lastIndexOf('\n', person.start - 1) + 1;
  return organisations.find((organisation) => organisation.start >= lineStart && organisation.end <= person.start && ORGANISATION_THEN_COLON.test(text.slice(organisation.end, person.start)));
}

export function appositionLinks(text: string, roles: readonly RolePhrase[], people: readonly Candidate[], organisations: readonly Candidate[]): RoleLink[] {
  const links: RoleLink[] = [];
  const linked = new Set<RolePhrase>();
  for (const person of people) {
    let previousEnd = person.end;
    let gapRule = AFTER_NAME;
    for (const role of spanIndexOf(roles).startingFrom(person.end)) {
      if (!gapRule.test(text.slice(previousEnd, role.start)) || role.plural) break;
      const bracketed = text.slice(person.end, role.start).includes('(');
      const organisation = organisationAfter(text, role.end, organisations) ?? (bracketed ? organisationOpeningLine(text, person, organisations) : undefined);
      links.push({ rule: bracketed ? 'fr.role.parenthesis' : 'fr.role.apposition', role, person, organisation, confidence: 0.85 });
      linked.add(role);
      previousEnd = Math.max(role.end, organisation !== undefined && organisation.start > role.end ? organisation.end : role.end);
      if (bracketed && text[previousEnd] === ')') previousEnd += 1;
      gapRule = SECOND_ROLE;
    }
  }
  for (const role of roles) {
    if (linked.has(role) || role.plural || !TITLE_LEAD.test(text.slice(Math.max(0, role.start - 20), role.start))) continue;
    const organisation = organisationAfter(text, role.end, organisations);
    const from = organisation === undefined ? role.end : organisation.end;
    const person = spanIndexOf(people).findStartingIn(from, from + 32, (candidate) => BEFORE_NAME.test(text.slice(from, candidate.start)));
    if (person !== undefined) links.push({ rule: 'fr.role.title-before', role, person, organisation, confidence: 0.8 });
  }
  return links;
}
