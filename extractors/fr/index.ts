/**
 * The French pipeline: normalise, run the parsers, run the ordered refiners, map spans back to
 * the original page text. Assembly only; every rule lives in its own file.
 */
import { runParsers, runRefiners } from '../core/pipeline.js';
import type { Candidate, DocumentContext, Mention, PageInput, Parser, ParsingContext, Refiner } from '../core/types.js';
import { pageContexts } from './context-sentence.js';
import { readPage } from './page-reading.js';
import type { PageReading } from './page-reading.js';
import { contactEmailParser } from './parsers/contact-email.js';
import { contactPhoneParser } from './parsers/contact-phone.js';
import { contactUrlParser } from './parsers/contact-url.js';
import { DATE_PARSERS } from './parsers/date-parsers.js';
import { FIGURE_PARSERS } from './parsers/figure-parsers.js';
import { organisationAcronymParser } from './parsers/organisation-acronym.js';
import { organisationTitleAcronymParser } from './parsers/organisation-title-acronym.js';
import { organisationDottedAcronymParser } from './parsers/organisation-dotted-acronym.js';
import { organisationAppositionParser } from './parsers/organisation-apposition.js';
import { organisationAppositionPlainParser } from './parsers/organisation-apposition-plain.js';
import { organisationBrandParser } from './parsers/organisation-brand.js';
import { organisationCuedParser } from './parsers/organisation-cued.js';
import { organisationFirmParser } from './parsers/organisation-firm.js';
import { organisationStationParser } from './parsers/organisation-station.js';
import { organisationLegalFormAfterParser } from './parsers/organisation-legal-form-after.js';
import { organisationNamedParser } from './parsers/organisation-named.js';
import { organisationNetworkBranchParser } from './parsers/organisation-network-branch.js';
import { organisationPublicBodyParser } from './parsers/organisation-public-body.js';
import { organisationRegionalParser } from './parsers/organisation-regional.js';
import { organisationTableRowParser } from './parsers/organisation-table-row.js';
import { organisationIntercommunalityParser } from './parsers/organisation-intercommunality.js';
import { organisationTerritoryBodyParser } from './parsers/organisation-territory-body.js';
import { organisationWellKnownParser } from './parsers/organisation-well-known.js';
import { organisationSportsClubParser } from './parsers/organisation-sports-club.js';
import { organisationFriendsOfParser } from './parsers/organisation-friends-of.js';
import { organisationPluralKindParser } from './parsers/organisation-plural-kind.js';
import { organisationTownFacilityParser } from './parsers/organisation-town-facility.js';
import { personCapitalsParser } from './parsers/person-capitals.js';
import { personCivilityCapitalsParser, personCivilityParser, personCivilityPluralParser } from './parsers/person-civility.js';
import { personDirectoryParser } from './parsers/person-directory.js';
import { personInitialsParser } from './parsers/person-initials.js';
import { personNameParser } from './parsers/person-name.js';
import { personReversedParser } from './parsers/person-reversed.js';
import { personReversedOriginParser } from './parsers/person-reversed-origin.js';
import { personRoleCuedParser } from './parsers/person-role-cued.js';
import { dateYearListRefiner } from './refiners/date-year-list.js';
import { figureEllipsisRefiner } from './refiners/figure-ellipsis.js';
import { organisationCandidatesRefiner } from './refiners/organisation-candidates.js';
import { personListMemberRefiner } from './refiners/person-list-member.js';
import { personSurnameFirstRefiner } from './refiners/person-surname-first.js';
import { personSurnameTailRefiner } from './refiners/person-surname-tail.js';
import { organisationDecisionRefiner } from './refiners/organisation-decision.js';
import { organisationPlacesRefiner } from './refiners/organisation-places.js';
import { organisationListNeighboursRefiner } from './refiners/organisation-list-neighbours.js';
import { organisationLowerListMemberRefiner } from './refiners/organisation-lower-list-member.js';
import { organisationWellKnownJoinRefiner } from './refiners/organisation-well-known-join.js';
import { organisationNetworkOfRefiner } from './refiners/organisation-network-of.js';
import { organisationFacilityOfRefiner } from './refiners/organisation-facility-of.js';
import { organisationPluralSplitRefiner } from './refiners/organisation-plural-split.js';
import { removeOverlapsRefiner } from './refiners/remove-overlaps.js';
import { resolveYearRefiner } from './refiners/resolve-year.js';
import { roleRefiner } from './roles/role-refiner.js';

export { inferDocumentDate as inferFrenchDocumentDate } from './document-date.js';
export { readPage as readFrenchPage } from './page-reading.js';
export type { PageReading } from './page-reading.js';

/** Parsers in preference order: on equal spans the earlier one wins. */
export const FRENCH_PARSERS: readonly Parser[] = [
  contactEmailParser,
  contactUrlParser,
  contactPhoneParser,
  ...DATE_PARSERS,
  ...FIGURE_PARSERS,
  personNameParser,
  personInitialsParser,
  personReversedParser,
  personReversedOriginParser,
  personDirectoryParser,
  personRoleCuedParser,
  personCivilityParser,
  personCivilityPluralParser,
  personCivilityCapitalsParser,
  personCapitalsParser,
  organisationNamedParser,
  organisationPublicBodyParser,
  organisationWellKnownParser,
  organisationSportsClubParser,
  organisationFriendsOfParser,
  organisationPluralKindParser,
  organisationTownFacilityParser,
  organisationTerritoryBodyParser,
  organisationIntercommunalityParser,
  organisationRegionalParser,
  organisationAcronymParser,
  organisationTitleAcronymParser,
  organisationDottedAcronymParser,
  organisationBrandParser,
  organisationTableRowParser,
  organisationNetworkBranchParser,
  organisationCuedParser,
  organisationAppositionParser,
  organisationAppositionPlainParser,
  organisationLegalFormAfterParser,
  organisationFirmParser,
  organisationStationParser,
];

export const FRENCH_REFINERS: readonly Refiner[] = [
  personSurnameFirstRefiner,
  personListMemberRefiner,
  personSurnameTailRefiner,
  organisationListNeighboursRefiner,
  organisationLowerListMemberRefiner,
  organisationCandidatesRefiner,
  organisationPlacesRefiner,
  organisationWellKnownJoinRefiner,
  organisationNetworkOfRefiner,
  organisationFacilityOfRefiner,
  organisationPluralSplitRefiner,
  organisationDecisionRefiner,
  removeOverlapsRefiner,
  figureEllipsisRefiner,
  dateYearListRefiner,
  resolveYearRefiner,
  roleRefiner,
];

const TYPE_ORDER = ['date', 'email', 'figure', 'organisation', 'person', 'phone', 'url'];

/**
 * Runs every French rule over one page. Spans index `page.text`. `reading` is the page as
 * `readPage` read it for the document date (extractDocument passes it): it is not read again.
 */
export function extractFrenchPage(page: PageInput, document: DocumentContext, reading: PageReading = readPage(page)): Mention[] {
  const normalised = reading.normalised;
  const context: ParsingContext = { text: normalised.text, page: page.page, source: page.source, document };
  const candidates = runRefiners(FRENCH_REFINERS, context, runParsers(FRENCH_PARSERS, context, undefined, reading.yearDates));
  return frenchMentions(page, reading, candidates);
}

/**
 * The page's mentions from the candidates the refiners left on its normalised text (`reading`):
 * spans mapped back to `page.text`, in reading order. The last step of `extractFrenchPage`.
 */
export function frenchMentions(page: PageInput, reading: PageReading, candidates: readonly Candidate[]): Mention[] {
  const normalised = reading.normalised;
  const mentions: Mention[] = [];
  const contextOf = pageContexts(page.text);
  for (const candidate of candidates) {
    const start = normalised.toOriginal(candidate.start);
    const end = candidate.end > candidate.start ? normalised.toOriginal(candidate.end - 1) + 1 : start;
    mentions.push({
      type: candidate.type,
      page: page.page,
      source: page.source,
      span: { start, end },
      text: page.text.slice(start, end),
      value: candidate.value,
      ...(candidate.unit === undefined ? {} : { unit: candidate.unit }),
      confidence: candidate.confidence,
      rule: candidate.rule,
      inferred: [...candidate.inferred].sort(),
      context: contextOf(start, end),
      ...(candidate.evidence === undefined ? {} : { evidence: [...candidate.evidence] }),
    });
  }
  return mentions.sort(
    (a, b) =>
      a.page - b.page || a.span.start - b.span.start || a.span.end - b.span.end || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type),
  );
}
