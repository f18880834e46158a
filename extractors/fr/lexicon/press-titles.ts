/**
 * Gazetteer, part 4: the French press, radio and television a document cites as its source or
 * quotes (`article de Ouest-France`, `selon La Gazette des communes`, `(Le Télégramme)`). Written from
 * general knowledge of French media, never from the texts being scored: national and regional dailies,
 * the weeklies of local and social-economy news, the public radio and television networks. Titles that
 * are also a common phrase or a place with its article (`Le Monde`, `La Croix`, `La Montagne`, `La Provence`,
 * `Sud Ouest`, `Le Point`, `Libération`) are left out: a capital at a sentence's start would read them.
 * How an entry matches: see `ess-networks.ts`.
 */
import type { GazetteerCategory } from './ess-networks.js';

export const PRESS_CATEGORIES: readonly GazetteerCategory[] = [
  {
    id: 'press-media',
    why: 'National and regional newspapers, magazines, radio and television: a report or a web page cites them as the source of an article or an interview, by title alone, and their titles (an adjective, a place, a newspaper word) carry no type word the rules read.',
    names: [
      'Le Figaro', 'Le Parisien', 'Aujourd\'hui en France', 'Les Échos', 'Alternatives économiques', 'La Gazette des communes',
      'Le Journal du dimanche', 'Mediapart', 'Le Monde diplomatique', 'Télérama', 'Ouest-France', 'L\'Est républicain',
      'Le Républicain lorrain', 'La Voix du Nord', 'Le Télégramme', 'Midi libre', 'Nice-Matin', 'Var-Matin', 'Corse-Matin',
      'Le Dauphiné libéré', 'La Dépêche du Midi', 'La Nouvelle République', 'Le Courrier picard', 'Paris-Normandie',
      'Presse Océan', 'Le Courrier de l\'Ouest', 'Dernières Nouvelles d\'Alsace', 'Le Bien public', 'Journal de Saône-et-Loire',
      'L\'Yonne républicaine', 'Le Berry républicain', 'L\'Écho républicain', 'La République du Centre', 'Le Journal du Centre',
      'Le Populaire du Centre', 'Charente libre', 'Le Maine libre', 'La Manche libre', 'La Presse de la Manche', 'Centre Presse',
      'La Voix de l\'Ain', 'Le Progrès de Lyon', 'Le Journal de l\'île de La Réunion', 'Le Quotidien de La Réunion', 'France-Antilles',
      'France Bleu', 'France Inter', 'France Culture', 'Franceinfo', 'France Info', 'France Télévisions', 'Radio France', 'France 24',
      // Weeklies, web media of the ESS, the environment and local public life; national radio and television channels;
      // the overseas public networks and dailies.
      'Le Moniteur', "L'Humanité", "L'Express", "L'Obs", 'Le Nouvel Obs', 'Le Nouvel Observateur', 'Les Inrockuptibles',
      'Le Canard enchaîné', 'Le Nouvel Économiste', 'Reporterre', 'Socialter', 'Usbek & Rica', 'Acteurs publics', 'Localtis',
      'Carenews', 'Le Courrier des maires', 'Le Journal des entreprises', "Le Journal de l'environnement", 'Actu-Environnement',
      'HuffPost', 'Rue89', 'Arte', 'TF1', 'France 2', 'France 3', 'France 5', 'Public Sénat', 'Europe 1', 'RTL',
      'RMC', 'BFMTV', 'BFM TV', 'LCI', 'TV5Monde', 'France Musique', 'Radio France internationale', 'France Médias Monde',
      'Radio Nova', 'Guadeloupe la 1ère', 'Martinique la 1ère', 'Guyane la 1ère', 'Réunion la 1ère', 'Mayotte la 1ère',
      'Polynésie la 1ère', 'Nouvelle-Calédonie la 1ère', 'NC la 1ère', 'France-Guyane', 'Les Nouvelles calédoniennes',
      'Le Journal de Mayotte', 'Tahiti Infos', 'Radio Caraïbes Internationale',
    ],
  },
];
