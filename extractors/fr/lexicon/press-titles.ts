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
  {
    id: 'press-regional-weeklies-web-broadcast',
    why: 'The rest of the French press a local report or a newsletter cites: the regional dailies and the local weeklies of every region by their full titles, the independent news sites, the trade press of social action, local government and farming, and the national, regional and overseas radio and television stations. Titles that are also a place with its article (a pays, a county: `Le Trégor`, `Le Pays d\'Auge`), a common phrase a web address with a dot, or a country name before an adjective that writes a common phrase (the farm weekly named after `la France agricole`) are left out, as in the first part.',
    names: [
      // Dailies and weeklies, north-east to south-west, then the overseas ones.
      "L'Est éclair", 'Libération Champagne', 'Le Journal de la Haute-Marne', 'Vosges Matin', "La Liberté de l'Est",
      "Les Dernières Nouvelles d'Alsace", 'Nord Éclair', 'Nord Littoral', "L'Avenir de l'Artois", 'La Semaine dans le Boulonnais',
      "L'Observateur du Cambrésis", "L'Observateur de l'Avesnois", "L'Aisne nouvelle", 'Le Courrier cauchois', 'Les Informations dieppoises',
      'Le Publicateur libre', "L'Éveil normand", "L'Écho de l'Armor et de l'Argoat", "Le Petit Bleu des Côtes d'Armor", 'Pontivy Journal',
      'Le Mensuel de Rennes', 'Le Journal de Vitré', 'Les Infos du Pays de Redon', 'La Gazette du Centre Morbihan', "L'Écho de la Presqu'île",
      'Le Courrier vendéen', 'Le Journal des Sables', "L'Hebdo de Sèvre et Maine", 'Le Courrier de la Mayenne', "L'Éclaireur du Gâtinais",
      'Le Journal de Gien', 'La Nouvelle République du Centre-Ouest', 'Le Journal de Saône-et-Loire', 'La Voix du Jura', 'La Presse de Vesoul',
      'La Presse de Gray', "L'Éveil de la Haute-Loire", 'Le Réveil du Vivarais', "L'Essor savoyard", 'Le Messager de Haute-Savoie',
      "L'Hebdo de l'Ardèche", "La Semaine de l'Allier", 'La Tribune Le Progrès', 'Le Patriote Beaujolais', 'Lyon Capitale', 'Tribune de Lyon',
      'Le Petit Bulletin', 'Monaco-Matin', 'Le Journal de la Corse', 'Corse Net Infos', 'La Semaine du Roussillon', 'La Gazette de Montpellier',
      'Le Journal toulousain', 'La République des Pyrénées', "L'Éclair des Pyrénées", 'La Dordogne libre', 'La Vie corrézienne',
      'Le Petit Bleu de Lot-et-Garonne', 'Le Courrier français', 'Le Journal du Médoc', 'Mayotte Hebdo', 'Flash Infos Mayotte',
      'La Dépêche de Tahiti', 'France-Antilles Martinique', 'France-Antilles Guadeloupe', 'Zinfos974', 'Imaz Press', 'Clicanoo',
      // Independent news sites and magazines, national and local.
      'Marsactu', 'Le Ravi', 'Gomet', 'Mediacités', 'StreetPress', 'Rue89 Strasbourg', 'Rue89 Lyon', 'Rue89 Bordeaux', 'Bastamag', 'Politis',
      'Konbini', 'Le Journal du Net', 'Altermondes', 'Courrier international', 'Le Journal du Grand Paris', 'Outremers 360',
      'Ouest-France Entreprises', 'Les Échos Entrepreneurs',
      // Trade press of local government, social action, health and farming.
      'Maire info', 'Le Journal des communes', 'La Lettre du cadre territorial', 'La Gazette Santé Social', 'Le Média social',
      'Actualités sociales hebdomadaires', "Le Journal de l'action sociale", 'Hospimedia', 'Juris associations', "Associations mode d'emploi",
      'Le Quotidien du médecin', 'Paysan breton', 'Terre-net',
      // Radio and television: national, regional and overseas.
      'CNews', 'Euronews', 'TV5 Monde', 'La Chaîne parlementaire', 'Radio Classique', 'Sud Radio', 'Fun Radio', 'Virgin Radio', 'Chérie FM',
      'Radio Notre Dame', 'Radio Campus', 'Outre-mer la 1ère', 'France Ô', 'Antenne Réunion', 'Radio Péyi', 'Tendance Ouest', 'Tébéo', 'TébéSud',
      'TV7 Bordeaux', 'Télénantes', 'TV Vendée', 'Télé Grenoble', 'BFM Lyon', 'BFM Paris', 'Wéo', 'Alsace 20', 'Maritima',
    ],
  },
  {
    id: 'press-faith-private-radio',
    why: 'The religious press and broadcasters a parish, a charity or a school cites, and the national private radio networks and their local stations a local report names as the one that covered an event: titles with no type word, a coined word or a common word in capitals. `La Vie`, `Réforme`, `Nostalgie` and `Chérie` alone are left out: common words a capital at a sentence\'s start would read.',
    names: [
      // Faith press, web media and broadcasters.
      'Aleteia', 'Famille chrétienne', 'Le Pèlerin', 'Pèlerin Magazine', 'Témoignage chrétien', 'La Croix Hebdo', 'KTO', 'KTOTV', 'RCF',
      'Radio Chrétienne Francophone', 'Radio Fidélité', 'Radio Présence', 'Radio Shalom', 'Radio Orient', 'Beur FM', 'Radio Maria',
      // Private radio networks and their regional stations.
      'NRJ', 'RFM', 'Skyrock', 'Rire et Chansons', 'Radio Nostalgie', 'Europe 2', 'Radio Scoop', 'Alouette FM', 'Radio Alouette',
      'Hit West', 'Flash FM', 'Virage Radio', 'Radio Star', 'Radio Espace', 'Radio Mont Blanc', 'Fréquence Plus', 'Radio Contact',
      'Tropiques FM', 'NRJ Antilles', 'Radio Freedom', 'Radio Caraïbes', 'Radio 1 Tahiti', 'Radio Rythme Bleu',
    ],
  },
];
