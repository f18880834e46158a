/**
 * Generates `extractors/fr/lexicon/surnames.ts`: frequent French surnames, from
 * @faker-js/faker's French locale plus the most frequent surnames in France (INSEE civil
 * registers) that faker lacks. Rules that take a capitalised word for an organisation's name
 * from its context alone (`porté par X`) use it to leave surnames out.
 * Run: `node --import tsx scripts/build-lexicon-surnames.ts`. Build time only.
 */
import { writeFile } from 'node:fs/promises';
import { fakerFR } from '@faker-js/faker';
import { isCommonWord, isPlaceName } from '../extractors/fr/lexicon-lookup.js';

const SUPPLEMENT = `
Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux
David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefèvre Faure
André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier Garcia Perrin Robin Clément
Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Marie Lemaire Noël Meyer
Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard
Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix
Olivier Philippe Bourgeois Pierre Benoît Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Lopez Jean
Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur Perez Boucher
Fleury Royer Klein Jacquet Adam Poirier Marty Aubry Guyot Carré Charles Renault Charpentier Ménard
Maillard Baron Bertin Bailly Hervé Schneider Fernandez Collet Léger Bouvier Julien Prévost Millet Perrot
Daniel Cousin Germain Breton Besson Langlois Rémy Pelletier Lévêque Perrier Leblanc Barré Lebrun Marchal
Weber Mallet Hamon Boulanger Jacob Monnier Michaud Rodriguez Guichard Gillet Étienne Poulain Tessier
Chevallier Collin Chauvin Bouchet Gay Lemaître Bénard Maréchal Humbert Reynaud Antoine Perret Barthélémy
Cordier Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte Lefort Delattre Delannoy Dhaussy
Desmet Lemaire Lecocq Vandenberghe Deprez Dewaele Delcroix Devos Duhamel Lefrançois Caudron Delmotte
`;

/**
 * Written from general knowledge (session 36): frequent surnames of France beyond the list above (national
 * frequency ranks roughly 200 to 1000), then regional ones (Breton, Alsatian and Lorrain, Basque, Corsican,
 * Occitan, Flemish and Picard), overseas ones (La Réunion, the Antilles and Guiana, Mayotte, Polynesia, New
 * Caledonia and Wallis) and those of families of immigrant origin frequent in France. Unlike the lists above,
 * each passes a filter (`addChecked`): no common French word (`Fontaine`, `Merle`: a person reader would take it
 * at a sentence's start), no place, no word of three letters or fewer (`Le`, `Vu`, `Mai`).
 */
const GENERAL_SUPPLEMENT = `
Aubry Barbier Baudry Bazin Besnard Bigot Blanchet Blondel Bonnin Bouchard Bourdon Bousquet Boutin Briand Bruneau
Brunel Camus Chapuis Chartier Charrier Chauveau Chauvet Colas Coste Coulon Courtois Delage Delorme Delmas Deslandes
Devaux Drouet Dupré Ferrand Forestier Foucher Fouquet Gervais Girault Godard Grégoire Guillet Guillon Guyon Hamel
Hébert Imbert Jolly Jourdan Joubert Labbé Lacombe Lagarde Langlais Lebreton Leconte Leduc Lefranc Legendre
Lemonnier Leblond Lecoq Léonard Levy Lévy Lombard Maillot Martel Martineau Maurice Mahé Michon Navarro Neveu
Petitjean Pineau Raymond Raynaud Rocher Rousset Texier Thibault Tournier Verdier Villard Voisin Baudouin Bertin
Bouvet Brunier Chevrier Delahaye Delattre Dumoulin Fleury Gauthier Gosselin Guillaume Hamelin Jacquot Lamotte
Laine Lainé Lebeau Lecler Leclère Lefevre Legros Lemercier Lenoir Lepage Leray Letellier Maillet Marechal
Marchal Mathis Maury Menard Millot Mouchet Pasquet Pelletier Picot Poirier Pons Pottier Poulet Prudhomme
Ragot Raynal Renaudin Riou Rivet Roussel Royer Tessier Thiebaut Thomassin Vallet Vasseur Vial Vigneron Barthe
Bernier Blin Bonneau Boulay Bourgeois Bouquet Brossard Chevalier Clerc Cochet Collard Corre Cuvelier Delaporte
Desbois Duchesne Dufresne Dumas Ferrier Foulon Gaudin Gauvin Gilbert Godin Goujon Gros Guérin Guibert Hardouin
Herbert Hoarau Jacquemin Jouan Joly Julien Lacour Laffont Lafont Lagrange Lamarque Lambert Lavigne Lebas Lebon
Leblanc Lefort Legrand Lemaitre Leroux Lesage Letort Levasseur Lhermitte Loiseau Lucas Mallet Marchand Martinet
Massé Maurin Meunier Michel Monnier Morin Moulin Nicolle Ollivier Paris Paquet Perrot Pichon Poisson Pottier Prévot
Reboul Regnier Reynaud Roche Rossignol Rousseau Roy Sabatier Salmon Simonet Tanguy Thévenin Thierry Tissier
Vaillant Vallée Verger Vidal Vignal Vincent Weiss
Guivarch Quéré Cloarec Thépaut Kerjean Guéguen Jézéquel Coadou Kermarrec Prigent Hénaff Cadiou Quéméner
Queffelec Gourmelon Salaün Derrien Rannou Lagadec Urvoy Donval Bescond Floch Goasdoué Kerhervé Penven Créach
Glémarec Abgrall Tréguer Pichavant Gourvès Inizan Nédélec Caroff Cornec Guillerm Hascoët Kerdraon Madec Mével
Pennec Pouliquen Quillévéré Stéphan Tromeur Lozac'h Gestin Guézennec Kerneis Guillou Jaouen Kervella Kerouédan
Fischer Wagner Becker Hoffmann Schaeffer Zimmermann Bauer Richter Wolff Kieffer Hartmann Keller Roth Haas Huber
Kuntz Ebel Koehl Kern Lutz Pfister Reiss Ritter Schaller Schwartz Sieffert Stoll Ulrich Vogel Wendling Wurtz
Zimmer Burckel Bruckert Erhard Fritsch Gerber Heitz Hirtz Hummel Jaeger Kautzmann Knobloch Kolb Lehmann Lienhard
Martz Meister Moser Munch Oberlé Riehl Rohmer Schaal Schmidt Scheer Schott Spitz Stahl Steiner Stutz Sutter
Trautmann Ungerer Walch Zeller Braun Dietrich Engel Frey Fuchs Gangloff Grasser Heckel Kientz Kleinclaus
Lorentz Nussbaum Obrecht Ostermann Pfeiffer Reibel Reinhardt Riegert Schweitzer Siegel Specht Strub Ziegler
Etcheverry Etchegaray Etxeberria Irigoyen Elissalde Harriet Iribarne Arrieta Larralde Ospital Garat Aguerre
Olhagaray Haramburu Mendiboure Lassalle Dufau Haristoy Ithurralde Inchauspé Laborde Lafitte Sallaberry Etchepare
Errecart Goyhenetche Hirigoyen Iriart Jaureguiberry Mendizabal Urruty Indart Arotçarena Apezteguia Elizondo
Ibarra Uhart Curutchet Duhalde Ithurbide Etcheto
Santoni Luciani Colonna Leca Casanova Peretti Giacomoni Mattei Albertini Paoli Pietri Filippi Ottaviani
Antonetti Cesari Agostini Bartoli Battesti Cristofini Franceschi Giudicelli Lucchini Marchetti Marcangeli
Nicolai Orsini Padovani Pieri Santini Simeoni Talamoni Tomasi Versini Vincenti Acquaviva Alfonsi Andreani
Ceccaldi Grimaldi Mariani Negroni Orsoni Pasqualini Raffalli Sialelli Valentini Vittori Zuccarelli Angeli
Benedetti Castellani Pinelli Giovannangeli Susini Stefani Tafani
Roustan Espitalier Bourrel Castan Cabanes Puech Soulié Vayssière Lafon Cazals Carrère Fabié Garrigues Lafargue
Lapeyre Lasserre Lavergne Malet Teissier Valette Vergnes Viguier Bouissou Cayrol Coustal Costes Escande Gaubert
Jouve Roumieu Pujol Peyrot Peyrard Estève Auriol Rouquette Sicard Teulade Bérenguer Ginestet Pagès Pradel
Roques Sarda Tourrette Vernhes Azéma Bacou Arnal Bonnafous Carles Combes Fabregat Lacan Lacaze Marcou Rieux
Vanhoutte Declercq Dewitte Deconinck Vermeersch Verhaeghe Vandamme Vanneste Dubrulle Debruyne Deblock Decock
Delebarre Dekeyser Depoorter Desmedt Devulder Goethals Hennebelle Claeys Vandewalle Vanhove Verbeke Verstraete
Decroix Delepine Delporte Dhainaut Lemahieu Vandaele Vercruysse Verdonck Delbecq Desmarets Bultel Lemaire Vasseur
Wattebled Lefebure Dewailly Delobel Leclercq Dufossez Houzé Lenglet Ramette Wallart
Grondin Técher Nativel Dijoux Ethève Lauret Sery Clain Hoareau Gonthier Thazar Baret Damour Folio Mussard
Virapoulle Ramassamy Ramsamy Moutoussamy Dalleau Bègue Sinimalé Mourouvin Babet Pothin Souprayen Valliamée
Velleyen Gigan Nourry Fontano Maunier Boyer Robert Rivière Lebreton Huet Bénard Payet Morel Turpin Maillot
Bellance Marie-Sainte Zénon Nestoret Bernabé Philogène Louis-Sidney Calixte Cyrille Monplaisir Nagau Pélage
Rosemain Thésée Letchimy Lurel Jalton Bardury Berthelot Dorville Fanfant Gabourg Larcher Lautric Mathurin Numa
Pamphile Pancrate Rabathaly Siméon Thélusma Ursulet Beaubrun Jean-Baptiste Pierre-Louis Jean-Louis Jean-Charles
Jean-Gilles Jean-Marie Jean-Joseph Marie-Joseph Saint-Louis Othily Karam Taubira Serville Lecante Horth
Madi Attoumani Ahamada Soilihi Abdallah Houmadi Ousseni Boina Combo Dhoihir Youssouf Hamada Saindou Chanfi
Daroussi Mdallah Kamardine Andhum Anli Bacar Mouhamadi Hamidou
Temaru Flosse Tetuanui Teriitahi Tuheiava Brotherson Raapoto Teariki Tuahu Teura Tehaamoana Taputu Tauotaha
Teihotu Tetopata Vernaudon Buillard Fritch Sanquer Geros Tumahai Tinorua Mahinui Pomare Maamaatuaiahutapu
Wamytan Tjibaou Néaoutyine Gomès Frogier Backès Lafleur Yanno Kotra Uregei Wapotro Ponga Poadja Naisseline
Ounou Djaiwé Wahuzue Gowé Ukeiwé Lalié Vakié Ataba Ouetcho Pidjot Kaloi Wetta Hnawia Wenisso Kasarhérou
Tutugoro Xowie Tyuienon Wahetra Kulimoetoke Taofifenua Tukumuli Muliakaaka Manuohalalo Tialetagi
Benali Benamar Bouzid Belkacem Benaissa Benmohamed Haddad Hamdi Khelifi Mansouri Meziane Mebarki Saidi Slimani
Boukhari Brahimi Cherif Chaouch Djebbar Ferhat Hadjadj Lounis Mokrani Messaoudi Nasri Rahmani Zerrouki Zidane
Amrani Bouaziz Benyahia Boudjemaa Chergui Djellal Hamidi Kaddour Mahdi Moussaoui Ouali Rezgui Sahraoui Tahri
Touati Yahiaoui Zitouni Ziani Aissaoui Belhadj Benabdallah Bensaid Bouzidi Ghanem Hamadi Kaddouri Mimouni Naceri
Toumi Boumediene Aouadi Benchikh Hamou Laouar Bensalem Boudiaf Guerfi Larbi Lakhal Mezouar
Ferreira Pereira Oliveira Carvalho Rodrigues Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto
Teixeira Correia Sousa Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Neves Coelho Cunha Pires Moreira
Machado Fonseca Magalhaes Azevedo Domingues Barbosa Antunes Martins Santos Silva Costa Dias Batista Freitas
Lourenço Tavares Simões Matos
Gonzalez Hernandez Moreno Munoz Alvarez Romero Torres Dominguez Vazquez Ramos Serrano Blanco Molina Ortiz
Delgado Castro Ortega Rubio Marin Sanz Nunez Iglesias Medina Garrido Cortes Castillo Lozano Guerrero Prieto
Mendez Calvo Gallego Herrera Marquez Flores Cabrera Campos Fuentes Carrasco Caballero Reyes Nieto Aguilar
Pascual Santana Herrero Lorenzo Montero Hidalgo Gimenez Ibanez Ferrer Duran Benitez Vargas Arias Carmona Crespo
Pastor Velasco Soler Parra Esteban Gallardo Rojas
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti Mancini Giordano Rizzo
Lombardi Moretti Barbieri Fontana Santoro Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli
Vitale Lombardo Serra Coppola Marchetti Parisi Conte Ferraro Ferri Fabbri Bianco Marini Grasso Messina Genovese
Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Grassi Pellegrini Carbone Giuliani Barone Rossetti
Caputo Montanari Palumbo Bernardi Sartori Ferretti Bellini Pagano Cirillo
Kowalski Nowak Wisniewski Wojcik Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski Kozlowski Jankowski
Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Pawlak Michalski Nowicki Adamczyk Dudek Wieczorek Jablonski
Majewski Olszewski Jaworski Wrobel Malinowski
Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan Cetin Ozkan Simsek
Polat Korkmaz Erdogan Aksoy Altun Cakir Guler Karatas Unal Tekin Bulut
Nguyen Tran Pham Hoang Phan Dang Truong Huynh Dinh Duong Chen Wang Zhang Huang Zhou Yang Zhao Chan Wong Chang
Cheung
Diallo Traoré Koné Camara Keita Cissé Touré Diop Ndiaye Diarra Coulibaly Sylla Konaté Sissoko Doucouré Kanté
Dembélé Fofana Bamba Sangaré Ouattara Sidibé Kouyaté Dramé Bathily Diakité Soumaré Tounkara Gassama Niang Sarr
Faye Gueye Mbaye Seck Thiam Diouf Kane Wade Sall Barry Baldé Kamara Sakho Cissoko Dabo Diaby Doumbia Kouassi
Kouamé Konan N'Diaye Mendy Gomis Sagna Diatta Badji Tshibangu Mukendi Ilunga Kalonji Mbuyi Ngoma Makosso Massamba
Malonga Mabiala Nkounkou Moukala Loemba Mbemba Mballa Atangana Ondoa Essomba Mvondo Ngono Fotso Kamga Ngassa
Ouédraogo Sawadogo Kaboré Zongo Compaoré Sanou Rakotomalala Rakoto Randrianarisoa Razafindrakoto Rasoanaivo
Rajaonarison Louissaint Exantus Dieujuste Fils-Aimé Célestin Estimé Alcindor Dorvil Saint-Fleur
`;

const names = new Set<string>();
for (const name of [...(fakerFR.rawDefinitions.person?.last_name?.generic ?? []), ...SUPPLEMENT.split(/\s+/)]) {
  if (/^\p{Lu}[\p{L}'-]+$/u.test(name.trim())) names.add(name.trim());
}
const addChecked = (name: string): void => {
  const clean = name.trim();
  if (!/^\p{Lu}[\p{L}'-]+$/u.test(clean) || clean.length < 4) return;
  if (clean.split(/[-']/u).some((part) => isCommonWord(part.toLowerCase())) || isPlaceName(clean)) return;
  names.add(clean);
};
for (const name of GENERAL_SUPPLEMENT.split(/\s+/u)) addChecked(name);
const sorted = [...names].sort((a, b) => a.localeCompare(b, 'fr'));
const out = `/**
 * Frequent French surnames (faker's French locale plus the most frequent names in France).
 * GENERATED by scripts/build-lexicon-surnames.ts: do not edit by hand.
 */
export const SURNAMES_SOURCE = ${JSON.stringify(sorted.join(' '))} as const;
`;
await writeFile(new URL('../extractors/fr/lexicon/surnames.ts', import.meta.url), out);
console.log(`${sorted.length} surnames`);
