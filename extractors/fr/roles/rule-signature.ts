/**
 * A signature or contact block: a name alone on its line, the role starting the next line (a
 * blank line may sit between), the organisation after the role, on the line below it, or named
 * by a `Contact à la Y` / `Pour contacter Y` line just above the name. A block flattened on one
 * line (`Contact à la Y X NOM Chargé de mission`) is read too: a capitalised role right after the name.
 */
import type { Candidate } from '../../core/types.js';
import { organisationAfter, textLines, type RoleLink, type RolePhrase } from './role-links.js';
import { spanIndexOf } from '../../core/span-index.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

const CONTACT_CUE = /^[ \t]*(?:contacts?|pour[ \t]+(?:nous[ \t]+)?contacter|votre[ \t]+contact|interlocut)/iu;

function contactOrganisation(lines: ReturnType<typeof textLines>, index: number, organisations: readonly Candidate[]): Candidate | undefined {
  for (let above = index - 1; above >= Math.max(0, index - 2); above -= 1) {
    const line = lines[above];
    if (line === undefined || line.text.trim() === '') continue;
    if (!CONTACT_CUE.test(line.text)) return undefined;
    return organisations.find((organisation) => organisation.start >= line.start && organisation.end <= line.end);
  }
  return undefined;
}

/** `Contact à la CRESS X Quentin NOM Chargé de mission…` flattened on one line: a capitalised role right after the name. */
function flattenedLinks(text: string, roles: readonly RolePhrase[], people: readonly Candidate[], organisations: readonly Candidate[]): RoleLink[] {
  const links: RoleLink[] = [];
  for (const person of people) {
    // By start (core/span-index.ts), as below: a scan of every role for every person is the square of a long page.
    const role = spanIndexOf(roles).findStartingIn(person.end + 1, person.end + 2, (candidate) => /^ {1,2}$/u.test(text.slice(person.end, candidate.start)) && OPENS_UPPER.test(text.charAt(candidate.start)) && !candidate.plural);
    if (role === undefined) continue;
    const lineStart = text.lastIndexOf('\n', person.start - 1) + 1;
    const before = text.slice(lineStart, person.start);
    const cued = CONTACT_CUE.test(before) ? organisations.find((organisation) => organisation.start >= lineStart && organisation.end <= person.start) : undefined;
    links.push({ rule: 'fr.role.signature', role, person, organisation: organisationAfter(text, role.end, organisations) ?? cued, confidence: 0.75 });
  }
  return links;
}

export function signatureLinks(text: string, roles: readonly RolePhrase[], people: readonly Candidate[], organisations: readonly Candidate[]): RoleLink[] {
  const lines = textLines(text);
  const links: RoleLink[] = [];
  const peopleByStart = spanIndexOf(people);
  const rolesByStart = spanIndexOf(roles);
  for (const [index, line] of lines.entries()) {
    const trimmedStart = line.start + (line.text.length - line.text.trimStart().length);
    const person = peopleByStart.findStartingIn(trimmedStart, trimmedStart, (candidate) => text.slice(candidate.end, line.end).trim() === '');
    if (person === undefined) continue;
    let next = index + 1;
    if (lines[next]?.text.trim() === '') next += 1;
    const roleLine = lines[next];
    if (roleLine === undefined) continue;
    const roleStart = roleLine.start + (roleLine.text.length - roleLine.text.trimStart().length);
    const role = rolesByStart.findStartingIn(roleStart, roleStart, (candidate) => !candidate.plural);
    if (role === undefined) continue;
    const organisation = organisationAfter(text, role.end, organisations) ?? contactOrganisation(lines, index, organisations);
    links.push({ rule: 'fr.role.signature', role, person, organisation, confidence: 0.85 });
  }
  return [...links, ...flattenedLinks(text, roles, people, organisations)];
}
