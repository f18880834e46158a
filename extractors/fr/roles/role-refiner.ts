/**
 * Roles as mentions: who holds which role in which organisation. Runs last, over the people and
 * organisations the other rules kept, and adds one `role` candidate per link. Its span runs from
 * the person to the role (and the organisation when one is named), so the link can be shown and
 * checked where it was read; its value is the role's inclusive label (`président·e`), its unit
 * the organisation's name. Rule ids: fr.role.apposition, fr.role.parenthesis,
 * fr.role.title-before, fr.role.signature, fr.role.table-row, fr.role.table-column,
 * fr.role.leads-list.
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { appositionLinks } from './rule-apposition.js';
import { leadsListLinks } from './rule-leads-list.js';
import { rolePhrases, type RoleLink } from './role-links.js';
import { signatureLinks } from './rule-signature.js';
import { tableLinks } from './rule-table.js';

function toCandidate(link: RoleLink): Candidate {
  const parts = [link.person, link.role, ...(link.organisation === undefined ? [] : [link.organisation])];
  const data = { person: link.person.value, ...(link.organisation === undefined ? {} : { organisation: link.organisation.value }) };
  return {
    type: 'role',
    start: link.span?.start ?? Math.min(...parts.map((part) => part.start)),
    end: link.span?.end ?? Math.max(...parts.map((part) => part.end)),
    value: link.role.label,
    unit: link.organisation?.value,
    confidence: link.confidence,
    rule: link.rule,
    inferred: [],
    data,
  };
}

export const roleRefiner: Refiner = {
  id: 'fr.role',
  refine(context, candidates): Candidate[] {
    // Every link ties a role to a person: a page with no person has no role to read (its role
    // phrases are not even looked for, the longest pattern of the pipeline).
    const people = candidates.filter((candidate) => candidate.type === 'person');
    if (people.length === 0) return [...candidates];
    const roles = rolePhrases(context.text);
    if (roles.length === 0) return [...candidates];
    const organisations = candidates.filter((candidate) => candidate.type === 'organisation');
    const links = [
      ...signatureLinks(context.text, roles, people, organisations),
      ...tableLinks(context.text, roles, people, organisations),
      ...leadsListLinks(context.text, roles, people, organisations),
      ...appositionLinks(context.text, roles, people, organisations),
    ];
    // One link per person and role phrase: the first rule that found it (the more specific ones run first).
    const seen = new Set<string>();
    const added: Candidate[] = [];
    for (const link of links) {
      const key = `${link.person.start}:${link.role.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      added.push(toCandidate(link));
    }
    return [...candidates, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
