/**
 * `fr.organisation.decision`: keeps or drops each organisation proposal of the page, the parsers'
 * mentions and the name candidates alike, with the fitted decision of organisation/decision.ts
 * (weights in decision-weights.ts, refitted by `npm run fit:org`). A proposal the model decides
 * and keeps gets the features that weighed most for it in its evidence (`fit:list-item`…), for
 * the review app's "why". Runs after every rule that proposes organisations, before overlaps are
 * resolved, so a dropped long reading leaves room for a shorter one.
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { decide, modelDecides, strongestFeatures } from '../organisation/decision.js';
import type { DecisionModel } from '../organisation/decision.js';
import { featuresOf, handKept, handScoreOf, pageFacts, proposalView } from '../organisation/decision-features.js';
import { DECISION_MODEL } from '../organisation/decision-weights.js';
import { taggedProposals } from '../organisation/tagger.js';
import type { TaggerModel } from '../organisation/tagger.js';
import { TAGGER_MODEL } from '../organisation/tagger-weights.js';
import { withoutLeadingRole } from '../organisation/role-led.js';
import { withoutAffiliationLabel } from '../organisation/affiliation-label.js';
import { namesMeetingOrEvent } from '../organisation/meeting-or-event.js';
import { describesField, namesFieldOnly, namesLonePluralKind, namesPluralKind } from '../organisation/field-description.js';
import { isAddressForm } from '../organisation/address-form.js';
import { namesPeopleWord } from '../organisation/people-word.js';
import { guardedProposal } from '../organisation/decision-guards.js';
import { namesKindOnly } from '../organisation/kind-only.js';
import { weighsTagger } from '../organisation/decision-tagger-features.js';
import { taggerViews } from '../organisation/tagger-view.js';

/** Rules that read a name after its own type word (`l'association Espaces`): a plural kind's word there is the body's name. */
const TYPE_WORD_NAME_RULES: ReadonlySet<string> = new Set(['fr.organisation.named', 'fr.organisation.well-known']);

/**
 * Whether a value names no body (a meeting, a field, a kind in the plural or alone, an address
 * form), each value judged once: a page's proposals often share a value (a name met again, two
 * rules' readings of one name), and the checks read only the value. One per page, so nothing grows.
 */
function pageNamesNoBody(): (value: string) => boolean {
  const judged = new Map<string, boolean>();
  return (value) => {
    let noBody = judged.get(value);
    if (noBody === undefined) {
      noBody = namesMeetingOrEvent(value) || describesField(value) || namesFieldOnly(value) || namesPluralKind(value) || isAddressForm(value) || namesKindOnly(value);
      judged.set(value, noBody);
    }
    return noBody;
  };
}

/**
 * The refiner applying `model` (the fit scripts build one per cross-validation fold). An enabled
 * `tagger` (organisation/tagger.ts) first adds the names it finds that no rule proposed. When the
 * model weighs the tagger's view of a proposal (decision-tagger-features.ts), `viewer`'s weights
 * tag the page first (the fit scripts pass a tagger trained without the set judged).
 */
export function makeOrganisationDecisionRefiner(model: DecisionModel, tagger: TaggerModel = TAGGER_MODEL, viewer: Pick<TaggerModel, 'bits' | 'weights'> = TAGGER_MODEL): Refiner {
  const viewed = model.scope !== 'hand' && weighsTagger(model.weights);
  return {
    id: 'fr.organisation.decision',
    refine(context, given): Candidate[] {
      const proposed = tagger.enabled ? [...given, ...taggedProposals(tagger, context, given)] : given;
      // `Directrice du CREPA`: a role's `de` says what body it is of (role-led.ts), whichever rule proposed it;
      // `Léa Morel, Trésorière Kalimbo`: a label opening a person's affiliation is no word of the name (affiliation-label.ts).
      // `Assemblée générale ordinaire`: a meeting or an event is no body (meeting-or-event.ts).
      // `le pôle de développement de l'ESS`, `les Communautés d'Agglomération`: a kind described by its
      // field, or named in the plural, or the field alone (`l'Économie Sociale et Solidaire`), is no body (field-description.ts); nor is `Mesdames` (address-form.ts), nor
      // a kind of structure spelled out, a legal form spelled out after `une` (kind-only.ts), nor one word naming people or a
      // quality by its ending from a word the page writes or a place (`un bistrot Kalvanais`: people-word.ts).
      // A type word's name cut before its continuation, or run into a page's menu, is guarded (decision-guards.ts).
      const namesNoBody = pageNamesNoBody();
      const candidates = proposed.flatMap((candidate) => {
        if (candidate.type !== 'organisation') return [candidate];
        const found = guardedProposal(context.text, candidate);
        if (found === null) return [];
        const guarded = withoutAffiliationLabel(context.text, found);
        if (namesNoBody(guarded.value) || namesPeopleWord(context.text, guarded.value)) return [];
        // `les Ressourceries, Recycleries…`: a kind's plural alone, read from its context, is a class (field-description.ts).
        if (!TYPE_WORD_NAME_RULES.has(guarded.rule) && namesLonePluralKind(guarded.value)) return [];
        return withoutLeadingRole(context.text, guarded) ?? [];
      });
      if (model.scope === 'hand') {
        return candidates.filter((candidate) => candidate.type !== 'organisation' || handKept({ rule: candidate.rule, handScore: handScoreOf(candidate) }));
      }
      const proposals = candidates.filter((candidate) => candidate.type === 'organisation');
      if (proposals.length === 0) return [...candidates];
      const facts = pageFacts(context.text, proposals);
      const views = viewed ? taggerViews(viewer, context.text, given, proposals) : [];
      const decided = new Map<Candidate, Candidate | null>();
      proposals.forEach((proposal, index) => {
        const view = proposalView(context.text, proposals, index, facts, views[index]);
        // The features are only read for a proposal the model decides (the hand rules need none).
        const features = modelDecides(model, proposal.rule) ? featuresOf(view) : {};
        const decision = decide(model, view, features);
        if (!decision.keep) decided.set(proposal, null);
        else if (decision.probability !== null) {
          decided.set(proposal, { ...proposal, evidence: [...(proposal.evidence ?? []), ...strongestFeatures(model, features, true)] });
        }
      });
      return candidates.flatMap((candidate) => {
        const outcome = decided.get(candidate);
        if (outcome === undefined) return [candidate];
        return outcome === null ? [] : [outcome];
      });
    },
  };
}

/** The decision with the committed weights (FRENCH_REFINERS). */
export const organisationDecisionRefiner: Refiner = makeOrganisationDecisionRefiner(DECISION_MODEL);
