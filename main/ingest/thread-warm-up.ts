/**
 * What an import thread reads once at start, before any document, so that loading and first-use
 * costs land at start-up rather than on the first documents' pages: a tiny PDF for pdf.js (a
 * reading thread), and an invented newsletter page for the extractors (the extraction thread). The page is made up (no corpus text) and holds one
 * of each kind of thing the extractors look for — dates, figures, people with roles, organisations
 * and acronyms, an e-mail, a phone number, an address — so that every lexicon and pattern is
 * built and compiled here: extracting one short line left most of them to the first document,
 * which then took about five times as long per page as the next ones.
 *
 * The page is at least `NATIVE_SCAN_LENGTH` characters long (see there): below that, each page
 * pattern is compiled twice during the warm-up, and run once by V8's slow interpreter in between.
 */
import type { PageInput } from '../../extractors/index.js';

/** A one-page PDF with a line of text in a standard font. */
export const WARM_UP_PDF = [
  '%PDF-1.4',
  '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
  '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 50]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj',
  '4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj',
  '5 0 obj<</Length 44>>stream\nBT /F1 12 Tf 10 20 Td (Glaneur, le 2 mai) Tj ET\nendstream endobj',
  'trailer<</Root 1 0 R>>',
  '%%EOF',
].join('\n');

/**
 * V8 compiles a regular expression to machine code at once when it first runs over a text this
 * long or longer; over a shorter text it first compiles it to bytecode, interprets it, and
 * compiles it again to machine code at its next run. A warm-up page of 931 characters cost
 * about 0.75 s of CPU, and the same page made 1,025 characters long about 0.5 s (same process
 * start, same patterns compiled in the end). The page is made longer than this, not shorter.
 */
export const NATIVE_SCAN_LENGTH = 1000;

const WARM_UP_TEXT = [
  "Lettre d'information n° 12 – printemps 2024",
  '',
  "Le Pôle territorial de coopération économique Vallée Verte réunit 34 structures de l'économie sociale",
  "et solidaire du bassin. Le 14 mars 2024, l'association Les Jardins du Coteau a inauguré sa recyclerie",
  'en présence de Mme Claire Dubreuil, présidente, et de M. Julien Marchal, directeur de la SCIC Terres Communes.',
  "En 2023, le chiffre d'affaires a atteint 1,2 million d'euros (+15 %) et 27 emplois ont été créés, dont 12",
  "en insertion. Le Conseil régional des Hauts-de-France a versé une subvention de 45 000 € ; la Communauté",
  "d'agglomération du Val Fleuri (CAVF) soutient le projet depuis 2019.",
  'En octobre, la Ressourcerie du Pré Vert a formé 18 bénévoles et remis en état 640 vélos pour les habitants du canton.',
  '« Nous avons accueilli 1 250 visiteurs », explique Sophie Lemaire, coordinatrice du réseau.',
  'Contact : contact@vallee-verte.example.org – 03 21 00 00 00 – www.vallee-verte.example.org',
  'Prochaine rencontre : du 2 au 4 octobre 2024 à la Maison des associations, 12 rue des Tilleuls, 62000 Arras.',
].join('\n');

/** Two pages of the invented newsletter (two, so that document-wide steps see more than one page). */
export const WARM_UP_PAGES: readonly PageInput[] = [
  { page: 1, text: WARM_UP_TEXT, source: 'text' },
  { page: 2, text: WARM_UP_TEXT, source: 'text' },
];
