/**
 * The proposer family "a capitalised type word and its lower-case description"
 * (extractors/fr/organisation/capitalised-kind.ts), on invented sentences: where the name
 * starts and ends, and the shapes it leaves alone.
 */
import { describe, expect, it } from 'vitest';
import { capitalisedKindNames } from '../../../../extractors/fr/organisation/capitalised-kind.js';

const names = (text: string): string[] => capitalisedKindNames(text).map((found) => text.slice(found.start, found.end));

describe('capitalisedKindNames', () => {
  it.each([
    ["Le dossier vient de l'Union départementale des centres sociaux.", 'Union départementale des centres sociaux'],
    ['Elle a rejoint le Réseau d’entraide et de partage, puis la mairie.', 'Réseau d’entraide et de partage'],
    ['Une table tenue par les Éditions solidaires\ndu Bocage.', 'Éditions solidaires\ndu Bocage'],
    ["Porté par la Plateforme départementale de l'habitat à Vierzon et deux associations.", "Plateforme départementale de l'habitat"],
    ['• Le Service Régional de la Vie Associative,', 'Service Régional de la Vie Associative'],
    ['Elle dirige le Pôle territorial de coopération économique du Val.', 'Pôle territorial de coopération économique du Val'],
  ])('reads %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  // `past-verb-after`: `a`/`ont` and a past participle after the name is its clause's verb and closes it.
  it.each([
    ["Depuis mars, l'Atelier des vergers a rapatrié ses outils.", 'Atelier des vergers'],
    ["Le Pôle d'économie partagée a accompagné neuf projets.", "Pôle d'économie partagée"],
    ['Les Ateliers du bois flotté ont déjà ouvert un second local.', 'Ateliers du bois flotté'],
  ])('reads %j before its compound past', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  // `complement-list` (complement-list.ts): the head's complements listed with commas and a last `et` are its name's.
  it.each([
    ["Les tournées de la Direction générale de la marée, de la houle et de la pêche côtière sont plus rares.", 'Direction générale de la marée, de la houle et de la pêche côtière'],
    ["Un avis de l'Observatoire des haies, des mares et\ndes talus, rendu hier.", 'Observatoire des haies, des mares et\ndes talus'],
    ["Signé par le Service régional de la voirie, du balisage, de l'éclairage et des abris.", "Service régional de la voirie, du balisage, de l'éclairage et des abris"],
    // A word taking an object after the last complement is the sentence's verb: the list ends before it.
    ["Il veut que l'Observatoire des haies, des mares et des Talus soutienne la fête.", 'Observatoire des haies, des mares et des Talus'],
  ])('reads the complements listed in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ["Un avis de l'Observatoire des haies, du Conseil départemental et de la mairie.", 'Observatoire des haies'],
    ["Un avis de l'Observatoire des haies, des mares, puis un vote.", 'Observatoire des haies'],
  ])('ends %j at the comma when no list of complements follows', (text, name) => {
    expect(names(text)[0]).toBe(name);
  });

  it.each([
    ["L'Atelier de couture a lieu chaque mardi.", '`a lieu`: no participle'],
    ["La Maison de l'enfance a trois salles.", '`a` and a noun: no participle'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ["La Maison de l'enfance accueille les familles.", 'a verb follows: the sentence would be swallowed'],
    ['Le Service de presse, joint mardi, confirme.', "a body's organ"],
    ['Elle fréquente le Centre social.', 'no object of a preposition: a kind, not a name'],
    ['Ils ont créé une Union de producteurs.', 'no article before the type word'],
    ['Il a quitté la maison de quartier.', 'the type word in lower case'],
    ['Ils portent le Pôle territorial de coopération économique, créé en 2013.', 'a concept, not a body'],
    ['Avec le Campus des arts du bois (CAB), le salon ouvre.', 'its acronym follows in brackets'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });

  // Type words added with session 46 (a college, a cheese dairy, a cinema…), a line break right after the article, and the
  // heads that also name a body's organs (`CAPITALISED_ORGAN_HEADS`), which need an adjective of rank or reach after them.
  it.each([
    ['Le bilan est remis au\nConseil supérieur des vergers, puis publié.', 'Conseil supérieur des vergers'],
    ['Elle siège à la Commission nationale de médiation.', 'Commission nationale de médiation'],
    ['Le Collège des savoirs partagés a ouvert ses portes.', 'Collège des savoirs partagés'],
    ["Le lait part à la Fruitière des Combes, à l'est.", 'Fruitière des Combes'],
    ['Ils rejoignent la\nCompagnie fluviale des Sables.', 'Compagnie fluviale des Sables'],
  ])('reads %j (session 46 heads)', (text, name) => {
    expect(capitalisedKindNames(text).map((found) => [text.slice(found.start, found.end), found.source])).toEqual([[name, 'capitalised-kind']]);
  });

  it.each([
    ['Le Conseil de quartier, réuni mardi, vote.', 'an organ head with no adjective after it'],
    ['La Commission des finances, saisie hier, répond.', 'an organ head with no adjective after it'],
    ["Le Comité d'entreprise, élu en mai, décide.", 'an organ head with no adjective after it'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });

  // Closes on a footnote's bracket and before a relative or circumstance clause; town adjectives (`-ais`, `-aise`).
  it.each([
    ['Selon le coordinateur du Collège des savoirs partagés[2], le lieu vit.', 'Collège des savoirs partagés'],
    ['Il loge au Foyer des jeunes marins qui accueille quarante résidents.', 'Foyer des jeunes marins'],
    ['Vive la Régie vernoise de services !', 'Régie vernoise de services'],
    ['Ils fondent les Ateliers du bois flotté afin de former des jeunes.', 'Ateliers du bois flotté'],
  ])('reads %j (closing words)', (text, name) => {
    expect(capitalisedKindNames(text).map((found) => [text.slice(found.start, found.end), found.source])).toEqual([[name, 'capitalised-kind']]);
  });

  it.each([
    ['La Maison de l’enfance accueille les familles qui viennent.', 'a verb before the relative: the sentence goes on'],
    ['Il rejoint la Maison commune qui ouvre en mai.', 'no object of a preposition: a kind, not a name'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });

  // One lower-case word closing the name that is no verb is its adjective (`closing`); an embassy or a museum is a type word.
  it.each([
    ['La fête a eu lieu avec l’Ambassade de Corvanie qui fêtera son entrée.', 'Ambassade de Corvanie'],
    ['Une table ronde avec l’Observatoire des savoirs maritimes – créé en 2000 –, puis', 'Observatoire des savoirs maritimes'],
    ['Il rejoint la Maison des métiers artisans.', 'Maison des métiers artisans'],
  ])('reads %j (closing adjective, session 46 phase 2)', (text, name) => {
    expect(capitalisedKindNames(text).map((found) => [text.slice(found.start, found.end), found.source])).toEqual([[name, 'capitalised-kind']]);
  });

  it.each([
    ['Le Centre des congrès ferme.', 'the closing word is a verb'],
    ["La Maison de l'enfance accueille.", 'the closing word is a verb'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });
});

