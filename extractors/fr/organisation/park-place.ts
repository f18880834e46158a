/**
 * `park-place`: `dans le Parc des Sorbiers`, `au cœur du Parc technologique des Aulnes`, `le parc des
 * expositions`: a park, a business park or a showground read as a name after the type word `parc`
 * is a place where things happen, no body. The parks French writing names as bodies keep their
 * kind's word right after `parc` (lexicon/place-heads.ts `BODY_PARK_WORDS`): a regional or national
 * nature park is run by its own public body (`Parc naturel régional du Vexin`), a wind or solar park
 * by its operating company (`parc éolien de la Lande`, `SAS Parc Solaire de…`, which opens on its legal form).
 */
import { fold } from '../../core/pattern.js';
import { BODY_PARK_WORDS } from '../lexicon/place-heads.js';

/** `Parc`, its article maybe before it, then the next word (after `de`/`des`/`du`/`d'` too: `parc d'activités`). */
const PARK_THEN = /^(?:(?:le|Le|LE|l['’]|L['’])[ \t]*)?(?:parc|Parc|PARC)(?:[ \t]*\n?[ \t]*(?<next>\p{L}[\p{L}'’-]*))?/u;
const BODY_PARK: ReadonlySet<string> = new Set(BODY_PARK_WORDS.map(fold));

/** Whether a proposal's value names a park (see the file's comment): `Parc des Sorbiers`, `parc technologique des Aulnes`. */
export function namesPark(value: string): boolean {
  const found = PARK_THEN.exec(value.trim());
  if (found === null) return false;
  const next = found.groups?.['next'];
  return next === undefined || !BODY_PARK.has(fold(next));
}
