/**
 * Each OCR repair of the normaliser, alone: at least three damaged forms it repairs and two
 * look-alikes it must leave (real words, names, codes). Sentences are invented; the damage
 * follows the families of ../shared/tools/ocr_noise.py.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../extractors/core/edit-map.js';
import { OCR_REPAIRS, ocrRepairEdits } from '../../../extractors/fr/ocr-repairs.js';
import { normaliseText } from '../../../extractors/fr/normalise.js';
import { LETTER_CONFUSIONS, foldedMayBeHead, foreignGroups, mayBeHead, mayBecomeHead, spellsFrench } from '../../../extractors/fr/ocr-repairs-letters.js';
import { fold } from '../../../extractors/core/pattern.js';
import { ORGANISATION_HEADS } from '../../../extractors/fr/lexicon/organisation-types.js';

interface RepairCases {
  /** [damaged, repaired] */
  readonly repairs: readonly (readonly [string, string])[];
  /** Texts the repair must leave as they are. */
  readonly keeps: readonly string[];
}

const CASES: Readonly<Record<string, RepairCases>> = {
  'i-for-l': {
    repairs: [
      ["le rôle de I'ESS dans", "le rôle de l'ESS dans"],
      ["grâce à I'entraide locale", "grâce à l'entraide locale"],
      ["(I'Atelier du coin)", "(l'Atelier du coin)"],
    ],
    keeps: ["le PII'ancien", "en 3I'année"],
  },
  'letter-for-l': {
    repairs: [
      ["toute U'ossature du projet", "toute l'ossature du projet"],
      ["avec |'entraide des voisins", "avec l'entraide des voisins"],
      ["soutenu par U'Agence locale", "soutenu par l'Agence locale"],
      ["avec F'équipe du chantier", "avec l'équipe du chantier"],
      ["la ressourcerie de u'intercommunalité", "la ressourcerie de l'intercommunalité"],
      ["dans f'atelier partagé", "dans l'atelier partagé"],
      ["la recyclerie de U'agglo voisine", "la recyclerie de l'agglo voisine"],
      ["la ressourcerie de\nU'intercommunalité", "la ressourcerie de\nl'intercommunalité"],
    ],
    keeps: ["le code AU'xyzq reste", "le groupe U'kxqz", "le label U'kxqz"],
  },
  'u-before-acronym': {
    repairs: [
      ['les acteurs de UESS du territoire', "les acteurs de l'ESS du territoire"],
      ['le soutien de UAPES cette année', "le soutien de l'APES cette année"],
      ['avec UADEME et la région', "avec l'ADEME et la région"],
      ['chargée de mission pour UUDAF 05.', "chargée de mission pour l'UDAF 05."],
      ['Organisées par UAKORA, les rencontres. Le réseau AKORA grandit.', "Organisées par l'AKORA, les rencontres. Le réseau AKORA grandit."],
      // After a preposition that takes an article, with no other sign: French writes `par l'AKORA`.
      ['Organisées par UAKORA, les rencontres.', "Organisées par l'AKORA, les rencontres."],
      ['membre du bureau de UOBEL depuis', "membre du bureau de l'OBEL depuis"],
      ['un chantier soutenu avec\nUEMTA et la ville', "un chantier soutenu avec\nl'EMTA et la ville"],
      // The page writes the acronym elsewhere after an elision that lost its apostrophe.
      ['les enjeux qui touchent UAKAVO, puis la fusion de lAKAVO', "les enjeux qui touchent l'AKAVO, puis la fusion de lAKAVO"],
      // A capital `I` read as `l` inside the acronym.
      ['un atelier porté par UAKOREl cette année', "un atelier porté par l'AKOREI cette année"],
      // A known acronym written as a word.
      ['» UAdeme finance le projet', "» l'Ademe finance le projet"],
    ],
    keeps: ['une cotisation à URSSAF', 'le club UOslo joue', 'les enjeux qui touchent UAKAVO seul', 'une UAmont du fleuve', 'la UNESCO et UDES', 'un label UESSX', 'le club UUU', 'UAKORA organise les rencontres.', 'la CAF et UEMTA financent', 'ils vont en UEMTA'],
  },
  'elision-glued-to-acronym': {
    repairs: [
      ['un dispositif de lADEME porté par', "un dispositif de l'ADEME porté par"],
      ['au sein de lURSCOP, il', "au sein de l'URSCOP, il"],
      ["le soutien dAKORA cette année", "le soutien d'AKORA cette année"],
    ],
    keeps: ['le modèle lADEMEx', 'la alADEME', 'le sigle lAdeme', 'un code lA1'],
  },
  'elision-before-acronym': {
    repairs: [
      ['une aide de CADEME pour le tri', "une aide de l'ADEME pour le tri"],
      ['le club pour CESS du territoire', "le club pour l'ESS du territoire"],
      ['un atelier sur UVESS locale', "un atelier sur l'ESS locale"],
      ["le prix de 'ESS a été remis", "le prix de l'ESS a été remis"],
      ["avec (UVURSSAF locale)", "avec (l'URSSAF locale)"],
      ['LESS du territoire recrute', "L'ESS du territoire recrute"],
      ['LAVRIL 41 emploie 30 personnes. Membre de AVRIL depuis 1990.', "L'AVRIL 41 emploie 30 personnes. Membre de AVRIL depuis 1990."],
      // `C` or `UV` before an acronym the page writes alone elsewhere.
      ["le rôle de l'OKTAM ? COKTAM est l'Union des clubs", "le rôle de l'OKTAM ? l'OKTAM est l'Union des clubs"],
      ['Dornac et COVAB (ex-OVAB) signent', "Dornac et l'OVAB (ex-OVAB) signent"],
      ['le président de UVAPIRM. Membre de APIRM', "le président de l'APIRM. Membre de APIRM"],
    ],
    keeps: ['le programme LEADER finance', 'LAVRIL 41 emploie 30 personnes.', 'le président de CAPIRM Jean Roux', 'la CAF et AF', 'avec CEREMA et le CEREMAX', 'les CARS de la région', 'le CAPES de lettres', 'le sigle CESSX', "le mot 'OK' et CADEMEX", 'la PCESS'],
  },
  'glued-before-short': {
    repairs: [
      ['La Fondationde France aide', 'La Fondation de France aide'],
      ['le membredu réseau vote', 'le membre du réseau vote'],
      ['qui soutientla création', 'qui soutient la création'],
      ['ils ont rencontrédes difficultés', 'ils ont rencontré des difficultés'],
      // After an elided article, the glued word is a whole word too.
      ["la communauté d'agglomérationdu Val", "la communauté d'agglomération du Val"],
    ],
    keeps: ["le code x'agglomérationdu", 'le hameau de Moulinet', 'la Recyclerle ouvre', 'il est dansle bureau', 'reçu par Monsieur Castagnède, adjoint', 'le monde et la table', 'les Sablonsles', 'le site www.projetde.fr'],
  },
  'guillemet-bullet': {
    repairs: [
      ['Nos membres :\n» Atelier Vert\n« Ferme du Pont\nEt ensuite', 'Nos membres :\nAtelier Vert\nFerme du Pont\nEt ensuite'],
      ['Partenaires :\n« Caisse Locale Alpha', 'Partenaires :\nCaisse Locale Alpha'],
      ['Il a dit « oui ».\n» Recyclerie du Val\nfin', 'Il a dit « oui ».\nRecyclerie du Val\nfin'],
    ],
    keeps: [
      'Elle rappelle :\n« Nous avons ouvert »\net continue',
      'Il cite la loi : « Les pôles sont\n» Ensuite on lit',
      'Le texte dit :\n« Nous avons reçu le soutien de nombreux partenaires depuis trois ans\net plus encore',
    ],
  },
  'plus-bullet': {
    repairs: [
      ['Lauréats :\n+ Atelier Vert\n+ Ferme du Pont', 'Lauréats :\n• Atelier Vert\n• Ferme du Pont'],
      ['  + Recyclerie du Val', '  • Recyclerie du Val'],
      ['Partenaires\n+\tCaisse Locale', 'Partenaires\n•\tCaisse Locale'],
    ],
    keeps: ['Résultat :\n+ 12 % en un an', 'Total 3 + Deux', 'la note +\nA suivre', 'un score\n+ trois points'],
  },
  'star-bullet': {
    repairs: [
      ['trois structures : * la coopérative Trokal * Atelier Vert * Kalimbo', 'trois structures : • la coopérative Trokal • Atelier Vert • Kalimbo'],
      ['les partenaires : • Ferme du Pont * Vergers Ouverts', 'les partenaires : • Ferme du Pont • Vergers Ouverts'],
      ['Partenaires\n* Caisse Locale * Atelier du Bourg', 'Partenaires\n* Caisse Locale • Atelier du Bourg'],
    ],
    keeps: ['Chers amis, * Nous voici réunis', 'le total 3 * 4 fait douze', 'un renvoi* en bas de page', 'Voir la note * ci-dessous'],
  },
  'letter-bullet': {
    repairs: [
      ['trois structures : • la coopérative Trokal e Atelier Vert e Kalimbo', 'trois structures : • la coopérative Trokal • Atelier Vert • Kalimbo'],
      ["les partenaires : • Ferme du Pont v’ Vergers Ouverts", 'les partenaires : • Ferme du Pont • Vergers Ouverts'],
      ['nos membres : Trokal v" Atelier Vert v" Kalimbo', 'nos membres : Trokal • Atelier Vert • Kalimbo'],
    ],
    keeps: ['la rue e Martin reste seule', 'le site de Vilaret et Saint-Brice', 'un e Mail sans autre puce'],
  },
  'lost-l': {
    repairs: [
      ["pour 'intercommunalité entière", "pour l'intercommunalité entière"],
      ["(avec 'aide du fonds)", "(avec l'aide du fonds)"],
      ["au service de 'Etat local", "au service de l'Etat local"],
      ["les droits de 'Homme et", "les droits de l'Homme et"],
      ["à 'Hôtel de ville", "à l'Hôtel de ville"],
    ],
    keeps: ["il a dit 'bonjour'", "le mot'autre"],
  },
  'elision-before-capital': {
    repairs: [
      ['le PTCE de lAriège finance', "le PTCE de l'Ariège finance"],
      ['les élus dOccitanie votent', "les élus d'Occitanie votent"],
      ['le tiers-lieu UEtape ouvre', "le tiers-lieu l'Etape ouvre"],
      ['le Conseil départemental de llOise vote', "le Conseil départemental de l'Oise vote"],
      ['le tiers-lieu LEtabli ouvre', "le tiers-lieu L'Etabli ouvre"],
      ['LIndustrie locale recrute', "L'Industrie locale recrute"],
      ['au siège, Villers-UEtang.', "au siège, Villers-l'Etang."],
      ['remis par UAkora vendredi. Akora soutient', "remis par l'Akora vendredi. Akora soutient"],
      // After a preposition that takes an article, with no other sign.
      ['remis par UAkora vendredi.', "remis par l'Akora vendredi."],
      ['la convention signée avec UOdyssée verte', "la convention signée avec l'Odyssée verte"],
      // Before a mute `h`, as before a vowel.
      ['le service de UHôpital de jour', "le service de l'Hôpital de jour"],
      ['le pôle dHospitalité de Dornac', "le pôle d'Hospitalité de Dornac"],
      ['les communes de UHérault votent', "les communes de l'Hérault votent"],
    ],
    keeps: ['UAkora remet le prix.', 'la ville et UAkora signent', 'la SCOP de LAbcdxyz', 'le projet lAbcdxyz', 'la SCOP UEfxqz', 'Une Union locale', 'le label LAbcdxyz', 'la marque DIxqz', 'le code AB-UEfxqz', 'le club X-UEFA', 'le label LHxqzb', 'la marque DHxqzt'],
  },
  'word-letter': {
    repairs: [
      ['le Département de la Drdme', 'le Département de la Drôme'],
      ['le Pdle territorial', 'le Pôle territorial'],
      ['la région Auvergne-Rhdne-Alpes', 'la région Auvergne-Rhône-Alpes'],
      ['la SCIC Dréme Coop', 'la SCIC Drôme Coop'],
      ['un prêt de la Caisse des Dépéts', 'un prêt de la Caisse des Dépôts'],
      ['la Banque des Terrltoires aide', 'la Banque des Territoires aide'],
      ['le Jardin du Cceur ouvre', 'le Jardin du Cœur ouvre'],
      ['installée à Besangon depuis', 'installée à Besançon depuis'],
      ['la mairie de Montreull vote', 'la mairie de Montreuil vote'],
      ['le Crédit Coopeeratif prête', 'le Crédit Coopératif prête'],
      ['la Réglon Normandie vote', 'la Région Normandie vote'],
      ['le Fonds Soclal Européen', 'le Fonds Social Européen'],
      ['les Auxiliaires des Aveufiles', 'les Auxiliaires des Aveugles'],
      ['la Coopérafion Economique', 'la Coopération Economique'],
      ['le Consell départemental', 'le Conseil départemental'],
      // A place's adjective (the place, or the place without its final `e`, before `-ais`/`-ois`).
      ['le comité du Briangonnais vote', 'le comité du Briançonnais vote'],
      ['la Ligue du Roannals réunit', 'la Ligue du Roannais réunit'],
      ['les artisans du Montlugonnais', 'les artisans du Montluçonnais'],
      ['une foire Grenoblolse', 'une foire Grenobloise'],
      // After a given name, into a known surname or place only.
      ['avec Pascal Lefrangois, président', 'avec Pascal Lefrançois, président'],
      ['avec Hugo Besangon, élu', 'avec Hugo Besançon, élu'],
      ['avec Chloé Montreull, élue', 'avec Chloé Montreuil, élue'],
      // A place's compound closing on a given name is no given name (`Saint-Claude`).
      ['à Saint-Claude Consell municipal', 'à Saint-Claude Conseil municipal'],
    ],
    keeps: ['le club Dragonnais joue', 'la troupe des Lagonnais', 'la salle Aiglon', 'le club Déclot', 'la famille Viollet', 'M. Bachellier', 'la ville de Dreux', 'le Département finance', 'avec Eddie Moreau', 'la Fondation de France', "l'épicerie Agoréa", 'le Replay du webinaire', 'la boutique Brocantik', 'la SCIC Reval',
      // A surname after a given name is never mended into a common word.
      'avec Hugo Soclal, président', 'avec Théo Dépéts, trésorier',
      // Nor after a given name that is as often a word (`Claude`, `Anne`).
      'avec Claude Soclal, trésorier', 'selon Anne Coopeeratif, gérante'],
  },
  'letter-group': {
    repairs: [
      ["l'action publiqgue locale", "l'action publique locale"],
      ['la Chambre refiionale des métiers', 'la Chambre regionale des métiers'],
      ['avec sa sceur et son frère', 'avec sa sœur et son frère'],
      ['membre du pdle territorial', 'membre du pôle territorial'],
      ['la Caisse des dépdts aide', 'la Caisse des dépôts aide'],
      ['le contrdle de gestion', 'le contrôle de gestion'],
      ['le minlstere du Travail', 'le ministere du Travail'],
      ['la formatlon des bénévoles', 'la formation des bénévoles'],
      ['une candldature commune', 'une candidature commune'],
      ["l'économie soclale et solidaire", "l'économie sociale et solidaire"],
      ['une rencontre réglonale', 'une rencontre régionale'],
      ['le conseil réglonal', 'le conseil régional'],
      ['un ouvrafie collectif', 'un ouvrage collectif'],
      ['des bénévoles enfiagés', 'des bénévoles engagés'],
      ['les berfies du fleuve', 'les berges du fleuve'],
      ['une enfreprise locale', 'une entreprise locale'],
      ['le secréfariat du club', 'le secrétariat du club'],
      ['les ferritoires ruraux', 'les territoires ruraux'],
      ['depuls deux ans', 'depuis deux ans'],
      ['une volture partagée', 'une voiture partagée'],
      ['le travall du bois', 'le travail du bois'],
      ['une épicerie solldaire', 'une épicerie solidaire'],
      ['il a seullement dit', 'il a seulement dit'],
      ['un parc immobillier', 'un parc immobilier'],
      ['un cas particullier', 'un cas particulier'],
    ],
    keeps: ['un aiglon perché', 'un éclat de rire', 'un profil affiché', 'le club fress', 'le cult local', 'une faute', 'un ballon rouge', 'un soldat et une valse', 'le code qgx12 reste', 'la vieille sceurxz', 'un Fiiji', 'un adjoint administratif admet', 'le code xdlq et le sigle bdmx', 'un goldman', 'il faut parler au merle', 'un atlas et un islam tranquille'],
  },
  'doubled-capital': {
    repairs: [
      ['le PTCE de LunNel', 'le PTCE de Lunel'],
      ['une coOpérative locale', 'une coopérative locale'],
      ['la saison estivalLe', 'la saison estivale'],
    ],
    keeps: ['le label McDonald', 'la marque iPhone', 'un sigle ReNNes'],
  },
  'doubled-l-article': {
    repairs: [
      ['soutenu par lla commune de Vernay', 'soutenu par la commune de Vernay'],
      ['pour lles jardins partagés', 'pour les jardins partagés'],
      ['avec lleurs bénévoles', 'avec leurs bénévoles'],
      ['ouvre lle\nmarché du samedi', 'ouvre le\nmarché du samedi'],
    ],
    keeps: ["l'lle de Sein", 'la région lle-de-France', 'une llama blanche', 'le village de Sully'],
  },
  'a-for-grave': {
    repairs: [
      ['le Pôle Culture a Montaigu', 'le Pôle Culture à Montaigu'],
      ['Activités a Rayonnement Solidaire', 'Activités à Rayonnement Solidaire'],
      ['Fait a Strasbourg, le 3 mai', 'Fait à Strasbourg, le 3 mai'],
      ['aux Activités\na Rayonnement Local', 'aux Activités\nà Rayonnement Local'],
    ],
    keeps: ['La Région a lancé un appel', 'le collectif a Marseille', 'Il y a Nantes et Rennes'],
  },
  'footnote-mark': {
    repairs: [
      ["avec l'Atelier2 et le réseau", "avec l'Atelier et le réseau"],
      ['le MES3 et la CRESS', 'le MES et la CRESS'],
      ["l'économie publique1. Ensuite", "l'économie publique. Ensuite"],
    ],
    keeps: ['le collectif Néo56 agit', 'le code A4B2 et', 'le site www.abc2.fr', 'le PTCE Atelier 4 ouvre', 'des serres sur1 200 m²', 'la relation1 500 bénévoles'],
  },
  'vanished-apostrophe': {
    repairs: [
      ['le soutien de lartisanat local', "le soutien de l'artisanat local"],
      ['un fonds dinitiatives citoyennes', "un fonds d'initiatives citoyennes"],
      ['au coeur de llentreprise sociale', "au coeur de l'entreprise sociale"],
    ],
    keeps: ['il part lundi à Laval', 'une lessive dense et lourde', 'le site www.lassociation.fr', 'le nombre detiers-lieux', 'lamaison commune', 'le code x-lartisanat', 'le mot 4dinitiatives'],
  },
  'month-letter': {
    repairs: [
      ['En sepfembre, 12 adhérents', 'En septembre, 12 adhérents'],
      ['le 3 navembre 2024', 'le 3 novembre 2024'],
      ['Janvler 2025 : vœux', 'Janvier 2025 : vœux'],
    ],
    keeps: ['le marc de café', 'une mai de pain', 'le 4 avril', 'le lot 3navembre', 'un mot ensepfembre collé'],
  },
  'cue-glued-month': {
    repairs: [
      ['Enseptembre, les bénévoles reprennent', 'En septembre, les bénévoles reprennent'],
      ["la foire, tenue\nfinoctobre à Niort, a réuni", "la foire, tenue\nfin octobre à Niort, a réuni"],
      ['Depuisjanvier, la boutique ouvre', 'Depuis janvier, la boutique ouvre'],
      ['le chantier reprendra débutmars', 'le chantier reprendra début mars'],
    ],
    keeps: ['ENSEPTEMBRE 2024', 'le site www.finjuin.fr', 'le code enmai2024', 'la ferme Enmarsac', 'en septembre déjà'],
  },
  'name-split': {
    repairs: [
      ['avec Hélène Barthé- lemy (conseillère', 'avec Hélène Barthélemy (conseillère'],
      ['son président, Jean-\nPhilippe SAUL- NIER-ARRIGHI (à gauche)', 'son président, Jean-\nPhilippe SAULNIER-ARRIGHI (à gauche)'],
      ['Contact : Lina Had- dad, chargée', 'Contact : Lina Haddad, chargée'],
    ],
    keeps: ['Jean- pierre Roux', 'Lille - Roubaix', 'la région Rhône- alpes', 'Paul Durand- et les autres'],
  },
  'glued-before-capital': {
    repairs: [
      ['SelonOumar Diallo, coordinateur', 'Selon Oumar Diallo, coordinateur'],
      ['AvecKarim Benali, trésorier', 'Avec Karim Benali, trésorier'],
      ['un atelier chezLina Haddad', 'un atelier chez Lina Haddad'],
      ['Espace Vergnole – 4 RueDaumier – 30900', 'Espace Vergnole – 4 Rue Daumier – 30900'],
    ],
    keeps: ['le groupe McDonald', 'la marque EntreSeine', 'une SoDa fraîche'],
  },
  'word-glued-elision': {
    repairs: [
      ['312 tonnesd’objets collectées', '312 tonnes d’objets collectées'],
      ["12 projetsl'an dernier", "12 projets l'an dernier"],
      ["le quartierd'Arras", "le quartier d'Arras"],
    ],
    keeps: ["aujourd'hui", "les prud'hommes", "del'association"],
  },
  'apostrophe-in-word': {
    repairs: [
      ["l'Économie Sociale et Solid'aire du bassin", "l'Économie Sociale et Solidaire du bassin"],
      ["une démarche coopérat'ive locale", "une démarche coopérative locale"],
      ["le projet territor'ial avance", "le projet territorial avance"],
    ],
    keeps: ["le magasin Bricol'Age ouvre", "le conseil des prud'hommes", "aujourd'hui et jusqu'ici", "une presqu'île", "lorsqu'elle arrive", "le mot ab'cd reste"],
  },
  'bar-for-l': {
    repairs: [
      ['310\nemp|ois créés', '310\nemplois créés'],
      ['le déve|oppement local', 'le développement local'],
      ['avec |es bénévoles', 'avec les bénévoles'],
      ['réalisée par Mael|e Guégan.', 'réalisée par Maelle Guégan.'],
    ],
    keeps: ['| Nom | Fonction |', 'cellule|salariés', 'a|b et c'],
  },
  'l-for-i': {
    repairs: [
      ["un chantier d'lnsertion", "un chantier d'insertion"],
      ['Les élus.\nlnstitut local de formation', 'Les élus.\nInstitut local de formation'],
      ['la mission lnsertion Sud', 'la mission Insertion Sud'],
      ['explique Svetlana lvanova, trésorière', 'explique Svetlana Ivanova, trésorière'],
      ['avec lsabelle Roux et les bénévoles', 'avec Isabelle Roux et les bénévoles'],
    ],
    keeps: ['le site www.lnsertion.fr', 'un lycée lsbtq', 'mon login lmart', 'chez Paul lmart@site.fr', 'avec lsbtq Roux'],
  },
  'name-letter': {
    repairs: [
      ['avec Emllie Dupont, trésorière', 'avec Emilie Dupont, trésorière'],
      ['pilote : Fabrlce\nHoareau, gérant', 'pilote : Fabrice\nHoareau, gérant'],
      ['résume Frangoise Roux', 'résume Françoise Roux'],
      ['et de Pasqguale Orsini', 'et de Pasquale Orsini'],
      ['Contact : Ollvier Morel', 'Contact : Olivier Morel'],
      ['le vice-président Jérdme\nSautel', 'le vice-président Jérôme\nSautel'],
      ['CAP : Jacquelline\nROUVIER donne pouvoir', 'CAP : Jacqueline\nROUVIER donne pouvoir'],
      ['ROUX ; Jean-Marle DELCOURT ;', 'ROUX ; Jean-Marie DELCOURT ;'],
      ['avec Nathalle d’Aubigny, trésorière', 'avec Nathalie d’Aubigny, trésorière'],
      ['le discours d’Ollvier Morel', 'le discours d’Olivier Morel'],
      ['le trésorier Jéréme\nVasseur a présenté', 'le trésorier Jérôme\nVasseur a présenté'],
      ['Contact : Caroie Bertin, gérante', 'Contact : Carole Bertin, gérante'],
      ['avec Frangois de Lavalette, maire', 'avec François de Lavalette, maire'],
    ],
    keeps: ['avec Merle Dupont', 'la Carle Blanche', 'Marle seule dans la phrase', 'le Golf Club', 'Nord Coop Lille LILLE (59)', 'à Marle Dupont ouvre', 'Bal-Marle Dupont', 'avec Gwenaell Kerdraon',
      // A river's name after an area's `d'`, no given name: `Ille` is not `Ilie`.
      'une rando au Val d’Ille Sud', 'le Pays\nd’Ille Marche'],
  },
  'glued-given-names': {
    repairs: [
      ['Léa Morin,\nMarieMichelle Dufetel, Eva', 'Léa Morin,\nMarie Michelle Dufetel, Eva'],
      ['avec ClaireLise Rault', 'avec Claire Lise Rault'],
      ['Présents : PaulHenri DUVAL', 'Présents : Paul Henri DUVAL'],
    ],
    keeps: ['le LaurentPerrier Brut', 'une JeanneMarie seule', 'chez mariePaul Roux'],
  },
  'doubled-acute': {
    repairs: [
      ['le tri des deéchets', 'le tri des déchets'],
      ['le Deépartement finance', 'le Département finance'],
      ['une reéunion mensuelle', 'une réunion mensuelle'],
      // A counted noun the dictionary misses, or whose damaged spelling it takes (its Bloom filter, or `salariées` folded).
      ["plus d'une centaine d’adheérents", "plus d'une centaine d’adhérents"],
      ["il y a une centaine d’anneées", "il y a une centaine d’années"],
      ['avec 40 salarieés en insertion', 'avec 40 salariés en insertion'],
    ],
    keeps: ['une journée créée', 'la durée prévue', 'les Pyrénées et la Garonne', 'elle a réem- ployé', 'les salariées du site', 'les abonnées du club'],
  },
  'blank-line': {
    repairs: [
      ["Le rapport du Labo de\n\nl'Orvant paraît en mai", "Le rapport du Labo de\nl'Orvant paraît en mai"],
      ['Lettre du PTCE\n\nTROKAL VIVA\nNuméro 4', 'Lettre du PTCE\nTROKAL VIVA\nNuméro 4'],
      ['Kervadec Habitat\nBrenvac\n \n\nMiraloup Solidaire\nBilan', 'Kervadec Habitat\nBrenvac\nMiraloup Solidaire\nBilan'],
    ],
    keeps: ['le Labo de\nTrokal en 2011', 'une ligne\n  suivie d’une autre'],
  },
  'acute-for-circumflex': {
    repairs: [
      ['le Péle Trokal Vert réunit', 'le Pôle Trokal Vert réunit'],
      ['les péles territoriaux du Brenvac', 'les pôles territoriaux du Brenvac'],
      ["un Ecopéle dédié à l'alimentation", "un Ecopôle dédié à l'alimentation"],
    ],
    keeps: ['une lumiére douce', 'il pèle une pomme', 'la Pélerine du Valdor'],
  },
  'acute-for-grave': {
    repairs: [
      ['une lumiére douce', 'une lumière douce'],
      ['la matiére premiére', 'la matière première'],
      ['chaque piéce du siége', 'chaque pièce du siège'],
    ],
    // A noun after a number that reads as a counted noun is left to `unit-letter` (`péles` → `pôles`, not `pèles`).
    keeps: ['une idée créée', 'le présent récent', 'la médecine générale', 'le Péle Trokal Vert réunit', 'la charte signée par 31 péles du réseau', 'autour de trois Péles\nthématiques'],
  },
  'impossible-group': {
    repairs: [
      ['une économie solidalre locale', 'une économie solidaire locale'],
      ['la gesfion du site', 'la gestion du site'],
      ['les habitanfs du quartier', 'les habitants du quartier'],
      ['le nouveau Pdle du territoire', 'le nouveau Pôle du territoire'],
      ['reçu par Jean Glrard hier', 'reçu par Jean Girard hier'],
    ],
    keeps: ['ils étaient venus', 'Mlle Durand et Mmes Roux', 'la marque Brocantik vend', 'le site Xklmnq ouvre', 'un code abc12lre', 'écrire à solidalre@exemple.fr'],
  },
  'glued-sentence-opener': {
    repairs: [
      ["Cetteannée, la coopérative Vilaret recrute.", "Cette année, la coopérative Vilaret recrute."],
      ['Le café Brume ouvre.\nUnespace de jeux suit', 'Le café Brume ouvre.\nUn espace de jeux suit'],
      ['Ils ont voté. Pourtous les membres', 'Ils ont voté. Pour tous les membres'],
      ['Il part. « Avecplaisir », dit-il', 'Il part. « Avec plaisir », dit-il'],
    ],
    // A surname opening on such a word, mid-sentence glue (`glued-word`'s), a word the dictionary holds.
    keeps: ['Il dit. Carpentier arrive.', 'le jardin Unespace', 'Il part. Pourtant il revient.', 'Fin. Unterberger signe.'],
  },
  'glued-word': {
    repairs: [
      ['il est dansle bureau', 'il est dans le bureau'],
      ['Par exemple, laFabrique et', 'Par exemple, la Fabrique et'],
      ['un atelier pourles jeunes', 'un atelier pour les jeunes'],
      // Determiners, pronouns and conjunctions of LEADING_GLUE_WORDS besides the prepositions.
      ['et cesstructures emploient', 'et ces structures emploient'],
      ['ils ont voté quese tienne', 'ils ont voté que se tienne'],
      ['elles ontété reçues', 'elles ont été reçues'],
      // A rest under three letters is split off only when it is a short function word.
      ['la réunion etle vote', 'la réunion et le vote'],
    ],
    // `labo`, `labs`, `entr` (a cut word), `lens`: a short rest that is no function word is no glued word.
    keeps: ['le labo du campus', 'des labs ouverts', 'la fin entr', 'à Saint-Martin-sous-lens', 'Une lessive dessous', 'nous serons là', 'ils satisfont aux règles', 'la quenouille tourne', 'un ceinturon neuf', 'Lesage et Dumoulin signent', 'une parole sûre', 'dans le bureau', 'le code xdansle bureau', 'la marque 3laFabrique', 'le club (Kerva- lett) et'],
  },
  'glued-elision': {
    repairs: [
      ["le réseau del'association", "le réseau de l'association"],
      ["les élus etl'équipe", "les élus et l'équipe"],
      ["un appel pourl'emploi", "un appel pour l'emploi"],
    ],
    keeps: ["une idée de l'avenir", "le modèl'autre"],
  },
  'glued-i-elision': {
    repairs: [
      ["le pôle deI'Artisanat local", "le pôle de l'Artisanat local"],
      ["les acteurs deI’ESS en Bretagne", "les acteurs de l’ESS en Bretagne"],
      ["la publicitéI'Economie du partage", "la publicité l'Economie du partage"],
    ],
    keeps: ["de I'Economie sociale", "le sigle PI'A", "Rendez-vous I'après-midi", "une idée de l'avenir"],
  },
  'glued-number': {
    repairs: [
      ['elle a tenu 26réunions', 'elle a tenu 26 réunions'],
      ['Il emploie 12,5ETP depuis', 'Il emploie 12,5 ETP depuis'],
      ['un budget de 100euros par mois', 'un budget de 100 euros par mois'],
      ['450 dossiers, et 222ont abouti', '450 dossiers, et 222 ont abouti'],
      ['depuis 10ans déjà', 'depuis 10 ans déjà'],
      ['Forum du 18au 20 novembre', 'Forum du 18 au 20 novembre'],
      ['les 12et 13 juin', 'les 12 et 13 juin'],
      ['la ressourcerie emploie25salariés', 'la ressourcerie emploie25 salariés'],
    ],
    keeps: ['article 3au plus tard', 'sur 2200m2 de locaux', 'le 1er adhérent et 4.5M€', 'le site asso2mains.fr', 'pour 10km à pied', 'la 2ème édition', 'une pièce de 12kgs'],
  },
  'glued-acronym': {
    repairs: [
      ['soit 12 ETPcréés en un an', 'soit 12 ETP créés en un an'],
      ['les ESSentreprises du coin', 'les ESS entreprises du coin'],
      ['la CRESSorganise un forum', 'la CRESS organise un forum'],
    ],
    // A run of capitals inside a word, after an ASCII or an accented letter, is no acronym.
    keeps: ['les ESSentiels du mois', 'la SNCFxyz', 'un mot xETPcréés ici', 'un mot éETPcréés ici', 'le sigle aESSentreprises'],
  },
  'dot-in-word': {
    repairs: [
      ['les fonc.tions du bureau', 'les fonctions du bureau'],
      ['une associa.tion locale', 'une association locale'],
      ['le dévelop.pement du site', 'le développement du site'],
      ['le comité du 16 janvi.er. Puis', 'le comité du 16 janvier. Puis'],
      ['par Anne-Soph.ie Le Goff, avec', 'par Anne-Sophie Le Goff, avec'],
      // A place, even when its end is a word too; one letter after the dot, when the part before is no word.
      ['les chantiers de Mart.inique et', 'les chantiers de Martinique et'],
      ['installée à Quim.per depuis', 'installée à Quimper depuis'],
      ['le résea.u des AMAP', 'le réseau des AMAP'],
      ['Comm.e prévu, le bureau', 'Comme prévu, le bureau'],
    ],
    keeps: ['voir la fig.a du rapport', 'au lieu.x de', 'la Kerv.inique du port', 'le fichier note.s', 'voir www.exemple.fr', 'le fichier rapport.final', 'fin.de la phrase', 'sur ronde-solidaire.org', 'voir rapport.pdf. Puis', 'sur ronde-solidaire.org.'],
  },
  'underscore-for-space': {
    repairs: [
      ['les_acteurs du territoire', 'les acteurs du territoire'],
      ['le Conseil_Régional vote', 'le Conseil Régional vote'],
      ['une aide de_la Région', 'une aide de la Région'],
    ],
    keeps: ['le fichier bilan_2024_final.pdf', 'voir https://exemple.fr/mon_dossier', 'le compte @ptce_local'],
  },
  'bullet-glyph': {
    repairs: [
      ["Agenda :\nv’ Fin juin : clôture de l'appel", "Agenda :\nFin juin : clôture de l'appel"],
      ['Nouvelles :\n> Bienvenue aux nouveaux membres', 'Nouvelles :\nBienvenue aux nouveaux membres'],
      ['Au programme :\ne Une visite du site', 'Au programme :\nUne visite du site'],
    ],
    keeps: ['Le titre :\n« Territoires solidaires » est retenu', 'il a dit « oui,\n» Anne-Marie aussi', 'Agenda :\n* Mardi 4 juin : comité', 'la phrase\ne suivante'],
  },
  'unit-letter': {
    repairs: [
      ['le jury a retenu 27 pdles cette année', 'le jury a retenu 27 pôles cette année'],
      ['le comité se réunit 4 fols par an', 'le comité se réunit 4 fois par an'],
      ['elle fédère cinq partenanres locaux', 'elle fédère cinq partenaires locaux'],
      ['avec 18 bénévoies actifs', 'avec 18 bénévoles actifs'],
      ['le réseau fédère 27\npdles territoriaux', 'le réseau fédère 27\npôles territoriaux'],
      ['la charte signée par 31 péles du réseau', 'la charte signée par 31 pôles du réseau'],
      ['en 2025, 14 Péles Territoriaux de Coopération', 'en 2025, 14 Pôles Territoriaux de Coopération'],
      ['organisé autour de trois péles\nthématiques', 'organisé autour de trois pôles\nthématiques'],
      // A counted noun is preferred to the dictionary word an earlier confusion of the table would make.
      ['le réseau compte 35 béenévoles actifs', 'le réseau compte 35 bénévoles actifs'],
    ],
    keeps: ['une salle de 3 Pièces au fond', 'le lot 9 Péltz reste', 'la foire revient 2 Roubaix demain', 'nous reçu 150 candidaturesen un mois', 'nous étions 20 mais la salle était pleine',
      // A finite form of être or avoir after a number is a verb (lexicon-lookup's exact list), never a misread noun.
      'sur 40 inscrits, 12 étaient présents', 'des 9 ateliers, 3 seraient reportés', 'parmi les 15, 6 avaient voté', 'un champ de 12 ha en friche', 'le lot 7 bxqzt reste', 'la salle pdles du centre', 'pendant les 3 mois d\'été',
      // A month cut short after a day is the date's month, no damaged noun (`févr` is no `fôvr`).
      'mis en ligne le 9 févr. 2023', 'réunion du 21 févr à Vierzon'],
  },
  'doubled-apostrophe': {
    repairs: [
      ["un budget de 2 millions d’'euros", 'un budget de 2 millions d’euros'],
      ["toute l'’équipe du tiers-lieu", "toute l'équipe du tiers-lieu"],
      ["il s''agit d'un atelier", "il s'agit d'un atelier"],
      ["la fédération de I’'Essonne", 'la fédération de l’Essonne'],
      ["avec U''équipe", "avec l'équipe"],
      // At a word's start, the first mark is the elision's `l`.
      ["les acteurs de ''ESS du bassin", "les acteurs de l'ESS du bassin"],
      ["le conseil de ’'Hérault vote", "le conseil de l'Hérault vote"],
    ],
    keeps: ["le titre ''Demain'' est retenu", "le mot l'' seul", "le mot ''Ici''"],
  },
  'number-underscore': {
    repairs: [
      ['une aide de 2,75_millions pour', 'une aide de 2,75 millions pour'],
      ['au total 40_salariés en insertion', 'au total 40 salariés en insertion'],
      ['soit 12_ateliers.', 'soit 12 ateliers.'],
    ],
    keeps: ['le fichier photo_12_mai.jpg', 'la variable v2_total', 'le code 2024_ab'],
  },
  'f-for-t': {
    repairs: [
      ['entre 30 ef 150 visiteurs', 'entre 30 et 150 visiteurs'],
      ['les salariés ef les bénévoles', 'les salariés et les bénévoles'],
      ['la ville ef 4 communes', 'la ville et 4 communes'],
    ],
    keeps: ['la ligne EF du plan', 'la note ef.', 'le code ef-12 du lot'],
  },
  'inline-bullet': {
    repairs: [
      ['Emplois : 8 → 11 v" Chiffre d\'affaires', 'Emplois : 8 → 11 • Chiffre d\'affaires'],
      ["Adhérents : 40 v' Bénévoles : 12", 'Adhérents : 40 • Bénévoles : 12'],
      ['Repas servis : 3 200 v" Paniers : 150', 'Repas servis : 3 200 • Paniers : 150'],
    ],
    keeps: ['la vitamine v et la Région', "il a dit v'la Paul", 'Emplois : 8 v" suite'],
  },
  'name-doubled-acute': {
    repairs: [
      ['selon Claude Bertheélemy, président', 'selon Claude Berthélemy, président'],
      ['avec Anne Valeéry et les élus', 'avec Anne Valéry et les élus'],
      ['Deésirée Martin ouvre la séance', 'Désirée Martin ouvre la séance'],
      ['réalisée par Maëlle Guéegan.', 'réalisée par Maëlle Guégan.'],
    ],
    keeps: ['la Fondation Créée en 2010', 'le Réemploi solidaire', 'les deéchets verts', 'la Préemption urbaine', 'Recyclerie des Pyrénées', 'Ligue Guadeloupéenne de Voile'],
  },
  'number-elision': {
    repairs: [
      ["contre 640 m3U'année d'avant", "contre 640 m3 l'année d'avant"],
      ["fondé en 2019l'atelier emploie", "fondé en 2019 l'atelier emploie"],
      ["sur 300 m²d'espace partagé", "sur 300 m² d'espace partagé"],
    ],
    keeps: ["le code A3U'xqzt", "le site ABC2l'wxyz"],
  },
  'doubled-l': {
    repairs: [
      ['la ministre Martine DORVIlLLE était là', 'la ministre Martine DORVILLE était là'],
      ['avec Paul lLEBRUN et les élus', 'avec Paul LEBRUN et les élus'],
      ['selon Anne MOlLLET, directrice', 'selon Anne MOLLET, directrice'],
    ],
    keeps: ['le fichier lLx est ouvert', 'la marque alLo', 'le tableau lL', 'lLes 12 et 13 mai'],
  },
  'unit-doubled-capital': {
    repairs: [
      ['une centrale de 120 kKWc sur le toit', 'une centrale de 120 kWc sur le toit'],
      ['soit 3 000 kKWh produits', 'soit 3 000 kWh produits'],
      ['une commune de 900 hHab environ', 'une commune de 900 hab environ'],
    ],
    keeps: ['le lot 12 aA du marché', 'la zone 4 kKxyz', 'le site ABkKWc'],
  },
  'name-impossible-group': {
    repairs: [
      ['avec Lucien Bousqguet, maire', 'avec Lucien Bousquet, maire'],
      ['selon Thierry Alllard, trésorier', 'selon Thierry Allard, trésorier'],
      ['la présidente Agnès JACQGUET', 'la présidente Agnès JACQUET'],
    ],
    keeps: ['le QG du festival', 'un qg de campagne', 'le code xqgz'],
  },
  'split-figure-word': {
    repairs: [
      ['un montant de 3,35 mil- lions d\'euros', "un montant de 3,35 millions d'euros"],
      ['au total 40 bénéfi- ciaires accueillis', 'au total 40 bénéficiaires accueillis'],
      ['soit 2 mil- liards de repas', 'soit 2 milliards de repas'],
    ],
    keeps: ['le porte- parole du réseau', 'un grain de mil- let', 'des sous- sols'],
  },
  'unit-glued-word': {
    repairs: [
      ['nous avons reçu 150 candidaturesen un mois', 'nous avons reçu 150 candidatures en un mois'],
      ['avec 12 salariéset 4 bénévoles', 'avec 12 salariés et 4 bénévoles'],
      ['soit 30 bénévolesdu quartier', 'soit 30 bénévoles du quartier'],
      ['nous avons reçu 150\ncandidaturesen un mois', 'nous avons reçu 150\ncandidatures en un mois'],
    ],
    keeps: ['avec 12 salariées en CDI', 'les 4 saisonsdes', 'un lot de 20 tonnes'],
  },
  'word-glued-number': {
    repairs: [
      ['mis en relation640 bénévoles', 'mis en relation 640 bénévoles'],
      ['la loi de2014 encadre', 'la loi de 2014 encadre'],
      ['Lettre du 14 novembre2024', 'Lettre du 14 novembre 2024'],
      ['La réunion du22/10/2024 a validé', 'La réunion du 22/10/2024 a validé'],
      ['la ressourcerie emploie25salariés', 'la ressourcerie emploie 25salariés'],
    ],
    keeps: ['support par1\n\npublicité', 'écrire à contact2024@exemple.fr', 'voir www.atelier2020.fr', 'un fichier mp3 joint', 'le collectif asso2mains'],
  },
  'name-dot': {
    repairs: [
      ['et Claude Garn.ier, membre du directoire', 'et Claude Garnier, membre du directoire'],
      ['avec Anne Marc.hadour et les élus', 'avec Anne Marchadour et les élus'],
      ['selon Pierre Duv.ignaud, gérant', 'selon Pierre Duvignaud, gérant'],
      ['Bothorel (CCPCP), N. Pi.riou (CCA),', 'Bothorel (CCPCP), N. Piriou (CCA),'],
    ],
    keeps: ['écrire à Anne Martin.fr@site', 'le site Paul Dupont.org', 'Rendez-vous à Lyon.la suite', 'voir J. Dupont.org'],
  },
  'misread-initial': {
    repairs: [
      ['Présents : K. Morvennec, 0. Trébaol, L. Gouriten', 'Présents : K. Morvennec, O. Trébaol, L. Gouriten'],
      ['A. Le Dantec, R. Quéré, 0.\nKerlidou et Y. Salaün', 'A. Le Dantec, R. Quéré, O.\nKerlidou et Y. Salaün'],
      ['|K. Morvennec Trésorerie\n|t. Gouriten Accueil', '|K. Morvennec Trésorerie\n|T. Gouriten Accueil'],
      ['[m. Quéré Coordination\n[L. Salaün Animation', '[M. Quéré Coordination\n[L. Salaün Animation'],
    ],
    keeps: ['Chapitres : 0. Préambule, 1. Bilan', 'la valeur 3,0. Le reste', 'voir p. Gouriten pour le détail', '|t. Gouriten sans voisin initialé'],
  },
  'particle-letter': {
    repairs: [
      ["Karim Fl Benhaddou animera l'atelier.", "Karim El Benhaddou animera l'atelier."],
      ['avec Yann Lc Goarnic et Paul Roux', 'avec Yann Le Goarnic et Paul Roux'],
      ['Présents : Sophie Dc Kerlidou (CRESS)', 'Présents : Sophie De Kerlidou (CRESS)'],
      ['Ce matin, Nadia Fl\nBenhaddou ouvre la séance.', 'Ce matin, Nadia El\nBenhaddou ouvre la séance.'],
    ],
    keeps: ['avec Karim Le Goarnic et Paul Roux', 'le quartier Fl Benhaddou reste calme', 'la salle Jean Bar Tavernier', 'Karim Fl\n\nBenhaddou'],
  },
  'elided-surname': {
    repairs: [
      ['Édito de Maëlys UHOSTELLIER, présidente', "Édito de Maëlys L'HOSTELLIER, présidente"],
      ['avec Jeanne UEVEQUE et Paul Roux', "avec Jeanne L'EVEQUE et Paul Roux"],
      ['Présents : Loïc\nUAMIRAULT (Ville)', "Présents : Loïc\nL'AMIRAULT (Ville)"],
    ],
    keeps: ['avec Maëlys URBAIN et Paul Roux', 'le rapport UHOSTELLIER est paru', 'avec Maëlys UHOSTELLIERS2 et'],
  },
  'split-word': {
    repairs: [
      ['la coopéra- tion des', 'la coopération des'],
      ['un dévelop- pement durable', 'un développement durable'],
      ['une nouvelle organi- sation', 'une nouvelle organisation'],
      ['Pôles de Coopération Economi- que (PTCE)', 'Pôles de Coopération Economique (PTCE)'],
      ['le garage Kervo- rauto 29', 'le garage Kervorauto 29'],
      ['écrit par Gwendo- line Dornac', 'écrit par Gwendoline Dornac'],
      ['les Ateliers Trivo- lies', 'les Ateliers Trivolies'],
      // Both halves words, the joined form one too.
      ['un fonctionne- ment collégial', 'un fonctionnement collégial'],
      ['la Métro- pole de Kerlann', 'la Métropole de Kerlann'],
      ['un change- ment de cap', 'un changement de cap'],
      // Inside a hyphenated compound, a place joins.
      ['la CRESS Nou- velle-Aquitaine soutient', 'la CRESS Nouvelle-Aquitaine soutient'],
      ['la halle de Castelnau-Mon- tratier ouvre', 'la halle de Castelnau-Montratier ouvre'],
      ['en Seine-Mari- time depuis', 'en Seine-Maritime depuis'],
    ],
    keeps: ['le porte- parole', 'Hénin- Carvin', 'le Trévo-Kerv- ado du club', 'la Haute- Kerva-lie', 'les sous- sols', 'le Nord- est du pays', 'le Sud- ouest', 'la Haute- vallée', 'merci à Léa Kervo- et à toute', 'Kervo- ou Dornac'],
  },
  'a-for-grave-before-name': {
    repairs: [
      ['la recyclerie ouverte a Plouvenec en mai', 'la recyclerie ouverte à Plouvenec en mai'],
      ['Marc écrit a Anne Kervadec', 'Marc écrit à Anne Kervadec'],
      ['le 12 mai, a Saint-Trivoux', 'le 12 mai, à Saint-Trivoux'],
      ['une journée\na Quartier Libre', 'une journée\nà Quartier Libre'],
    ],
    keeps: ['il y a Pôle emploi', "qu'elle a Marseille en tête", 'le jury a retenu Atelier Vert', 'la catégorie a ETP', "l'a Paris"],
  },
  'glued-a-before-name': {
    repairs: [
      ['la recyclerie installée aRennes depuis', 'la recyclerie installée à Rennes depuis'],
      ['la ressourcerie aToucy.', 'la ressourcerie à Toucy.'],
      ['merci aJean-Pierre Kervadec', 'merci à Jean-Pierre Kervadec'],
    ],
    keeps: ['le site aMaze du club', 'la marque aNantes2', 'une page data.aRennes', 'le jeu aKervadec'],
  },
  'rare-letter': {
    repairs: [
      ['un petit béatiment rénové', 'un petit bâtiment rénové'],
      ['des pertes financidres du club', 'des pertes financières du club'],
      ["un projet d'intér&t local", "un projet d'intérêt local"],
      ['en Isdre et en Savoie', 'en Isère et en Savoie'],
      ['une action socnale et logistnque', 'une action sociale et logistique'],
      ['chague année dans le guartier', 'chaque année dans le quartier'],
      ['la région Nouvelle-Aguitaine finance', 'la région Nouvelle-Aquitaine finance'],
      ['le café R&ve ouvre', 'le café Rêve ouvre'],
      ["l'Hétel de Ville", "l'Hôtel de Ville"],
      ['des pôles de coapération', 'des pôles de coopération'],
      ['la région Normandne anime', 'la région Normandie anime'],
      ['la coopératian locale', 'la coopération locale'],
      ['une union natianale', 'une union nationale'],
      ['des professiannels du bois', 'des professionnels du bois'],
      // A place's compound closing on a given name is no given name.
      ['à Sainte-Anne Hétel de ville', 'à Sainte-Anne Hôtel de ville'],
    ],
    keeps: [
      // After a given name (a known one, or one as often a word) the word is a surname: mended into a known name only.
      'avec Pauline Lumidre, trésorière', 'avec Claude Fidre, trésorier',
      'le club Sébastian', 'des formations qualifiantes', 'la coopérative Kervéaline', 'avec Trivéa et Coat&co', 'la société Agoréa recrute', 'le projet Vandra', 'un cadre et un ordre', 'Hugues Kerguen guide', 'le Trégueux-Dornac', 'la coach Noah Kervadec', 'les actions sociétales'],
  },
  'inline-bullet-mark': {
    repairs: [
      ['le Club des Aubiers + TRAVOK • Dornac Vélo', 'le Club des Aubiers • TRAVOK • Dornac Vélo'],
      ['Atelier Vert • KERVAL » Ferme du Pont', 'Atelier Vert • KERVAL • Ferme du Pont'],
      ['le réseau PLAVO + Coop Merlin', 'le réseau PLAVO • Coop Merlin'],
    ],
    keeps: ['il a dit « oui, Atelier » Puis', "l'a fait. » Ils ont signé", 'le total 2 + 3 fait 5', 'la suite du projet » La fin', 'le FSE+ Région'],
  },
  'capital-doubled-acute': {
    repairs: [
      ["l'Assemblée Géenérale du club", "l'Assemblée Générale du club"],
      ['le Pôle Méditerranéee de Dornac', 'le Pôle Méditerranée de Dornac'],
      ['la Sociéeté des Kervadec', 'la Société des Kervadec'],
    ],
    keeps: ['les Pyrénées et le Réemploi', 'elles Créent un Réel projet', 'la Déesse du Créer', 'le café Gardeéry'],
  },
  'u-before-short-acronym': {
    repairs: [
      ['Lou Kervadec de UUR Dornac', "Lou Kervadec de l'UR Dornac"],
      ['le bureau de UUT Dornac', "le bureau de l'UT Dornac"],
      ['(UUD du Var)', "(l'UD du Var)"],
    ],
    keeps: ['le code XUUR du lot', 'la UURSSAF locale', "l'UUR"],
  },
  'digit-for-grave': {
    repairs: [
      ['un jardin ouvert 2 la nature', 'un jardin ouvert à la nature'],
      ["bâtie grâce 3 l'appui du club", "bâtie grâce à l'appui du club"],
      ['un retour 2 la terre', 'un retour à la terre'],
      // Before a place, on the line or the next one.
      ['le Pôle Vallée Verte 3 Trévoux', 'le Pôle Vallée Verte à Trévoux'],
      ['de la Côte 2\nArgelès-sur-Mer, dans', 'de la Côte à\nArgelès-sur-Mer, dans'],
    ],
    keeps: ['voir page 2 la suite', 'les 12 la veille', 'avec 2 Scic', 'le Master 2 Professionnel', 'de 2 3 la fois', 'le lot 3 Rennes', 'la Saison 2 Kervadec', 'le Club 3 Kervadec'],
  },
  'doubled-acute-end': {
    repairs: [
      ['la Communautée urbaine de Dornac', 'la Communauté urbaine de Dornac'],
      ['le Comitée Régional du sport', 'le Comité Régional du sport'],
      ["la communautée d'agglomération", "la communauté d'agglomération"],
      ['une sociétée coopérative', 'une société coopérative'],
    ],
    keeps: ['une action limitée', 'une personne invitée', 'une cible ciblée', 'la Citée', 'une maison habitée'],
  },
  'doubled-acute-start': {
    repairs: [
      ['les bénévoles ont eété formés', 'les bénévoles ont été formés'],
      ["le Syndicat mixte d'eétude du Valdor", "le Syndicat mixte d'étude du Valdor"],
      ['la transition éecologique du bourg', 'la transition écologique du bourg'],
      ["à l'éechelle du Brenvac", "à l'échelle du Brenvac"],
    ],
    keeps: ['une journée créée', 'les Pyrénées et la Garonne', 'la 2eédition du salon', 'voir www.eéchange.fr', 'Eéléonore Valdor'],
  },
  'acute-for-circumflex-a': {
    repairs: [
      ['le chantier Bétir Ensemble à Vannes', 'le chantier Bâtir Ensemble à Vannes'],
      ['la rénovation des bétiments communaux', 'la rénovation des bâtiments communaux'],
      ['la coopérative Valdor Béati Solidaire', 'la coopérative Valdor Bâti Solidaire'],
      ['le théétre municipal de Brest', 'le théâtre municipal de Brest'],
    ],
    keeps: ['les Pyrénées et la Garonne', 'avec Céline Valdor', 'selon Chloé Bétir', 'la Créativité au travail', 'le code xbétir@valdor.fr', 'la fête du quartier'],
  },
  'head-letter': {
    repairs: [
      ["l'Assaciation des Amis du Valdor", "l'Association des Amis du Valdor"],
      ['les atellers partagés de Brenvac', 'les ateliers partagés de Brenvac'],
      ['le Réeseau des recycleries', 'le Réseau des recycleries'],
      ['les coliectivités du Valdor', 'les collectivités du Valdor'],
      ["l'Unnon régionale des Valdor", "l'Union régionale des Valdor"],
      ['LA FANDATION VALDOR', 'LA FONDATION VALDOR'],
    ],
    keeps: ['la ville de Lille', 'avec Régine Valdor', 'chez Boyer et fils', 'les Foundation Days', 'le site www.fandation.org', 'la Maisnon'],
  },
  'acute-for-grave-word': {
    repairs: [
      ['aprés la réunion du Valdor', 'après la réunion du Valdor'],
      ['soutenu auprés de la Région', 'soutenu auprès de la Région'],
      ['une coopérative installée prés de Vannes', 'une coopérative installée près de Vannes'],
      ["depuis prés d'un an", "depuis près d'un an"],
      ['Aprés deux ans, un succés.', 'Après deux ans, un succès.'],
      ['soutenu aupres de la Région, tres actif', 'soutenu auprès de la Région, très actif'],
      ['une coopérative installée pres de Vannes', 'une coopérative installée près de Vannes'],
    ],
    keeps: ['les prés de la ferme du Valdor', 'les pres de la ferme', 'des prés verts', 'le trésorier', 'la Présidente', 'voir www.aprés.fr', "le réseau s'est progres"],
  },
  'compound-pole': {
    repairs: [
      ['la Ville-Agglopdle de Dornac', 'la Ville-Agglopôle de Dornac'],
      ["l'Ecopéle alimentaire", "l'Ecopôle alimentaire"],
      ['le Matériaupdle de Lyon', 'le Matériaupôle de Lyon'],
      ['les Technopdles du sud', 'les Technopôles du sud'],
    ],
    keeps: ['la chapelle du bourg', 'une pelle et un râteau', 'le site www.agglopdle.fr', 'le code 12pdle', 'le Pdlex de Nantes'],
  },
  'l-in-capitals': {
    repairs: [
      ['POLE TERRITORIAL DE COOPERATlON', 'POLE TERRITORIAL DE COOPERATION'],
      ['LES PETlTES CANTINES', 'LES PETITES CANTINES'],
      ['le journal POlNT COMMUN', 'le journal POINT COMMUN'],
      ['RAPPORT DES ACTIVlTES', 'RAPPORT DES ACTIVITES'],
      ['la SClC Vertbois', 'la SCIC Vertbois'],
      ['avec Paul KOWALSKl, trésorier', 'avec Paul KOWALSKI, trésorier'],
      ['Lucie\nMARTINSKl, présidente', 'Lucie\nMARTINSKI, présidente'],
    ],
    keeps: ['la marque ZORlX, fondée', 'Paul Roy et BEKlX', 'la coop KERlX ouvre', 'le code ABlC', 'un mot Total', 'le site ABClNE.fr', 'le sigle CCl'],
  },
  'glued-sentence-start': {
    repairs: [
      ['les meubles. Parexemple, nous', 'les meubles. Par exemple, nous'],
      ['du mois.\nSurle principe, la mairie', 'du mois.\nSur le principe, la mairie'],
      ['en mai !\nUnnouveau bureau est élu', 'en mai !\nUn nouveau bureau est élu'],
      ['en 2020. Cesstructures sont', 'en 2020. Ces structures sont'],
      // After an opening quotation mark; `Les` before a plural, also inside a heading.
      ['des salariés. "Parexemple, les meubles', 'des salariés. "Par exemple, les meubles'],
      ['le club. (Surle principe, oui)', 'le club. (Sur le principe, oui)'],
      ['Pôle des acteurs Lescircuits courts', 'Pôle des acteurs Les circuits courts'],
      ['en mai.\nLestravaux commencent', 'en mai.\nLes travaux commencent'],
    ],
    keeps: ['Mme Leconte est là', 'le cas Parexemple, nous', 'le club. Surle, son chien', 'Desjardins est là', 'Carmaux accueille', 'Lesueur est là', 'avec Lescure et Roux', 'le mot x"Parexemple', 'Lesbats arrive'],
  },
  'glued-u-article': {
    repairs: [
      ['le prix remis parUAtelier Vert', "le prix remis par l'Atelier Vert"],
      ['le directeur\ndelUInstitut du bois', "le directeur\nde l'Institut du bois"],
      ['un verger laissé àlUabandon', "un verger laissé à l'abandon"],
      ['soutenu pourUHabitat partagé', "soutenu pour l'Habitat partagé"],
    ],
    keeps: ['le groupe parUKxq', 'le code ABdeUAxx', 'un verger àlUxqzt', 'le site www.parUAtelier.fr', 'une école alUécole'],
  },
  'footnote-after-elision': {
    repairs: [
      ['la mairie, UAtelier2 et le club', 'la mairie, UAtelier et le club'],
      ['avec dEntreprise3, puis', 'avec dEntreprise, puis'],
      ['(lAssociation1)', '(lAssociation)'],
    ],
    keeps: ['le club UKervadec2 et', 'la salle UAtelier2 500 m²', 'le site www.UAtelier2.fr'],
  },
};

describe('OCR repairs', () => {
  it('every repair has at least 3 repaired and 2 kept cases here', () => {
    for (const repair of OCR_REPAIRS) {
      const cases = CASES[repair.name];
      expect(cases?.repairs.length ?? 0, repair.name).toBeGreaterThanOrEqual(3);
      expect(cases?.keeps.length ?? 0, repair.name).toBeGreaterThanOrEqual(2);
    }
  });

  it('every case here names a repair (a repair removed or renamed leaves no case untested)', () => {
    const names = new Set(OCR_REPAIRS.map((repair) => repair.name));
    for (const name of Object.keys(CASES)) expect(names.has(name), name).toBe(true);
  });

  for (const repair of OCR_REPAIRS) {
    const cases = CASES[repair.name] ?? { repairs: [], keeps: [] };
    describe(repair.name, () => {
      it.each(cases.repairs.map(([damaged, repaired]) => [damaged, repaired]))('repairs %j', (damaged, repaired) => {
        const edits = ocrRepairEdits(damaged, [repair]);
        expect(applyEdits(damaged, edits).text).toBe(repaired);
        // Offsets still lead back to the page text: every kept character maps to itself.
        const { text, toOriginal } = normaliseText(damaged);
        for (let index = 0; index < text.length; index += 1) {
          const original = toOriginal(index);
          expect(original).toBeGreaterThanOrEqual(index === 0 ? 0 : toOriginal(index - 1));
        }
      });
      it.each(cases.keeps.map((text) => [text]))('leaves %j', (text) => {
        expect(ocrRepairEdits(text, [repair])).toEqual([]);
      });
    });
  }

  it('reads the noun after a number before the accent repairs: `péles` is `pôles`, `piéces` still `pièces`', () => {
    expect(normaliseText('la charte signée par 31 péles du réseau').text).toBe('la charte signée par 31 pôles du réseau');
    expect(normaliseText('chaque atelier a 3 piéces et une lumiére').text).toBe('chaque atelier a 3 pièces et une lumière');
  });

  it('keeps spans on the page text: a repaired word maps back to the damaged one', () => {
    const page = 'Les acteurs de UESS et lumiére.';
    const { text, toOriginal } = normaliseText(page);
    expect(text).toBe("Les acteurs de l'ESS et lumière.");
    const start = text.indexOf('ESS');
    expect(page.slice(toOriginal(start), toOriginal(start + 2) + 1)).toBe('ESS');
    const word = text.indexOf('lumière');
    expect(page.slice(toOriginal(word), toOriginal(word + 6) + 1)).toBe('lumiére');
  });

  it('answers `head-letter`\'s first test from letter tables as from the folded word, whatever letters end the word', () => {
    // Latin letters (`é`, `Ç`, `ſ`, `İ`, whose lower case is two characters), a ligature, an astral letter, a Greek one.
    const letters: string[] = ['ﬁ', '𝐀', 'Σ', 'İ', 'Ǆ'];
    for (let code = 0x41; code < 0x180; code += 1) if (/\p{L}/u.test(String.fromCharCode(code))) letters.push(String.fromCharCode(code));
    const differing: string[] = [];
    for (const first of letters) {
      for (const second of letters) {
        for (const word of [`${first}${second}ssoc`, `ciat${first}${second}`, `${first}${second}x${first}${second}`]) {
          if (mayBeHead(word) !== foldedMayBeHead(word)) differing.push(word);
        }
      }
    }
    expect(differing).toEqual([]);
  });

  it('passes every word one confusion mends into a head to `head-letter` (`mayBecomeHead`: the damaged heads, by hash)', () => {
    const confusions = [...LETTER_CONFUSIONS, ['ée', 'é'], ['eé', 'é']] as const;
    const heads = ORGANISATION_HEADS.filter((head) => head.length >= 5 && !/[\s'-]/u.test(head)).flatMap((head) => [head, `${head}s`, `${head}x`]);
    const missed: string[] = [];
    for (const head of heads) {
      // Each damaged form: a printed letter (or its folded form) read as the confusion's letters, in each case.
      for (const [read, printed] of confusions) {
        for (const written of new Set([head, fold(head)])) {
          for (let at = written.indexOf(printed); at >= 0; at = written.indexOf(printed, at + 1)) {
            const damaged = `${written.slice(0, at)}${read}${written.slice(at + printed.length)}`;
            const capitalised = `${damaged.charAt(0).toUpperCase()}${damaged.slice(1)}`;
            for (const word of [damaged, capitalised, damaged.toUpperCase()]) if (!mayBecomeHead(word)) missed.push(word);
          }
        }
      }
    }
    expect(missed).toEqual([]);
    // A word no confusion mends into a head, a head itself, is passed over; a word with a letter lowered to two (`İ`) or
    // folded to none or several (`ß`, `œ`) is read as `mayBeHead` reads it.
    for (const word of ['PLANNING', 'printemps', 'soleil', 'Portrait', 'bibliothèque', 'ateliers']) expect(mayBecomeHead(word), word).toBe(false);
    for (const word of ['İnstitut', 'Straße', 'Œuvres']) expect(mayBecomeHead(word), word).toBe(mayBeHead(word));
  });

  it('answers a word French spells from its table of groups as the groups themselves do (`impossible-group` skips it)', () => {
    for (const word of ['solidaire', 'Gestion', 'ÉCOLE', 'habitants', 'Brocantik', 'étaient']) {
      expect(spellsFrench(word), word).toBe(true);
      expect(foreignGroups(word.toLowerCase()), word).toEqual([]);
    }
    // A foreign group, or a letter the table does not hold (`œ`, `ß`, a digit): the word is read group by group.
    for (const word of ['solidalre', 'Glrard', 'gesfion', 'cœur', 'Straße', 'abc12lre']) expect(spellsFrench(word), word).toBe(false);
    for (const word of ['solidalre', 'Glrard', 'gesfion']) expect(foreignGroups(word.toLowerCase()).length, word).toBeGreaterThan(0);
  });
});
