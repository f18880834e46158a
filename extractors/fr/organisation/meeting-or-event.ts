/**
 * `Assemblée générale ordinaire`, `Conseil d'administration du 7 mai`, `Semaine européenne de la
 * mobilité`, `États généraux du logement`: a meeting of a body or an event, proposed by whichever
 * rule (a type word such as `conseil`, a run of capitalised words), is no organisation. The
 * reference gold never requires one (at most optional), so such a proposal is dropped.
 */
import { fold } from '../../core/pattern.js';
import { MEETING_OR_EVENT_OPENINGS } from '../lexicon/organisation-types.js';

const OPENING = new RegExp(`^(?:(?:la|le|les)\\s+|l['’]\\s*)?(?:${MEETING_OR_EVENT_OPENINGS.map((words) => words.replace(/'/gu, "['’]").replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}])`, 'u');

/** Whether the proposal's value opens on a meeting or an event. */
export function namesMeetingOrEvent(value: string): boolean {
  return OPENING.test(fold(value).trimStart());
}
