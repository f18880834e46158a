/**
 * France's areas no commune list holds, written from general knowledge (session 36): natural and historic areas and
 * `pays` (`la Beauce`, `le Vexin`, `le Pays basque`), massifs, valleys and coasts read as territories (`les Cévennes`,
 * `la Côte d'Opale`), agglomerations by their usual `Grand X` name when no body bears it (`le Grand Marseille`), overseas territories and their
 * main towns (`Mata-Utu`; most are communes of places.ts). Alone, each names a place, like the communes of places.ts, and `isPlaceName`
 * reads them with those (`isAreaName` tells them apart). Left out: names that are also a French common word or a given name (`Brie`, `Perche`,
 * `Marche`, `Léon`, `Bocage`, `Chartreuse`, `Réunion` alone), or a frequent surname (`Morvan`, `Valois`, `Barrois`,
 * `Genevois`: a person's capitals are no place), or the name of a body as well
 * (`Mauges`, of `Mauges Communauté`; an agglomeration's `Grand X` that names its intercommunality, now or before, `Grand Annecy`,
 * `Grand Lyon`; `Briançonnais`, of a `pays` body), or the head of a longer name here that goes on in lower case (`Polynésie`,
 * `Antilles`: `Polynésie française` would end at its first word), or mostly a brand (`Armor`, `Riviera`), or mostly a people's word (`Lyonnais`).
 * One name a line group, as written; folded on load.
 */
const NAMES = `
Pays basque|Labourd|Basse-Navarre|Soule|Bigorre|Comminges|Couserans|Barousse|Lauragais|Albigeois|Minervois|Corbières|Cerdagne|Capcir|Conflent|Vallespir|Fenouillèdes|Pays catalan|Pays cathare
Lomagne|Chalosse|Tursan|Médoc|Entre-deux-Mers|Blayais|Libournais|Bazadais|Landes de Gascogne|Pays de Buch|Marensin|Gascogne|Guyenne|Armagnac|Agenais|Quercy|Rouergue|Périgord|Périgord noir|Périgord vert|Périgord blanc|Périgord pourpre
Saintonge|Aunis|Angoumois|Marais poitevin|Gâtine|Gâtine poitevine|Saumurois|Baugeois|Segréen|Choletais|Pays de Retz|Pays nantais|Brière|Presqu'île guérandaise
Cornouaille|Trégor|Goëlo|Penthièvre|Pays bigouden|Brocéliande|Argoat|Pays pourlet|Pays vannetais|Pays de Redon
Cotentin|Avranchin|Bessin|Pays d'Auge|Pays de Caux|Pays de Bray|Roumois|Lieuvin|Suisse normande|Bocage normand|Pays d'Ouche|Vexin|Vexin normand|Vexin français|Pays de France|Parisis|Hurepoix|Gâtinais|Mantois|Multien|Goële
Soissonnais|Laonnois|Tardenois|Thiérache|Vermandois|Santerre|Amiénois|Ponthieu|Vimeu|Marquenterre|Boulonnais|Calaisis|Audomarois|Ternois|Cambrésis|Avesnois|Hainaut|Douaisis|Ostrevent|Pévèle|Weppes|Flandre intérieure|Westhoek|Pays minier|Bassin minier
Ardenne|Argonne|Champagne crayeuse|Champagne humide|Perthois|Bassigny|Woëvre|Pays-Haut|Saulnois|Sundgau|Kochersberg|Outre-Forêt|Alsace bossue|Vosges du Nord|Hautes-Vosges|Massif des Vosges|Haut-Jura|Massif du Jura|Pays de Montbéliard|Haut-Doubs
Bugey|Dombes|Bresse|Revermont|Pays de Gex|Chablais|Faucigny|Tarentaise|Maurienne|Beaufortain|Bauges|Aravis|Vercors|Oisans|Trièves|Matheysine|Grésivaudan|Royans|Diois|Baronnies|Tricastin|Drôme provençale|Valentinois|Vivarais|Beaujolais|Monts du Lyonnais|Forez|Roannais|Velay|Gévaudan
Comtat Venaissin|Luberon|Ventoux|Alpilles|Crau|Camargue|Sainte-Baume|Haut-Var|Verdon|Estérel|Massif des Maures|Pays de Grasse|Vésubie|Ubaye|Champsaur|Valgaudemar|Queyras|Embrunais|Dévoluy|Gapençais|Buëch|Pays de Forcalquier|Haute-Provence|Pays d'Aix|Pays d'Arles
Margeride|Aubrac|Causses|Grands Causses|Larzac|Cévennes|Cézallier|Artense|Combrailles|Livradois|Livradois-Forez|Limagne|Chaîne des Puys|Monts du Cantal|Planèze|Châtaigneraie|Xaintrie|Millevaches|Plateau de Millevaches|Bourbonnais|Nivernais|Puisaye|Auxois|Bazois|Charolais|Brionnais|Mâconnais|Chalonnais|Côte chalonnaise|Auxerrois|Tonnerrois|Sénonais
Champagne berrichonne|Boischaut|Sancerrois|Sologne|Brenne|Vendômois|Dunois|Blésois|Orléanais|Pays Fort|Val de Loire|Vallée de la Loire|Vallée du Rhône|Vallée de la Seine|Vallée de Chevreuse|Vallée de la Dordogne|Vallée du Lot|Vallée de la Vézère|Vallée d'Aspe|Vallée d'Ossau|Vallée de l'Arve|Vallée de la Marne
Castagniccia|Balagne|Cap Corse|Nebbio|Niolo|Alta Rocca|Sartenais|Valinco
Massif central|Pyrénées|Alpes|Côte d'Azur|Côte d'Opale|Côte d'Émeraude|Côte de Granit rose|Côte sauvage|Côte d'Argent|Côte vermeille|Côte bleue|Côte fleurie|Côte d'Albâtre|Côte de Nacre|Côte basque|Côte atlantique|Littoral atlantique|Île de Ré|Île d'Oléron|Noirmoutier|Île d'Yeu
Grand Paris|Grand Marseille|Grand Lille|Grand Bordeaux|Grand Nantes|Grand Angers|Grand Rennes|Grand Rouen|Grand Nîmes|Grand Montpellier|Grand Orléans|Grand Tours|Grand Ouest|Grand Sud|Grand Sud-Ouest|Grand Nord
Antilles françaises|Outre-mer|Tahiti|Moorea|Wallis|Futuna|Terres australes|Grande-Terre|Marie-Galante|Les Saintes|Îles Loyauté|Marquises|Tuamotu|Îles Sous-le-Vent|Raiatea|Île de la Réunion
Mata-Utu
`;

/** The names joined by `|`, as places.ts writes its communes (folded by the lookup). */
export const AREAS_SOURCE: string = NAMES.split(/[|\n]/u).map((name) => name.trim()).filter((name) => name !== '').join('|');
