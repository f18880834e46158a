/** What one written date says about the document's date: each rule with the dates it reads and those it leaves. */
import { describe, expect, it } from 'vitest';
import { runParsers, runRefiners } from '../../../extractors/core/pipeline.js';
import { anniversaryYears, yearEvidence } from '../../../extractors/fr/document-date-evidence.js';
import type { YearEvidenceRule } from '../../../extractors/fr/document-date-evidence.js';
import { YEAR_PARSERS } from '../../../extractors/fr/page-reading.js';
import { removeOverlapsRefiner } from '../../../extractors/fr/refiners/remove-overlaps.js';

/** The evidence of the date written `date` in `text` (its first occurrence), read as the document-date inference reads it. */
function evidenceOf(text: string, date: string): { rule: YearEvidenceRule; year: number | undefined } {
  const { rule, year } = fullEvidenceOf(text, date);
  return { rule, year };
}

function fullEvidenceOf(text: string, date: string): ReturnType<typeof yearEvidence> {
  const context = { text, page: 1, source: 'text' as const, document: {} };
  const found = runRefiners([removeOverlapsRefiner], context, runParsers(YEAR_PARSERS, context));
  const start = text.indexOf(date);
  const candidate = found.find((c) => c.start === start && c.end === start + date.length);
  if (candidate === undefined) throw new Error(`no date ${date} in ${text}`);
  return yearEvidence(text, candidate);
}

const CASES: readonly { text: string; date: string; rule: YearEvidenceRule; year: number | undefined }[] = [
  // stamp: a signature or a publication date.
  { text: 'Fait à Saint-Orlan, le 14 mai 2023, en deux exemplaires.', date: '14 mai 2023', rule: 'stamp', year: 2023 },
  { text: 'Publié le mardi 9 avril 2019 à 10h12', date: 'mardi 9 avril 2019', rule: 'stamp', year: 2019 },
  { text: 'Actualité – mis en ligne le 2 juin 2022', date: '2 juin 2022', rule: 'stamp', year: 2022 },
  { text: 'Le dossier | publié le : 14.03.2016 | J.D.', date: '14.03.2016', rule: 'stamp', year: 2016 },
  { text: 'Brève – Mis en ligne le: 3 février 2020', date: '3 février 2020', rule: 'stamp', year: 2020 },
  { text: 'Le rapport publié par la Brocante Vasseur le 14 mars 2016 est en ligne.', date: '14 mars 2016', rule: 'stated', year: 2016 },
  { text: 'Dernière mise à jour le 2 juin 2022', date: '2 juin 2022', rule: 'stated', year: 2022 },
  { text: 'Publié en 2022 par la Brocante Vasseur.', date: '2022', rule: 'stated', year: 2022 },
  // closed-year: a review of a year is written the year after.
  { text: 'Le bilan 2022 de la Brocante Vasseur est positif.', date: '2022', rule: 'closed-year', year: 2023 },
  { text: "Voici notre rapport d'activité 2021, adopté en assemblée.", date: '2021', rule: 'closed-year', year: 2022 },
  { text: 'La commission a examiné le compte\nadministratif 2019 du syndicat.', date: '2019', rule: 'closed-year', year: 2020 },
  { text: "Les comptes de l'exercice 2020 sont approuvés.", date: '2020', rule: 'closed-year', year: 2021 },
  { text: 'Un bilan positif en 2022 pour la Brocante Vasseur.', date: '2022', rule: 'stated', year: 2022 },
  { text: 'Le bilan de mars 2022 a été présenté.', date: 'mars 2022', rule: 'stated', year: 2022 },
  // plan-year: a budget's year counts half.
  { text: 'Le budget 2024 de la commune de Pellerin est voté.', date: '2024', rule: 'plan-year', year: 2024 },
  { text: 'Le débat sur les orientations budgétaires 2025 aura lieu en séance.', date: '2025', rule: 'plan-year', year: 2025 },
  { text: 'Notre budget prévisionnel 2023 prévoit deux embauches.', date: '2023', rule: 'plan-year', year: 2023 },
  { text: 'Le budget a été tenu en 2023 malgré la crise.', date: '2023', rule: 'stated', year: 2023 },
  { text: 'Un budget serré, puis 2023 est arrivé.', date: '2023', rule: 'stated', year: 2023 },
  // origin-year: a starting point says nothing of when the document is written.
  { text: 'Depuis 2016, la Ressourcerie Lambrecht collecte des meubles.', date: '2016', rule: 'origin-year', year: undefined },
  { text: "L'association, créée en 2009, emploie six personnes.", date: '2009', rule: 'origin-year', year: undefined },
  { text: 'Le collectif est né en 2012 dans un garage.', date: '2012', rule: 'origin-year', year: undefined },
  // A launch is a starting point too; a year the text says was finished is reviewed, the year after.
  { text: 'La radio Ventoline, lancée en 2011, émet sur trois cantons.', date: '2011', rule: 'origin-year', year: undefined },
  { text: 'Dès son lancement en 2014, le fonds Aubépine a aidé vingt projets.', date: '2014', rule: 'origin-year', year: undefined },
  { text: 'Le chantier a été lancé en 2019 par la commune.', date: '2019', rule: 'origin-year', year: undefined },
  { text: "Nous avons fini l'année 2021 avec un léger excédent.", date: '2021', rule: 'closed-year', year: 2022 },
  { text: "La coopérative a terminé l'année 2018 à l'équilibre.", date: '2018', rule: 'closed-year', year: 2019 },
  { text: "Nous avons fini l'étude en 2021 avec la mairie.", date: '2021', rule: 'stated', year: 2021 },
  { text: 'Le projet sera lancé fin 2026 par la commune.', date: '2026', rule: 'forward', year: undefined },
  // Said over (`a été`), the year is reviewed too (session 46: the five tuning documents with the shape are all of the year after).
  { text: "L'année 2021 a été riche pour la coopérative.", date: '2021', rule: 'closed-year', year: 2022 },
  { text: 'Depuis le 4 mai 2021, le local est ouvert.', date: '4 mai 2021', rule: 'stated', year: 2021 },
  { text: 'En 2016, la Ressourcerie Lambrecht a déménagé.', date: '2016', rule: 'stated', year: 2016 },
  // named-year: a law, a call, an event named by its year; the document comes after it.
  { text: 'Une loi de 2016 a changé la donne pour la Recyclerie Morvanne.', date: '2016', rule: 'named-year', year: undefined },
  { text: "Retenue par l'appel à projets de 2017, la Recyclerie Morvanne s'agrandit.", date: '2017', rule: 'named-year', year: undefined },
  { text: 'Après les assises régionales de 2012, un réseau est né.', date: '2012', rule: 'named-year', year: undefined },
  { text: 'Il a dirigé la structure de 2009 à 2019.', date: '2009', rule: 'stated', year: 2009 },
  { text: 'La loi, votée en 2014, a tout changé.', date: '2014', rule: 'stated', year: 2014 },
  // legal-text: a legal text named by the day it was signed; the document cites it, long after.
  { text: 'La loi du 12 mars 2016 encadre les coopératives de Pellerin.', date: '12 mars 2016', rule: 'legal-text', year: undefined },
  { text: 'Le décret n° 2019-315 du 4 avril 2019 fixe les seuils.', date: '4 avril 2019', rule: 'legal-text', year: undefined },
  { text: "Selon l'arrêté préfectoral du\n3 juin 2021, le local reste ouvert.", date: '3 juin 2021', rule: 'legal-text', year: undefined },
  { text: 'Une circulaire ministérielle du 8 février 2022 précise la règle.', date: '8 février 2022', rule: 'legal-text', year: undefined },
  { text: 'Le projet de loi sera débattu le 12 mars 2016 à Pellerin.', date: '12 mars 2016', rule: 'stated', year: 2016 },
  { text: 'La réunion du 3 juin 2021 a réuni les adhérents.', date: '3 juin 2021', rule: 'stated', year: 2021 },
  { text: 'Arrêté du 3 juin 2021 portant agrément de la Recyclerie Morvanne', date: '3 juin 2021', rule: 'stated', year: 2021 },
  { text: 'Objet :\nDélibération du conseil du 8 février 2022 relative aux subventions', date: '8 février 2022', rule: 'stated', year: 2022 },
  { text: 'Une loi est attendue ; le salon du 8 février 2022 en parlera.', date: '8 février 2022', rule: 'stated', year: 2022 },
  // earlier-year: a pluperfect sets the year before the story.
  { text: 'Le traiteur avait été retenu en 2022 pour le buffet.', date: '2022', rule: 'earlier-year', year: undefined },
  { text: 'Les fondateurs avaient lancé en 2018 une première boutique.', date: '2018', rule: 'earlier-year', year: undefined },
  { text: "Le local était occupé en 2019 par un garage.", date: '2019', rule: 'earlier-year', year: undefined },
  { text: 'Le traiteur a été retenu en 2022 pour le buffet.', date: '2022', rule: 'stated', year: 2022 },
  { text: 'Le local est occupé en 2020 par un garage.', date: '2020', rule: 'stated', year: 2020 },
  // earlier-year: a year's edge told as a past (a starting point, a participle, a fronted edge and an imperfect).
  { text: 'Depuis fin 2018, la Recyclerie Morvanne collecte des meubles.', date: '2018', rule: 'earlier-year', year: undefined },
  { text: 'Deux ateliers ont été lancés fin 2019 avec la commune.', date: '2019', rule: 'earlier-year', year: undefined },
  { text: 'Fin 2020, les ateliers du pôle comptaient douze salariés.', date: '2020', rule: 'earlier-year', year: undefined },
  { text: 'Depuis début 2021, le local est ouvert le samedi.', date: '2021', rule: 'earlier-year', year: undefined },
  { text: 'Fin 2026, les ateliers compteront douze salariés.', date: '2026', rule: 'forward', year: undefined },
  { text: "Nous voulons ouvrir d'ici fin 2026 un second local.", date: '2026', rule: 'forward', year: undefined },
  // forward: a target or a deadline; `début` like `fin`.
  { text: "Le nouveau site ouvrira début 2027 à Saint-Orlan.", date: '2027', rule: 'forward', year: undefined },
  { text: "La convention court jusqu'en juin 2026.", date: 'juin 2026', rule: 'forward', year: undefined },
  { text: "Nous visons cent adhérents d'ici 2028.", date: '2028', rule: 'forward', year: undefined },
  // A line may wrap between the cue and the date, or inside the cue.
  { text: "Nous visons cent adhérents d'ici\n2028 à Pellerin.", date: '2028', rule: 'forward', year: undefined },
  { text: "La convention court jusqu'en\njuin 2026.", date: 'juin 2026', rule: 'forward', year: undefined },
  { text: 'Un second site est prévu\nen 2027 à Saint-Orlan.', date: '2027', rule: 'forward', year: undefined },
  { text: 'Nous visons cent adhérents.\n2028 sera une belle année.', date: '2028', rule: 'stated', year: 2028 },
  { text: 'Le local a ouvert en\n2021 à Pellerin.', date: '2021', rule: 'stated', year: 2021 },
  { text: 'Nous voici en 2027 : le début est chargé.', date: '2027', rule: 'stated', year: 2027 },
  { text: 'Un nouveau départ en 2027 pour le pôle.', date: '2027', rule: 'stated', year: 2027 },
  // future-year: a bare year told in the future or a forecast's year; the document is written before it.
  { text: 'La ressourcerie Tavernelle accueillera le public en 2027 à Pellerin.', date: '2027', rule: 'future-year', year: undefined },
  { text: 'Le pôle accueillera ses premiers stagiaires en 2028.', date: '2028', rule: 'future-year', year: undefined },
  { text: "Le chiffre d'affaires prévisionnel 2026 de la Brocante Vasseur dépasse cent mille euros.", date: '2026', rule: 'future-year', year: undefined },
  { text: 'La ressourcerie Tavernelle a accueilli le public en 2021 à Pellerin.', date: '2021', rule: 'stated', year: 2021 },
  { text: 'Le pôle a accueilli ses premiers salariés en 2018.', date: '2018', rule: 'stated', year: 2018 },
  { text: 'Le budget previsionnel 2027 du pôle prévoit une embauche.', date: '2027', rule: 'plan-year', year: 2027 },
  { text: 'Le chiffre d’affaires previsionnel 2027 du pôle reste modeste.', date: '2027', rule: 'future-year', year: undefined },
  // A future verb that does not govern the year (no `en` between them) says nothing of it.
  { text: "La coopérative Lunoval présentera son bilan 2025 lors de l'assemblée générale.", date: '2025', rule: 'closed-year', year: 2026 },
  { text: "L'assemblée reviendra sur les chantiers de 2023.", date: '2023', rule: 'named-year', year: undefined },
  { text: 'La Brocante Vasseur doit rembourser son prêt 2021 avant tout.', date: '2021', rule: 'stated', year: 2021 },
  { text: 'Les Rencontres du Jura 2023 ont réuni trois cents bénévoles.', date: '2023', rule: 'stated', year: 2023 },
  // range-end: the upper end of a range.
  { text: 'Le programme 2023-2025 est lancé.', date: '2025', rule: 'range-end', year: undefined },
  { text: 'Les saisons 2022 et 2023 ont été bonnes.', date: '2023', rule: 'range-end', year: undefined },
  { text: 'Ouvert de mai 2022 à juin 2023 au public.', date: 'juin 2023', rule: 'range-end', year: undefined },
  { text: 'Le projet 2023 de la Ressourcerie Lambrecht avance.', date: '2023', rule: 'stated', year: 2023 },
  { text: 'Le Pôle Réseau 2023 réunit douze structures.', date: '2023', rule: 'stated', year: 2023 },
  // Days of one month are one event: stated, as one day would be.
  { text: 'Le salon se tient du 3 au 5 octobre 2022 à Lille.', date: '5 octobre 2022', rule: 'stated', year: 2022 },
  { text: 'Les rencontres, les 12 et 13 mars 2021, ont réuni cent personnes.', date: '13 mars 2021', rule: 'stated', year: 2021 },
  { text: 'Ouvert du 3 mars au 5 avril 2024 au public.', date: '5 avril 2024', rule: 'range-end', year: undefined },
  // An acronym right before the year names a thing by its year; a common word in capitals does not.
  { text: 'Les JO 2028 mobilisent les structures du quartier.', date: '2028', rule: 'named-year', year: undefined },
  { text: 'La norme RE 2020 change les chantiers.', date: '2020', rule: 'named-year', year: undefined },
  { text: 'Le trophée ESS 2021 a été remis à Lille.', date: '2021', rule: 'named-year', year: undefined },
  // A common word in capitals (`PLU`, a participle) is read as a word: its year is stated.
  { text: 'La révision du PLU 2019 est close.', date: '2019', rule: 'stated', year: 2019 },
  { text: 'BILAN 2023 de la ressourcerie', date: '2023', rule: 'closed-year', year: 2024 },
  // A two-letter word of a heading in capitals is no acronym.
  { text: 'NOS ACTIONS EN 2023 POUR LE QUARTIER', date: '2023', rule: 'stated', year: 2023 },
  { text: 'LES CHIFFRES CLÉS DE 2023', date: '2023', rule: 'stated', year: 2023 },
  { text: 'En 2023, la ressourcerie a grandi.', date: '2023', rule: 'stated', year: 2023 },
  // A whole year told over (closed-year): a past that ran through it, a review of it, the year said over.
  { text: "Au cours de l'année 2016, les ventes de la Brocante Vasseur ont augmenté.", date: '2016', rule: 'closed-year', year: 2017 },
  { text: "Durant l'année 2011, la Brocante Vasseur a accueilli 40 familles.", date: '2011', rule: 'closed-year', year: 2012 },
  { text: "Assemblée de la Brocante Vasseur. Retour sur l'année 2015.", date: '2015', rule: 'closed-year', year: 2016 },
  { text: "L'année 2014 a été difficile pour la Brocante Vasseur.", date: '2014', rule: 'closed-year', year: 2015 },
  { text: "L'année 2022 s'est achevée en beauté pour la Brocante Vasseur.", date: '2022', rule: 'closed-year', year: 2023 },
  { text: "Après une année 2023 agitée, la Brocante Vasseur retrouve le calme.", date: '2023', rule: 'closed-year', year: 2024 },
  { text: "Après une édition 2021 en ligne, le forum Vasseur revient en salle.", date: '2021', rule: 'closed-year', year: 2022 },
  { text: "Le forum Vasseur de l'édition 2021 revient en salle.", date: '2021', rule: 'stated', year: 2021 },
  // Told ahead, or only named, the year is not over.
  { text: "Au cours de l'année 2027, la Brocante Vasseur ouvrira un second site.", date: '2027', rule: 'stated', year: 2027 },
  { text: "L'année 2024 sera décisive pour la Brocante Vasseur.", date: '2024', rule: 'stated', year: 2024 },
  { text: "Pendant l'année 2019 la Brocante Vasseur ouvre le samedi.", date: '2019', rule: 'stated', year: 2019 },
];

describe('yearEvidence', () => {
  for (const testCase of CASES) {
    it(`${testCase.rule}: ${testCase.text}`, () => {
      expect(evidenceOf(testCase.text, testCase.date)).toEqual({ rule: testCase.rule, year: testCase.year });
    });
  }
  it('pins three cases where each new rule fires and two where it does not', () => {
    for (const rule of ['stamp', 'closed-year', 'plan-year', 'origin-year', 'named-year', 'legal-text', 'earlier-year', 'forward', 'future-year', 'range-end'] as const) {
      expect(CASES.filter((c) => c.rule === rule).length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('founding years', () => {
  const FOUNDINGS: readonly { text: string; date: string; founded: number | undefined }[] = [
    { text: "L'association, créée en 2009, emploie six personnes.", date: '2009', founded: 2009 },
    { text: 'La fédération, implantée en 1993 à Cholet, recrute.', date: '1993', founded: 1993 },
    { text: 'Trésorier depuis sa création en 2011, Marc Ollier s\'en va.', date: '2011', founded: 2011 },
    { text: 'Depuis 2016, la Ressourcerie Lambrecht collecte des meubles.', date: '2016', founded: undefined },
    { text: 'En 2016, la Ressourcerie Lambrecht a déménagé.', date: '2016', founded: undefined },
  ];
  for (const testCase of FOUNDINGS) {
    it(`${String(testCase.founded)}: ${testCase.text}`, () => {
      expect(fullEvidenceOf(testCase.text, testCase.date).founded).toBe(testCase.founded);
    });
  }
});

describe('anniversaryYears', () => {
  const ANNIVERSARIES: readonly { text: string; years: number | undefined }[] = [
    { text: 'La Recyclerie Morvanne fête ses 30 ans samedi.', years: 30 },
    { text: "Grande fête à Pellerin : les 20 ans de l'Atelier Vasseur.", years: 20 },
    { text: "Les 15 ans d'Ateliers Lambrecht ont réuni cent personnes.", years: 15 },
    { text: 'Le jardin partagé fête son 10e anniversaire.', years: 10 },
    { text: "L'épicerie souffle sa dixième année d'existence avec ses bénévoles.", years: 10 },
    { text: 'Le collectif a fêté ses vingt-cinq ans.', years: 25 },
    { text: 'Pour son trentième anniversaire, le pôle invite ses adhérents.', years: 30 },
    { text: "Le garage solidaire entame sa dixieme\nannée d'existence.", years: 10 },
    { text: 'Quarante cabanes seront montées sous 3 ans.', years: undefined },
    { text: 'Les salariés ont 30 ans en moyenne, un jeune de 25 ans les a rejoints.', years: undefined },
    { text: 'Les 30 ans à venir seront décisifs.', years: undefined },
    { text: 'Le contrat court sur ces 3 ans.', years: undefined },
  ];
  for (const testCase of ANNIVERSARIES) {
    it(`${String(testCase.years)}: ${testCase.text}`, () => {
      expect(anniversaryYears(testCase.text)).toBe(testCase.years);
    });
  }
});
