/** Document date inference: masthead first, then event years, never deadlines or plans. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extractors/index.js';
import { inferFrenchDocumentDate } from '../../../extractors/fr/index.js';

/** Six cover lines without a date, so the body is read past the masthead. */
const BODY = 'Bilan\nPôle\nde\ncoopération\nterritoriale\nSommaire\n';
/** Text with no date, long enough to put what follows past a page's opening (600 characters). */
const FILLER = 'Les ateliers de la régie Tallendre reprennent chaque semaine. '.repeat(11);

const CASES: readonly { readonly name: string; readonly text: string; readonly expected: string | null }[] = [
  { name: 'season in the masthead', text: 'BULLETIN N°7 — Automne 2023\n\nLe 12 mars, nous avons visité…\nObjectifs jusqu\'en juin 2026.\nEt 2023 encore.', expected: '2023' },
  { name: 'month and year in the masthead', text: 'Lettre d\'information\nÉdition de mars 2022\n\nEn 2021, le pôle est né.', expected: '2022-03' },
  { name: 'full date on the cover', text: 'Assemblée générale\nLyon, le 4 juillet 2024\n\nEn 2023 nous avons…', expected: '2024-07-04' },
  {
    name: 'a deadline does not move the year',
    text: BODY + 'En 2022, 14 ateliers. En mai 2022 le bureau a changé. Convention prolongée jusqu\'en décembre 2025, d\'ici 2026 un second site.',
    expected: '2022',
  },
  { name: 'a range upper end is not an event', text: BODY + 'En avril 2021 nous avons signé. Programme 2021-2024 ; en 2021 encore.', expected: '2021' },
  { name: 'latest past event bounds the date', text: BODY + 'Créé en 2019, lauréat en 2019, puis retenu en octobre 2023.', expected: '2023' },
  { name: 'a spaced dash separates masthead parts', text: 'Un marché couvert rouvre\nPar Paul Roux — La Dépêche du Midi — 2 février 2024\n\nOuverture prévue pour l\'automne 2025.\nEn 2025 et 2025 encore.', expected: '2024-02-02' },
  { name: 'an issue number and a dash', text: 'Lettre N°12 — juin 2023\n\nNous visons 2024.', expected: '2023-06' },
  { name: 'an issue covering months is dated by the first', text: 'LA LETTRE DU RÉSEAU\nJANVIER-AVRIL 2007\n\nFin décembre, la rencontre a réuni cent élus.', expected: '2007-01' },
  { name: 'an issue covering two months, in capitals', text: 'Bulletin trimestriel\nAVRIL-JUIN 2023\n\nEn 2022, le pôle a ouvert.', expected: '2023-04' },
  { name: 'an issue covering two months of a season', text: 'Bulletin de la recyclerie\nSeptembre-octobre 2021\n\nLe chantier a repris en 2021.', expected: '2021-09' },
  { name: 'a range of days in the title is no issue period', text: "Forum de l'ESS\nDu 12 au 14 mars 2024\n\nEn 2023, 300 visiteurs. En 2023 encore.", expected: '2024' },
  // The span's year still counts as the body's latest month-precise event; its first month is not taken.
  { name: 'a month span with à in the title is no issue period', text: 'Formation de mars à juin 2026\nInscriptions ouvertes\n\nEn 2024, douze ateliers. En 2024 encore.', expected: '2026' },
  {
    name: 'a planned season and a convention end are not events',
    text: BODY + 'En mars 2023 le pôle a ouvert. Un second site, prévu pour le printemps 2026, puis un troisième prévu pour l\'hiver 2026. Convention valable jusqu\'au 31 décembre 2026.',
    expected: '2023',
  },
  { name: 'a review of a year is written the year after', text: BODY + "Le compte\nadministratif 2022 a été approuvé. Le budget 2023 aussi.", expected: '2023' },
  { name: 'a budget year counts half against a stated year', text: BODY + 'Le budget 2025 est serré. En 2024, douze ateliers ont eu lieu.', expected: '2024' },
  { name: 'a budget year alone still dates the document', text: BODY + 'Le budget prévisionnel 2025 de la Ressourcerie Lambrecht est présenté ; la structure est née en 2011.', expected: '2025' },
  { name: 'a year told ahead alone dates the document the year before', text: BODY + 'La ressourcerie Tavernelle déménagera en 2027 ; son bail court depuis octobre.', expected: '2026' },
  { name: 'a forecast year alone dates the document the year before', text: BODY + "Le chiffre d'affaires prévisionnel 2026 de la Scic Varbelle s'élève à deux cent mille euros.", expected: '2025' },
  { name: 'a year told ahead does not count as a stated year', text: BODY + 'En 2022, le pôle Varbelle a été créé ; il ouvrira un second site en 2025.', expected: '2022' },
  { name: 'a starting point is only a bound', text: BODY + 'Depuis 2017, la Ressourcerie Lambrecht collecte ; créée en 2015, elle a grandi.', expected: '2018' },
  { name: 'a target start of year is no event', text: BODY + 'En 2021 le pôle a été créé ; un second site ouvrira début 2023.', expected: '2021' },
  { name: 'with only past bounds, the year after the latest', text: BODY + "Depuis 2016 la Recyclerie Morvanne collecte ; le traiteur avait été retenu en 2021 ; une loi de 2014 l'a aidée.", expected: '2022' },
  { name: 'stated years older than a bound are past too: the year after the bound', text: BODY + 'Les études remontaient à 2015. Depuis fin 2018, la Recyclerie Morvanne collecte.', expected: '2019' },
  { name: 'a legal text dated in the opening lines is no masthead', text: 'Le plan régional suit la loi du 31\njuillet 2014 et ses décrets.\n\nEn avril 2019, le forum a eu lieu à Déols.', expected: '2019-04' },
  { name: 'a legal text is a past bound, not an event', text: BODY + 'Créée par le décret du 17 mars 2011, la coopérative a ouvert ; issue du rapport de 2009, en 2009.', expected: '2012' },
  { name: "a legal text's own title dates it", text: 'Délibération du conseil municipal du 12 mars 2021\nportant subvention\n\nEn 2020, le local a ouvert.', expected: '2021-03-12' },
  { name: 'a meeting dated in the opening lines still is the masthead', text: 'Procès-verbal de l\'assemblée du 31\njuillet 2014\n\nEn 2013, douze ateliers.', expected: '2014-07-31' },
  // An anniversary counts from the one founding year the body tells, when that is later than the body's year.
  { name: 'an anniversary counts from the founding year', text: BODY + "Le 3 mars dernier, la Recyclerie Morvanne fêtait ses 30 ans. Implantée en 1993 à Pellerin, elle emploie vingt salariés.", expected: '2023' },
  { name: 'an anniversary with les and a name', text: BODY + "Grande fête à Pellerin : les 20 ans de l'Atelier Vasseur, créé en 2004, installé dans ses murs en 2010.", expected: '2024' },
  { name: 'an ordinal year of existence', text: BODY + "L'épicerie souffle sa dixième année d'existence. Fondée en 2013, elle a déménagé en 2017, raconte Léa Morvan.", expected: '2023' },
  { name: 'two founding years make no anniversary', text: BODY + 'Le pôle fête ses 10 ans. Créé en 2010, il réunit une association née en 2001 ; en 2012 il a déménagé.', expected: '2012' },
  { name: 'an anniversary with no founding year', text: BODY + 'La Recyclerie Morvanne fête ses 30 ans. En 2012, elle a déménagé.', expected: '2012' },
  { name: 'an anniversary earlier than the body year is left', text: BODY + 'La crèche a fêté ses 5 ans. Créée en 2010, elle a déménagé en 2019.', expected: '2019' },
  { name: 'a past year edge is a bound', text: BODY + 'Fin 2020, les ateliers comptaient douze salariés ; la loi de 2016 les aide.', expected: '2021' },
  { name: 'a stated year equal to a bound keeps its year', text: BODY + 'Depuis 2019, la Recyclerie Morvanne collecte. En 2019, douze ateliers.', expected: '2019' },
  { name: 'a thing named by a later year does not move a stated year', text: BODY + 'En mai 2019, le forum a réuni cent personnes. Les JO 2024 mobilisent le quartier.', expected: '2019' },
  { name: 'a stated year wins over past bounds', text: BODY + 'Depuis 2016 la Recyclerie Morvanne collecte. En 2019, douze ateliers.', expected: '2019' },
  // A nineteenth-century year is history the text tells: it neither dates the document nor bounds it.
  { name: 'a founding in the nineteenth century alone dates nothing', text: BODY + 'La société de secours mutuels Varbelle, fondée en 1887, tient son assemblée le 12 mars.', expected: null },
  { name: 'a nineteenth-century day in the opening is no masthead', text: 'Le 3 avril 1879, une fanfare\nnaissait à Pellerin\n\nEn 2022, elle a joué douze fois.', expected: '2022' },
  { name: 'a nineteenth-century day does not outweigh a stated year', text: BODY + 'Créée le 8 juin 1881, la fanfare Varbelle a joué en 2021.', expected: '2021' },
  // A date in digits followed by a clock time to the minute is a web page's or a mail's time stamp (isStamp).
  { name: 'a date in digits and a clock time is a stamp', text: BODY + 'Le club Larvoine change ses statuts\n17/04/2014 08:52\nSubventions en baisse en 2012 ; 280 adhérents en 2012.', expected: '2014-04-17' },
  { name: 'a stamp with à before its time', text: BODY + 'Publication du réseau Morvanne 14/05/2022 à 07:45\nEn 2019 puis en 2019, douze ateliers.', expected: '2022-05-14' },
  { name: 'a stamp with a dash before its time', text: BODY + 'Actualités 21/08/2017 - 16:20\nLa Scic Ternivel a ouvert en 2014 ; en 2014 encore.', expected: '2017-08-21' },
  { name: 'an hour written with h is an event, no stamp', text: BODY + 'Assemblée le 12/05/2021 à 18h30 au foyer Pellerin.\nEn 2019 puis en 2019, douze ateliers.', expected: '2021' },
  { name: 'a worded date and a clock time is no stamp', text: BODY + 'Réunion du 12 mai 2021 - 14:00 au foyer Pellerin.\nEn 2019 puis en 2019 ; 2019 encore.', expected: '2021' },
  // A month after an issue's number is the masthead's, even when the page runs its lines into past-tense prose (isToldMonth).
  { name: 'an issue number before a month run into the editorial', text: 'LA LETTRE DE VARBELLE N°5 –\nMai 2024 Pôle de coopération du Lirac\nÉDITO La saison a été dense ! Depuis janvier, douze structures ont rejoint le pôle.', expected: '2024-05' },
  { name: 'an issue number with a comma before a month', text: 'Bulletin Tavernelle n° 12,\nmars 2021 Le réseau des recycleries\nLa saison a été dense ! Depuis octobre, trois ateliers ont ouvert.', expected: '2021-03' },
  { name: 'an issue number glued to its dash before a month', text: 'Le Fil N°3– octobre 2019 édition du pôle\nLa saison a été dense ! En septembre, la Scic Morvanne a ouvert un atelier.', expected: '2019-10' },
  { name: 'a month run into past-tense prose with no issue number is told', text: 'LA LETTRE DE VARBELLE –\nMai 2024 Pôle de coopération du Lirac\nÉDITO La saison a été dense ! Depuis janvier, douze structures ont rejoint le pôle.', expected: '2024' },
  { name: 'a bare number before the month is no issue number', text: 'LA LETTRE DE VARBELLE 5 –\nMai 2024 Pôle de coopération du Lirac\nÉDITO La saison a été dense ! Depuis janvier, douze structures ont rejoint le pôle.', expected: '2024' },
  { name: 'a signature stamp is the date', text: BODY + 'La convention court du 1er mars 2024 au 31 décembre 2026.\nFait à Saint-Orlan, le 12 février 2024.', expected: '2024-02-12' },
  { name: 'a deadline in the title dates a call', text: 'Appel à candidatures\nDéposez vos dossiers avant le 30 avril 2021\n\nL\'an dernier, 40 structures ont répondu en 2020.', expected: '2021' },
  { name: 'a closing date in the title dates a contest', text: 'Trophées de la coopération\nInscriptions jusqu\'au 12 mars 2018\n\nLes lauréats de 2016 ont été primés.', expected: '2018' },
  { name: 'a deadline title with no other year', text: 'Concours des initiatives\nCandidatures avant le 3 juin 2022\n\nLe jury se réunira le 20 juin.', expected: '2022' },
  { name: 'a stated month in the title wins over its deadline', text: 'Lettre de mai 2019\nCandidatures avant le 3 juin 2019\n\nEn 2017, le pôle est né.', expected: '2019-05' },
  { name: 'a latest-date deadline in the title dates a call', text: 'Fonds pour les tiers-lieux\nDossiers à envoyer au plus tard le 15 mai 2021\n\nEn 2019 et en 2020, 30 lieux aidés.', expected: '2021' },
  { name: 'a validity end in the title is no deadline', text: 'Convention de partenariat\nValable jusqu\'au 31 décembre 2026\n\nSignée en 2019 ; en 2020, douze ateliers ; en 2020 encore.', expected: '2020' },
  { name: 'a target in the title is no deadline', text: 'Feuille de route\nObjectifs à tenir d\'ici le 31 décembre 2030\n\nEn 2019 puis en 2020, le pôle a grandi ; 2020 encore.', expected: '2020' },
  { name: 'a programme end in the title is no deadline', text: 'Programme 2021-2023\nActions menées jusqu\'au 30 juin 2023\n\nEn 2021, trois chantiers.', expected: '2021' },
  { name: 'a range end in the title is no deadline', text: 'Plan d\'action\nDe 2024 au 31 décembre 2027\n\nEn 2024, le conseil a voté.', expected: '2024' },
  { name: 'a deadline in the body stays out', text: BODY + 'En 2020, 12 ateliers. Déposez vos dossiers avant le 30 avril 2023.', expected: '2020' },
  { name: 'an archive menu of years does not vote', text: BODY + 'Archives\n- 2023\n- 2022\n- 2021\n- 2020\n- 2019\nEn 2015, la Coopérative Ternivel est née ; en 2016, elle a ouvert un atelier.', expected: '2016' },
  { name: 'a reflowed menu of years does not vote', text: BODY + 'Rubriques - 2024 - 2023 - 2022 - 2021 - 2020\nEn 2017, le pôle Varbelle a ouvert.', expected: '2017' },
  { name: 'years in prose still vote', text: BODY + 'En 2014, puis en 2021, 2022 et 2023, le pôle Varbelle a recruté ; 2023 encore.', expected: '2023' },
  // A weekday with its day and month names the year the document is written in, among the years around the body's.
  { name: 'a weekday in the opening paragraph of a narrow column fixes the year', text: 'Le pôle\nréélit sa\nprésidente\npour trois\nans de\nplus, en\nassemblée\nMardi 14 mars,\nle conseil a voté. En 2022 encore.', expected: '2023-03-14' },
  { name: 'a weekday and its day in the opening lines fix the year', text: 'Le pôle réélit sa présidente\n\nMardi 14 mars, le conseil a voté. Présidente depuis le 1er janvier 2022, elle reste.', expected: '2023-03-14' },
  // Not the masthead's date: the body's (a day after `depuis` is an event of the body), so a guessed year.
  { name: 'a starting point with its day in the opening lines is no masthead date', text: 'Le pôle réélit sa présidente\n\nLe conseil a voté. Présidente depuis le 1er janvier 2022, elle reste.', expected: '2022' },
  { name: 'a starting point with its day lets the weekday date the document', text: 'Le pôle réélit sa présidente\n\nMardi 14 mars, le conseil a voté. Présidente depuis le 1er janvier 2022, elle reste.', expected: '2023-03-14' },
  { name: 'a weekday that fits no year near the body\'s is left', text: 'Le pôle réélit sa présidente\n\nMardi 15 mars, le conseil a voté. En 2019, le pôle est né ; 2019 encore.', expected: '2019' },
  // A weekday past the opening names the year only (a news item tells its days near the time it is written), when all agree.
  { name: 'a weekday far in the body names the year', text: BODY + FILLER + 'En 2022, douze ateliers ; 2022 encore. Le conseil a voté mardi 14 mars au soir.', expected: '2023' },
  { name: 'a weekday told in the pluperfect names the year', text: BODY + FILLER + 'Née en 2014, la régie Brouvelle avait présenté son plan le lundi 26 juin à Lirac ; en 2016, un second site.', expected: '2017' },
  { name: 'a weekday broken over two lines names the year', text: BODY + FILLER + 'En 2024, la cantine Morvelay a ouvert. Le maire l\'a visitée ce mercredi 1er\noctobre avec les élus.', expected: '2025' },
  { name: 'two weekdays naming two years leave the guess', text: BODY + FILLER + 'En 2022, douze ateliers ; 2022 encore. Réunions mardi 14 mars et lundi 14 mars au siège.', expected: '2022' },
  { name: 'a weekday with its year written is no guess of the year', text: BODY + FILLER + 'En 2022, douze ateliers ; 2022 encore. Le conseil avait voté mardi 14 mars 2017 au soir.', expected: '2022' },
  { name: 'a weekday with its year on the next line is no guess of the year', text: BODY + FILLER + 'En 2022, douze ateliers ; 2022 encore. Le conseil avait voté mardi 14 mars\n2017 au soir.', expected: '2022' },
  { name: 'a weekday that fits no year near the body\'s leaves the guess', text: BODY + FILLER + 'En 2019, le pôle est né ; 2019 encore. Le conseil a voté mardi 15 mars au soir.', expected: '2019' },
  { name: 'no year at all', text: 'Présentation du pôle\nSans date.', expected: null },
  // A review (closed-year) is a floor: the document is of the year after the reviewed one, however often that one is named.
  { name: 'a review floors the year over its many mentions', text: BODY + 'Le bilan 2022 de la régie Tallendre. En 2022, 14 ateliers ; en 2022 encore, un forum.', expected: '2023' },
  { name: 'a report of its year floors the year', text: BODY + "Rapport d'activité 2019 : en 2019 la ressourcerie a ouvert ; en 2019, trois embauches.", expected: '2020' },
  { name: 'a year told over floors the year', text: BODY + "Au cours de l'année 2017, les ventes ont augmenté. En 2017 encore, et en 2017.", expected: '2018' },
  { name: 'an older review is no floor above later years', text: BODY + 'Le bilan 2019 est loin : en 2022 la ressourcerie a ouvert ; en 2022, trois embauches.', expected: '2022' },
  { name: 'no review, no floor', text: BODY + 'En 2021, 14 ateliers ; en 2021 encore, un forum.', expected: '2021' },
  // A permalink's path with its day is the clipped article's own stamp; a path with a month only is an event's month.
  { name: 'a web address dated to the day is the article\'s stamp', text: BODY + 'lire ici : https://www.journal.example/article/2016/05/12/un-pole-lance.html\nLa loi du 31 juillet 2014, puis en 2014 encore.', expected: '2016-05-12' },
  { name: 'a permalink dates a body of older years', text: BODY + 'https://www.gazette.example/actu/2019/11/03/la-ressourcerie-ouvre\nFondée en 2011, la ressourcerie a grandi en 2012 et en 2012 encore.', expected: '2019-11-03' },
  { name: 'a permalink after a body of the same year', text: BODY + 'En 2021, les ateliers ont repris. En 2021 encore.\nSource : http://www.quotidien.example/2021/02/17/ateliers-tallendre.html', expected: '2021-02-17' },
  { name: 'a written stamp wins over a later permalink', text: BODY + 'Publié le 4 mars 2020\nVoir aussi http://blog.example/2020/06/21/suite.html ; en 2020 toujours.', expected: '2020-03-04' },
  { name: 'an upload folder dated to the month is no stamp', text: BODY + 'Image : https://site.example/wp-content/uploads/2018/01/logo.png\nEn 2016 le pôle est né ; en 2016 il recrute.', expected: '2018' },
  { name: 'a dated web address with no day', text: BODY + 'Source : http://site.example/2021/03/bilan\nEn 2019 le pôle est né ; en 2019 il recrute.', expected: '2021' },
  { name: 'an older dated address does not lower the date', text: BODY + 'Archive : http://site.example/2012/04/ancien\nEn mai 2023 nous avons signé. En 2023 encore.', expected: '2023' },
  { name: 'a path number that is no month is no date', text: BODY + 'Voir http://site.example/2019/45/fiche\nEn 2017 le pôle est né.', expected: '2017' },
  { name: 'a year in a path without a month is no date', text: BODY + 'Voir http://site.example/rapport-2020/annexe\nEn 2018 le pôle est né.', expected: '2018' },
  // No year the document stands in, only a deadline or a near target with its month: the document is written before it.
  { name: 'a deadline with its day alone dates the document before it', text: BODY + 'Le fonds Brandelac a ouvert hier 6 octobre sa collecte ; dons reçus jusqu\'au 31 mars 2027.', expected: '2027-03-31' },
  { name: 'a target month alone dates the document before it', text: BODY + 'Le 12 décembre, les élus ont visité le chantier. D\'ici mai 2029, le foyer Quenard ouvrira.', expected: '2029-05' },
  { name: 'the earliest of two deadlines', text: BODY + 'Inscriptions jusqu\'au 15 juin 2028 ; ouverture prévue avant septembre 2028.', expected: '2028-06-15' },
  { name: 'a target year without its month dates nothing', text: BODY + 'Le 12 décembre, les élus ont visité le chantier. D\'ici 2029, le foyer Quenard ouvrira.', expected: null },
  { name: 'a stated year wins over a deadline', text: BODY + 'En mars 2025 le foyer Quenard a ouvert ; dons reçus jusqu\'au 31 mars 2027.', expected: '2025' },
];

describe('inferFrenchDocumentDate', () => {
  for (const testCase of CASES) {
    it(testCase.name, () => {
      const result = inferFrenchDocumentDate([{ page: 1, source: 'text', text: testCase.text }]);
      expect(result?.value ?? null).toBe(testCase.expected);
    });
  }
});

describe('a document date guessed from the body', () => {
  it('is marked guessed when only the years the body recounts date it', () => {
    expect(inferFrenchDocumentDate([{ page: 1, source: 'text', text: BODY + 'La recyclerie Tavernelle a ouvert un atelier en 2016.' }])).toEqual({ value: '2016', inferred: true, guessed: true });
  });
  it('is not marked guessed from a masthead or a stamp', () => {
    expect(inferFrenchDocumentDate([{ page: 1, source: 'text', text: 'Lettre de mai 2019\n\nEn 2017, le pôle est né.' }])?.guessed).toBeUndefined();
    expect(inferFrenchDocumentDate([{ page: 1, source: 'text', text: BODY + 'En 2017, le pôle est né.\nPublié le 4 mars 2019' }])?.guessed).toBeUndefined();
  });
});

describe('a document dated by a deadline ahead of it (fr.date.resolve-year)', () => {
  const days = (text: string): string[] =>
    extractDocument([{ page: 1, source: 'text', text }]).mentions.filter((mention) => mention.type === 'date').map((mention) => `${mention.text}=${mention.value}`);
  it('marks the date as ahead', () => {
    expect(inferFrenchDocumentDate([{ page: 1, source: 'text', text: BODY + 'Dons reçus jusqu\'au 31 mars 2027.' }])).toEqual({ value: '2027-03-31', inferred: true, guessed: true, ahead: true });
  });
  it('tells the caller no document date: a deadline is not the day the document was written', () => {
    expect(extractDocument([{ page: 1, source: 'text', text: BODY + 'Le 2 février, un concert ; dons reçus jusqu\'au 31 mars 2027.' }]).documentDate).toBeNull();
  });
  it('puts a day after the deadline in the year before it, a day before it in its year', () => {
    expect(days(BODY + 'Le fonds Brandelac a ouvert le 6 octobre sa collecte ; dons reçus jusqu\'au 31 mars 2027. Le 2 février, un concert.')).toEqual([
      '6 octobre=2026-10-06', '31 mars 2027=2027-03-31', '2 février=2027-02-02',
    ]);
    expect(days(BODY + 'Le 12 décembre dernier, les élus ont visité le chantier. D\'ici mai 2029, le foyer Quenard ouvrira.')).toEqual([
      '12 décembre dernier=2028-12-12', 'mai 2029=2029-05',
    ]);
  });
});

describe("`l'an dernier` counts from the document's date, never from a year the body recounts (fr.date.relative-period)", () => {
  const relative = (text: string, documentDate?: string): string[] =>
    extractDocument([{ page: 1, source: 'text', text }], documentDate === undefined ? {} : { documentDate })
      .mentions.filter((mention) => mention.rule === 'fr.date.relative-period')
      .map((mention) => `${mention.text}=${mention.value}`);
  it('resolves from a stamp, a masthead or the caller\'s date', () => {
    expect(relative(BODY + "L'an dernier, la recyclerie Tavernelle a ouvert un atelier.\nPublié le 4 mars 2019")).toEqual(["L'an dernier=2018"]);
    expect(relative("Lettre de l'automne 2022\n\nL'année dernière, le pôle Varbelle a recruté.")).toEqual(["L'année dernière=2021"]);
    expect(relative("L'an prochain, le pôle Varbelle ouvrira un second site.", '2024-06')).toEqual(["L'an prochain=2025"]);
  });
  it('finds nothing when the only date is a year the body recounts', () => {
    expect(relative(BODY + "La recyclerie Tavernelle a ouvert un atelier en 2016. L'an dernier, elle a recruté.")).toEqual([]);
    expect(relative(BODY + "En 2019 et en 2020, le pôle Varbelle a grandi ; l'année prochaine, il déménage.")).toEqual([]);
  });
});

/**
 * A month written in words that the opening tells in the past (a compound past or an imperfect in its sentence) is an
 * event the text recounts, not its issue's month (document-date.ts `isToldMonth`): the body's dates date the document.
 */
describe('a month the opening tells in the past is no masthead (told-month)', () => {
  const infer = (text: string): string | null => inferFrenchDocumentDate([{ page: 1, source: 'text', text }])?.value ?? null;
  // Five short lines put the body's dates past the title area (its first six lines).
  const LINES = 'Nos ateliers\nNos chantiers\nNos voisins\nNos projets\nNos partenaires\n';
  it('leaves a month the opening sentence recounts to the body', () => {
    expect(infer(`La halle Corvenne\nEn mars 2022, la Scic Corvenne a ouvert une cantine.\n${LINES}Le 7 octobre 2023, la fête a réuni cent voisins.`)).toBe('2023');
    expect(infer(`Dans notre lettre de février 2015,\nnous avons présenté la friche Maubrac.\n${LINES}Le dimanche 10 septembre 2017, la friche a ouvert.`)).toBe('2017');
    expect(infer(`En mai 2019, la Scic Corvenne présentait sa cantine.\n${LINES}En juin 2021, la fête a réuni cent voisins.`)).toBe('2021');
    expect(infer(`Le garage Tervel, qu'elle a repris en avril 2016, s'agrandit.\n${LINES}En juin 2018, le garage a embauché.`)).toBe('2018');
  });
  it('keeps an issue month, a month in digits and a day', () => {
    expect(infer('Lettre de la Scic Corvenne\nmars 2022\n\nLa cantine a ouvert ses portes en 2019.')).toBe('2022-03');
    expect(infer('date 2024-05 Depuis dix ans, cent projets ont candidaté.\nEn 2021, la friche a ouvert.')).toBe('2024-05');
    expect(infer('Le 4 mars 2022, la Scic Corvenne a ouvert une cantine.\nEn 2023, la fête a réuni cent voisins.')).toBe('2022-03-04');
  });
  it("keeps an issue month whose masthead part ends before the editorial's past, or whose verb is a present", () => {
    expect(infer("Lettre d'information – mars 2024 – Édito : l'année a été riche.\nEn 2021, la friche a ouvert.")).toBe('2024-03');
    expect(infer('Lettre n° 12 | mars 2024 | Cette année, nous avons ouvert une cantine.\nEn 2021, la friche a ouvert.')).toBe('2024-03');
    expect(infer('Dans ce numéro de mars 2024, nous remercions nos bénévoles.\nEn 2021, la friche a ouvert.')).toBe('2024-03');
    expect(infer("Lettre de mars 2024 : l'assemblée générale a lieu le 12.\nEn 2021, la friche a ouvert.")).toBe('2024-03');
  });
});
