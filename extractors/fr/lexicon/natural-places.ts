/**
 * Places no commune list holds, written from general knowledge (session 37, not read off any page), read with the areas
 * of areas.ts by `isPlaceName` and `isAreaName`: France's rivers and streams by their usual names (those no department
 * already names: `Garonne`, `Adour`, `Vézère`), lakes, ponds and lagoons, islands, mountains and massifs, seas, bays,
 * gulfs and estuaries, forests, gorges, national and regional parks' areas by their place name, cross-border and
 * European regions, world regions and the main foreign cities French documents cite (`Bruxelles`, `Genève`, `Dakar`).
 * Alone, each names a place. Left out, as in areas.ts: names that are also a French common word or a given name
 * (`Lot`, `Somme`, `Orge`, `Aube`, `Vilaine`, `Rance`, `Loir`, `Gardon`, `Berne`, `Liège`, `Porto`, `Piémont`, `Écrins`,
 * `Florence`, `Yvette`, `Sydney`, `Atlantique`, `Pacifique` alone), taken only in a shape that cannot be a word
 * (`Vallée du Lot`, `Océan Atlantique`); frequent surnames (`Aragon`, `Odet`, `Rodrigues`); names that are also a body's
 * (`Eurométropole`, `Union européenne`, `Wallonie-Bruxelles`, a water agency's basin `Loire-Bretagne`).
 * One name a line group, as written; folded on load.
 */
const RIVERS = `
Seine|Garonne|Rhin|Adour|Vézère|Dronne|Isle et Dronne|Gave de Pau|Gave d'Oloron|Gave de Mauléon|Nive|Bidassoa|Midouze|Leyre|Dropt|Célé|Vallée du Lot|Vallée de la Somme|Vallée de l'Aube|Vallée de la Vilaine|Vallée de la Rance|Vallée de l'Orge
Viaur|Agout|Dourbie|Truyère|Cère|Maronne|Alagnon|Sioule|Besbre|Lignon|Furan|Gier|Durance|Ubaye|Drac|Arve|Saône|Ognon|Doubs|Orbieu|Agly|Têt|Vidourle|Cèze|Eyrieux|Ouvèze|Sorgue|Argens|Siagne|Roya|Tinée|Golo|Tavignano|Taravo|Gravona|Prunelli
Huisne|Erdre|Blavet|Scorff|Élorn|Couesnon|Sélune|Risle|Epte|Andelle|Bresle|Authie|Canche|Escaut|Scarpe|Deûle|Sambre|Ourcq|Armançon|Loing|Bièvre|Meurthe|Sarre|Zorn|Moder|Sauer|Thur|Doller|Semois
Gartempe|Claise|Sauldre|Beuvron|Loiret|Arroux|Bourbince|Yèvre|Arnon|Thouet|Sèvre niortaise|Sèvre nantaise|Seudre|Maroni|Oyapock|Approuague
Vallée de la Garonne|Vallée de l'Adour|Vallée de la Durance|Vallée de la Saône|Vallée de l'Isère|Vallée du Rhin|Vallée de la Meuse|Vallée de la Moselle|Vallée de l'Oise|Vallée de la Sambre|Vallée de l'Hérault|Vallée de la Bruche|Vallée de l'Yonne|Vallée de la Creuse|Vallée du Cher|Vallée de l'Indre|Vallée de la Vienne|Vallée de la Sarthe|Vallée du Loir
Estuaire de la Loire|Estuaire de la Seine|Estuaire de la Gironde|Bassin d'Arcachon|Bassin parisien|Bassin aquitain|Bassin de la Garonne|Bassin de la Seine|Bassin de la Loire|Bassin du Rhône
`;

const WATERS_AND_COASTS = `
Lac Léman|Léman|Lac d'Annecy|Lac du Bourget|Lac de Serre-Ponçon|Lac de Sainte-Croix|Lac du Der|Lac de Vassivière|Lac de Grand-Lieu|Lac de Paladru|Lac d'Aiguebelette|Lac de Guerlédan|Lac de Pareloup|Lac de Vouglans|Lac de Madine|Lac du Salagou|Lac de Naussac|Lac Pavin|Lac Chambon|Lac de Genève|Lac de Constance|Lac Majeur|Lacs de la Forêt d'Orient
Étang de Berre|Étang de Thau|Étang de Vaccarès|Étangs de la Dombes|Lagune de Thau|Lac de Lacanau|Lac d'Hourtin|Lac de Biscarrosse|Lac de Cazaux
Manche et mer du Nord|Mer du Nord|Mer Méditerranée|Méditerranée|Océan Atlantique|Océan Indien|Océan Pacifique|Mer des Caraïbes|Caraïbes|Mer Baltique|Mer d'Iroise|Iroise|Golfe de Gascogne|Golfe du Lion|Golfe du Morbihan|Golfe de Saint-Tropez|Golfe d'Ajaccio
Baie de Somme|Baie du Mont-Saint-Michel|Baie de Saint-Brieuc|Baie d'Authie|Baie de Seine|Baie de Quiberon|Baie de Douarnenez|Baie d'Audierne|Baie de Morlaix|Baie des Anges|Baie de Bourgneuf|Baie de l'Aiguillon|Rade de Brest|Rade de Toulon|Pertuis charentais|Pertuis d'Antioche|Pertuis breton|Massif des Calanques
`;

const ISLANDS = `
Belle-Île|Belle-Île-en-Mer|Île de Groix|Île de Batz|Île de Sein|Île d'Ouessant|Île-aux-Moines|Île d'Arz|Île de Bréhat|Bréhat|Îles Chausey|Chausey|Glénan|Îles des Glénan|Houat|Hoëdic|Île de Molène|Île d'Aix|Île Madame|Île de Noirmoutier|Porquerolles|Port-Cros|Île du Levant|Îles d'Hyères|Îles de Lérins|Îles du Frioul
Îles anglo-normandes|Guernesey|Aurigny|Sercq|Kerguelen|Îles Kerguelen|Crozet|Clipperton|Saint-Barthélemy|Saint-Martin|Petite-Terre|La Désirade|Désirade|Bora-Bora|Huahine|Rangiroa|Îles Australes|Îles Gambier|Îles du Vent|Lifou|Ouvéa|Île des Pins|Îles Marquises|Polynésie française|Saint-Pierre-et-Miquelon|Wallis-et-Futuna|Nouvelle-Calédonie
Sardaigne|Sicile|Baléares|Majorque|Minorque|Canaries|Îles Canaries|Açores|Cap-Vert
`;

const MOUNTAINS_AND_FORESTS = `
Mont Blanc|Massif du Mont-Blanc|Mont Ventoux|Mont Aigoual|Aigoual|Mont Lozère|Mont Gerbier-de-Jonc|Mont Mézenc|Mézenc|Pic du Midi|Canigou|Mont Canigou|Puy de Sancy|Massif du Sancy|Sancy|Monts Dore|Monts du Forez|Monts de la Madeleine|Monts du Lyonnais|Monts de Lacaune|Monts d'Ardèche|Monts d'Arrée|Monts du Cantal|Massif du Pilat|Pilat|Mont Pilat
Massif des Écrins|Belledonne|Massif de la Chartreuse|Massif des Bauges|Massif du Vercors|Massif du Morvan|Massif armoricain|Massif de l'Esterel|Massif de la Clape|Montagne Noire|Montagne de Reims|Montagne Sainte-Victoire|Sainte-Victoire|Ballons des Vosges|Grand Ballon|Alpes du Nord|Alpes du Sud|Préalpes|Préalpes d'Azur|Alpes-Maritimes|Vanoise|Mercantour|Mont-Saint-Michel|Cirque de Gavarnie|Gorges du Tarn|Gorges de l'Ardèche|Gorges du Verdon|Volcans d'Auvergne
Forêt de Fontainebleau|Forêt de Compiègne|Forêt de Rambouillet|Forêt d'Orléans|Forêt de Tronçais|Forêt de Chaux|Forêt de Brocéliande|Forêt de Paimpont|Forêt des Landes|Forêt landaise|Forêt de Chantilly|Forêt de Saint-Germain|Forêt de Sénart|Forêt de Montmorency|Forêt de Retz|Forêt de Bercé|Forêt de Haguenau|Forêt d'Iraty|Forêt de Lyons|Forêt de Brotonne|Forêt d'Eu|Forêt de Cerisy|Forêt de Mormal|Forêt de Saint-Gobain|Forêt de Darney|Forêt d'Orient|Forêt de la Sainte-Baume
Caps et Marais d'Opale|Scarpe-Escaut|Haute Vallée de Chevreuse|Gâtinais français|Loire-Anjou-Touraine|Périgord-Limousin|Pyrénées ariégeoises|Pyrénées catalanes|Haut-Languedoc|Narbonnaise|Causses du Quercy|Baronnies provençales|Marais du Cotentin|Boucles de la Seine normande|Doubs horloger
`;

const ABROAD = `
Grande Région|Rhin supérieur|Benelux|Wallonie|Flandre|Flandres|Catalogne|Euskadi|Navarre|Val d'Aoste|Vallée d'Aoste|Lombardie|Ligurie|Bavière|Bade-Wurtemberg|Rhénanie-Palatinat|Sarre|Suisse romande|Romandie|Tessin|Valais|Canton de Vaud|Canton de Genève|Andalousie|Galice|Asturies|Cantabrie|Pays de Galles|Irlande du Nord|Cornouailles
Europe centrale|Europe de l'Est|Europe du Nord|Europe du Sud|Europe de l'Ouest|Afrique de l'Ouest|Afrique de l'Est|Afrique du Nord|Afrique centrale|Afrique australe|Afrique subsaharienne|Amérique latine|Amérique du Sud|Amérique du Nord|Amérique centrale|Proche-Orient|Moyen-Orient|Asie du Sud-Est|Balkans|Sahel|Scandinavie|Caucase|Outre-Manche|Outre-Atlantique|Outre-Rhin
Bruxelles|Genève|Lausanne|Bâle|Zurich|Londres|Berlin|Munich|Francfort|Hambourg|Stuttgart|Fribourg-en-Brisgau|Sarrebruck|Karlsruhe|Madrid|Barcelone|Bilbao|Saint-Sébastien|Lisbonne|Rome|Turin|Naples|Venise|Amsterdam|Rotterdam|Anvers|Gand|Namur|Charleroi|Tournai|Courtrai|Ostende|Bruges|Louvain
Prague|Varsovie|Cracovie|Budapest|Bucarest|Athènes|Istanbul|Stockholm|Copenhague|Oslo|Helsinki|Dublin|Édimbourg|Manchester|Montréal|New York|Dakar|Abidjan|Bamako|Ouagadougou|Niamey|Tunis|Alger|Casablanca|Marrakech|Le Caire|Beyrouth|Kinshasa|Brazzaville|Douala|Yaoundé|Cotonou|Lomé|Libreville|Antananarivo|Port-Louis|Nouakchott|Conakry
Tokyo|Shanghai|Bombay|New Delhi|Hanoï|São Paulo|Rio de Janeiro|Buenos Aires|Bogota|Port-au-Prince
`;

/** The places abroad alone (regions and cities outside France), joined by `|` (lexicon-lookup.ts `isPlaceAbroad`). */
export const PLACES_ABROAD_SOURCE: string = ABROAD.split(/[|\n]/u).map((name) => name.trim()).filter((name) => name !== '').join('|');

/** The names joined by `|`, as areas.ts writes its areas (folded by the lookup). */
export const NATURAL_PLACES_SOURCE: string = [RIVERS, WATERS_AND_COASTS, ISLANDS, MOUNTAINS_AND_FORESTS, ABROAD]
  .join('\n')
  .split(/[|\n]/u)
  .map((name) => name.trim())
  .filter((name) => name !== '')
  .join('|');
