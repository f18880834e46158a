/** The date a file's name gives: the shapes people name files with, and the names of devices, years alone and times left out. */
import { describe, expect, it } from 'vitest';
import { readFileNameDate } from '../../../extractors/fr/file-name-date.js';

describe('readFileNameDate', () => {
  it.each([
    ['CR-bureau-2024-03-12.pdf', '2024-03-12'],
    ['PV_AG_2023_06_24_v2.pdf', '2023-06-24'],
    ['20231115 reunion partenaires.pdf', '2023-11-15'],
    ['12.03.2024 compte rendu.pdf', '2024-03-12'],
    ['CA du 5-7-2022.pdf', '2022-07-05'],
    ['Comité de pilotage 8 février 2021.pdf', '2021-02-08'],
    ['lettre-info-mars-2024.pdf', '2024-03'],
    ['Bilan_nov2023.pdf', '2023-11'],
    ['Newsletter_2024-05_n12.pdf', '2024-05'],
    ['/home/ana/Documents/PTCE/CR 2024-03-12.pdf', '2024-03-12'],
    ['C:\\Corpus\\seminaire 14-10-2022.pdf', '2022-10-14'],
  ])('reads %s as %s', (name, expected) => {
    expect(readFileNameDate(name)).toBe(expected);
  });

  it.each([
    ['a year alone: the year an activity report reports, published the next', 'rapport-activite-2022.pdf'],
    ['a school year', 'programme 2023-2024.pdf'],
    ['a date with a time: a device stamped it when it made the file', '20240312_103512.pdf'],
    ['a date with a time written with a dot', 'Compte rendu 12-03-2024 10.35.pdf'],
    ['a scanning app names it', 'CamScanner 12-03-2024.pdf'],
    ['a scanner names it', 'scan_2024-03-12.pdf'],
    ['a phone names it', 'IMG-20240312-WA0004.jpg'],
    ['two dates: which one is the document’s is a guess', 'CR 2024-03-12 relu 2024-04-02.pdf'],
    ['a day no calendar has', 'CR-2023-02-30.pdf'],
    ['no date', 'plaquette PTCE.pdf'],
    ['no name', undefined],
    ['a month word inside a word', 'Domaine2024.pdf'],
  ])('reads no date when %s (%s)', (_why, name) => {
    expect(readFileNameDate(name)).toBeNull();
  });
});
