/**
 * `fr.organisation.places`: drops organisation readings that name a place (or a kind of body
 * written out in capitals, `Pôles Territoriaux de Coopération Économique`: the concept). A territory head in
 * lower case (`en région Occitanie`, `le département du Gers`) is a place unless a body verb
 * follows (`la région X finance…`); with a capital (`la Région Grand Est`) it is the body and
 * stays. Zoning acronyms (`QPV`, `ZUS`) are areas; a region's acronym alone (`PACA`) is the region;
 * known places joined by `et` or commas (`Le Cailar et Vauvert`) are places, and so is a body's
 * building (`l'Hôtel de Ville de Quimper`, `Hôtel du Département`), and a compass word before a
 * department or region (`du Centre Isère`).
 */
import { alternation, fold } from '../../core/pattern.js';
import type { Candidate, Refiner } from '../../core/types.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { BODY_VERB_AFTER } from '../patterns.js';
import { BODY_PARTICIPLES, GENERIC_KIND_NAMES, PLACE_ACRONYMS, TERRITORY_HEADS, ZONING_ACRONYMS } from '../lexicon/territory-words.js';

const TERRITORY = new RegExp(`^${alternation(TERRITORY_HEADS)}(?![\\p{L}\\p{N}])`, 'u');
const BODY_AFTER = new RegExp(`^${BODY_VERB_AFTER}`, 'u');
/**
 * `financés par le Département, l'Europe et la `: a body's deed in the passive, `par`, maybe other agents listed
 * (commas, `et`) in the same clause, then the article right before the territory head: the agent is the body.
 */
const AGENT_BEFORE = new RegExp(`(?<![\\p{L}-])${alternation(BODY_PARTICIPLES)}(?:e|s|es)?[ \\t\\n]+par[ \\t\\n]+(?:[^.;:!?]{0,100}?(?:,|[ \\t\\n]et)[ \\t\\n]+)?la[ \\t\\n]+$`, 'u');

/**
 * The concept written out, or its first two words or more cut by a line or a page
 * (`Pôles Territoriaux`, `pôles territoriaux de coopération économi…`), after its acronym, or in
 * the plural followed by the territory it is counted in.
 */
function isGenericKind(surface: string): boolean {
  // `PTCE Pôles Territoriaux de Coopération…`: the acronym before its own long form.
  const folded = fold(surface).replace(/\s+/gu, ' ').replace(/^ptce /u, '');
  if (GENERIC_KIND_NAMES.has(folded)) return true;
  if (folded.includes(' ') && GENERIC_KINDS.some((name) => name.startsWith(folded))) return true;
  // `Pôles Territoriaux de Coopération Économique en Bretagne`: the plural kind in a territory.
  return GENERIC_KINDS.some((name) => /^poles /u.test(name) && folded.startsWith(`${name} `) && KIND_IN_TERRITORY.test(folded.slice(name.length)));
}

const GENERIC_KINDS = [...GENERIC_KIND_NAMES];
/** `en Bretagne`, `dans les Pays de Caux`, `de Normandie`: what follows a plural kind to say where. */
const KIND_IN_TERRITORY = /^ (?:en|dans|de|du|des|d') ?\S/u;

/** `Le Cailar et Vauvert`, `Lunel, Sète et Agde`: known places joined by `et` or commas are places. */
function joinsPlaces(surface: string): boolean {
  const parts = surface.split(/[ \t]*(?:,|\bet\b)[ \t]*/u).map((part) => part.replace(/\s+/gu, ' ').trim());
  return parts.length >= 2 && parts.every((part) => part.length > 0 && isPlaceName(part));
}

/** `l'Hôtel de Ville de Quimper`, `Hôtel du Département`, `Hôtel de Région`: the building of a body, a place. */
const BUILDING_BEFORE = /H[ôo]tel[ \t]*\n?[ \t]*(?:de|du|des|d['’])[ \t]*\n?[ \t]*(?:la[ \t]+|l['’])?$/iu;

/** `Centre Isère`, `Nord Gironde`, `Sud Vendée`: a compass word then a department or region is a part of it, a place. */
const COMPASS_PLACE = /^(?:Centre|Nord|Sud|Est|Ouest)[ \t-]+(?<place>\p{Lu}[\p{L}'’ -]*\p{L})$/u;

function compassPlace(surface: string): boolean {
  const place = COMPASS_PLACE.exec(surface.replace(/\s+/gu, ' '))?.groups?.['place'];
  return place !== undefined && isPlaceName(place);
}

function namesPlace(text: string, candidate: Candidate): boolean {
  const surface = text.slice(candidate.start, candidate.end);
  if (compassPlace(surface)) return true;
  if (joinsPlaces(surface) || BUILDING_BEFORE.test(text.slice(Math.max(0, candidate.start - 16), candidate.start))) return true;
  if (ZONING_ACRONYMS.has(surface) || PLACE_ACRONYMS.has(surface)) return true;
  if (isGenericKind(surface)) return true;
  if (!TERRITORY.test(surface)) return false;
  if (AGENT_BEFORE.test(text.slice(Math.max(0, candidate.start - 160), candidate.start))) return false;
  return !BODY_AFTER.test(text.slice(candidate.end, candidate.end + 30));
}

export const organisationPlacesRefiner: Refiner = {
  id: 'fr.organisation.places',
  refine(context, candidates): Candidate[] {
    return candidates.filter((candidate) => candidate.type !== 'organisation' || !namesPlace(context.text, candidate));
  },
};
