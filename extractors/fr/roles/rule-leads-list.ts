/**
 * A plural role introducing a list of people with their organisations: `chefs de file : X de Y
 * et Z de W`, `co-présidentes : X (Y), Z (W)`. Each person of the list, up to the end of the
 * sentence, holds the role in the organisation named right after them.
 */
import type { Candidate } from '../../core/types.js';
import type { RoleLink, RolePhrase } from './role-links.js';

const LIST_OPEN = /^[ \t]*:[ \t]*\n?[ \t]*$/u;
const ITEM_GAP = /^[ \t]*(?:,|et|;)?[ \t]*\n?[ \t]*(?:et[ \t]+)?$/u;
const OF = /^[ \t]*(?:\(|de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|,)[ \t]*\n?[ \t]*$/u;

export function leadsListLinks(text: string, roles: readonly RolePhrase[], people: readonly Candidate[], organisations: readonly Candidate[]): RoleLink[] {
  const links: RoleLink[] = [];
  for (const role of roles.filter((candidate) => candidate.plural)) {
    const first = people.find((person) => person.start > role.end && LIST_OPEN.test(text.slice(role.end, person.start)));
    if (first === undefined) continue;
    let cursor = role.end;
    for (const person of people.filter((candidate) => candidate.start >= first.start)) {
      const gap = text.slice(cursor, person.start);
      if (cursor !== role.end && !ITEM_GAP.test(gap.replace(/^[ \t]*\)/u, ''))) break;
      if (cursor === role.end && !LIST_OPEN.test(gap)) break;
      const organisation = organisations.find((candidate) => candidate.start >= person.end && candidate.start - person.end <= 8 && OF.test(text.slice(person.end, candidate.start)));
      const item = cursor === role.end ? undefined : { start: person.start, end: organisation?.end ?? person.end };
      links.push({ rule: 'fr.role.leads-list', role, person, organisation, confidence: 0.8, span: item });
      cursor = organisation?.end ?? person.end;
    }
  }
  return links;
}
