/**
 * The eleventh round of hostile inputs (issue 13): the PDFs of round11-pdfs.ts, a font or an image
 * pdf.js cannot read shared by several pages. Every page that lost text must be named, in one
 * warning for the document.
 */
import { type Case, hostilePdfCase } from './cases.js';
import { ROUND11_KINDS, makeRound11Pdfs } from './round11-pdfs.js';

export const ROUND11_CASES: Case[] = ROUND11_KINDS.map((kind) => hostilePdfCase(11, kind, makeRound11Pdfs));
