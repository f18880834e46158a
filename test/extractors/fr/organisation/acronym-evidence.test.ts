/**
 * Each named guard of `acronymGuard` (extractors/fr/organisation/acronym-evidence.ts) rejects at
 * least three invented upper-case tokens (its id is returned) and leaves two alone. `|` marks
 * the start of the token.
 */
import { describe, expect, it } from 'vitest';
import { ACRONYM_GUARDS, acronymGuard, namesOrganisation, territoryAfterAcronym } from '../../../../extractors/fr/organisation/acronym-evidence.js';

interface Example {
  /** The text, `|` right before the token. */
  readonly line: string;
  readonly token: string;
}

function guard(example: Example): string | null {
  const start = example.line.indexOf('|');
  const text = example.line.replace('|', '');
  return acronymGuard(text, start, start + example.token.length, example.token);
}

const GUARDS: Readonly<Record<string, { positive: readonly Example[]; negative: readonly Example[] }>> = {
  'drop-cap-remainder': {
    positive: [
      { line: '|ANS la vallée, les habitants', token: 'ANS' },
      { line: 'Le dossier\n|OUS avons ouvert', token: 'OUS' },
      { line: '  |ETTE année le collectif', token: 'ETTE' },
    ],
    negative: [
      { line: '|ZORBAK accompagne les habitants', token: 'ZORBAK' },
      { line: 'avec la |ANS la vallée', token: 'ANS' },
      { line: '|ANS Kalimba, les habitants', token: 'ANS' },
    ],
  },
  'place-in-brackets': {
    positive: [
      { line: 'Kalimba (|ARDECHE) : Les Granges', token: 'ARDECHE' },
      { line: 'Vergers Unis (|BRETAGNE) : Nova', token: 'BRETAGNE' },
      { line: 'Association Lien (|CANTAL) : Micro-ferme', token: 'CANTAL' },
    ],
    negative: [
      { line: 'Kalimba (|ZORBAK) : Les Granges', token: 'ZORBAK' },
      { line: 'le département du |CANTAL finance', token: 'CANTAL' },
    ],
  },
  'place-in-capitals': {
    positive: [
      { line: 'Le 11 janvier\n\nEMPLOI/|VENDÉE. Une ressourcerie', token: 'VENDÉE' },
      { line: 'Le stand de la |SAVOIE a accueilli', token: 'SAVOIE' },
      { line: 'Retour ; |ARDÈCHE : les chantiers', token: 'ARDÈCHE' },
    ],
    negative: [
      { line: 'Le stand de |ZORBAK a accueilli', token: 'ZORBAK' },
      { line: 'avec le |CCAS de la ville', token: 'CCAS' },
      { line: 'Le stand de |PAU a accueilli', token: 'PAU' },
    ],
  },
  'place-after-preposition': {
    positive: [
      { line: 'une aide à l’épicerie solidaire de |MONTBARD pour 2019', token: 'MONTBARD' },
      { line: 'la ressourcerie installée à |LUNEL depuis', token: 'LUNEL' },
      { line: 'un chantier ouvert en |DORDOGNE cette année', token: 'DORDOGNE' },
    ],
    negative: [
      { line: 'avec le soutien de l’|ADEME Bretagne', token: 'ADEME' },
      { line: 'les adhérents de |ZORBAK depuis', token: 'ZORBAK' },
      { line: 'la |LUNEL Solidaire recrute', token: 'LUNEL' },
    ],
  },
  category: {
    positive: [
      { line: 'Le site deviendra une |SCI pour', token: 'SCI' },
      { line: 'la collecte des |DEEE du quartier', token: 'DEEE' },
      { line: 'le tri des |DIB et des cartons', token: 'DIB' },
    ],
    negative: [
      { line: 'la |SCIC Terres Unies', token: 'SCIC' },
      { line: 'avec la |CRESS et', token: 'CRESS' },
    ],
  },
  'glued-after-apostrophe': {
    positive: [
      { line: "• Dispositif • COOP'|ECO", token: 'ECO' },
      { line: "le salon AGRI'|BIO de mai", token: 'BIO' },
      { line: "la marque TERR’|AVENIR", token: 'AVENIR' },
    ],
    negative: [
      { line: "avec l'|ADEME et", token: 'ADEME' },
      { line: "soutenu par d’|URSSAF", token: 'URSSAF' },
    ],
  },
  'said-to-be-programme': {
    positive: [
      { line: 'Depuis mars, le |TRV est un dispositif d’échange entre pairs.', token: 'TRV' },
      { line: 'Nous avons lancé le |PRAO, un programme régional.', token: 'PRAO' },
      { line: 'L’île protège sa Zone Maritime Protégée (|ZMP) depuis 2015.', token: 'ZMP' },
      { line: 'Le CREPA est un nouveau plan. Qui peut demander le |CREPA ?', token: 'CREPA' },
      { line: 'Le Programme Territorial de Kalimbo (PTKB) finance dix projets. Le |PTKB a aidé 40 structures.', token: 'PTKB' },
      { line: 'Son Assemblée\nGénérale Extraordinaire (AGEX) a eu lieu. Une |AGEX constructive.', token: 'AGEX' },
      { line: 'la stratégie : le Plan\nLocal de Vérignac (|PLVR) qui fixe les priorités', token: 'PLVR' },
    ],
    negative: [
      { line: 'Le |GRAAL est une association de Lille.', token: 'GRAAL' },
      { line: 'La |FRAB, une fédération régionale, a signé.', token: 'FRAB' },
      { line: 'Le Groupement des Zones Artisanales (|GZA) a voté.', token: 'GZA' },
      { line: 'Elle siège à l’Assemblée des Territoires Ruraux (ATRV). L’|ATRV a voté.', token: 'ATRV' },
      { line: 'Le bilan du Programme\n\nFédération des Amis du Trokal (|FATK) est lu.', token: 'FATK' },
    ],
  },
  'programme-led-expansion': {
    positive: [
      { line: 'En 2019, le projet Kalimbo de développement solidaire (|KDS) démarre.', token: 'KDS' },
      { line: 'Elle prépare le BTS Gestion, animation des vergers (GAVR). Le |GAVR recrute.', token: 'GAVR' },
      { line: 'Concept de Fermes Coopératives Vérignacaises (|FCV) : ce concept réunit des jeunes.', token: 'FCV' },
      { line: 'Le programme Trokal d’Insertion Locale (TIL) finance dix ateliers ; le |TIL a aidé 40 structures.', token: 'TIL' },
    ],
    negative: [
      { line: 'Le projet est porté par la Fédération des Amis du Trokal (|FATK) depuis 2012.', token: 'FATK' },
      { line: 'Le projet Kalimbo de développement solidaire (|ZORBAK) démarre.', token: 'ZORBAK' },
      { line: 'Son projet : rejoindre le Groupement Vérignacais (|GVK), une association.', token: 'GVK' },
    ],
  },
  'course-after-diploma': {
    positive: [
      { line: 'Un étudiant en BTS |AGRIV présente son enquête.', token: 'AGRIV' },
      { line: 'Elle a fondé le master IPEXS ; l’équipe du |IPEXS accueille 30 étudiants.', token: 'IPEXS' },
      { line: 'Il prépare un DUT |GERFA à Vérignac.', token: 'GERFA' },
      { line: 'Le Mastère |MOBIX ouvre en septembre.', token: 'MOBIX' },
    ],
    negative: [
      { line: 'Les stagiaires du BTS sont accueillis par la |ZORBAK.', token: 'ZORBAK' },
      { line: 'Après sa licence, elle a rejoint le |KALIMBA.', token: 'KALIMBA' },
      { line: 'Le MBA est financé par l’|ADEME ; master ADEME.', token: 'ADEME' },
      { line: 'Chaque pagayeur prend une licence FFCKV ; la |FFCKV soutient le club.', token: 'FFCKV' },
      { line: 'Elle obtient un diplôme CNAMV ; le |CNAMV de Vérignac ouvre le soir.', token: 'CNAMV' },
      { line: 'Elle a suivi le master KEDGV ; la |KEDGV Business School l’a accueillie.', token: 'KEDGV' },
      { line: 'Il vise un MBA SKOLAV, car la |SKOLAV recrute à Lusignac.', token: 'SKOLAV' },
    ],
  },
  'counted-kind': {
    positive: [
      { line: 'Elle a signé un |CDDQ de six mois.', token: 'CDDQ' },
      { line: 'Le territoire compte deux |ACIV et trois ACIV en projet.', token: 'ACIV' },
      { line: 'Plusieurs |SIAF recrutent ; des SIAF ferment.', token: 'SIAF' },
      { line: 'Le réseau réunit 12 |GEIK régionaux.', token: 'GEIK' },
    ],
    negative: [
      { line: 'Le territoire compte deux |ACIV ; l’ACIV du Val recrute.', token: 'ACIV' },
      { line: 'Un partenariat avec la |ZORBAK est signé.', token: 'ZORBAK' },
      { line: 'Elle a rejoint |KALIMBA en 2020.', token: 'KALIMBA' },
    ],
  },
  'defined-as-kind': {
    positive: [
      { line: 'Un guide des sociétés foncières solidaires (SFS). Deux |SFS sont nées cette année.', token: 'SFS' },
      { line: 'Les organismes de portage immobilier (OPI) se multiplient ; la |OPI de la ville recrute.', token: 'OPI' },
      { line: 'Le réseau des |CLAM grandit : ces centres locaux d’accueil mobile (CLAM) ouvrent en mai.', token: 'CLAM' },
    ],
    negative: [
      { line: 'Un guide des sociétés foncières solidaires (SFS). La |SFS du Berry a ouvert.', token: 'SFS' },
      { line: 'Les organismes de portage immobilier (OPI) se multiplient ; l’|OPI 35 recrute.', token: 'OPI' },
      { line: 'La société foncière solidaire (SFS) est née ; la |SFS recrute.', token: 'SFS' },
      { line: 'Les Ateliers Solidaires (AS) et l’|ASR, association de services ruraux.', token: 'ASR' },
    ],
  },
  'open-kind-list': {
    positive: [
      { line: 'Le plan réunit éleveurs, cantines, épiceries, |RHD… autour de la table.', token: 'RHD' },
      { line: 'Viennent les maraîchers, boulangers, |GMSR ... et bien d’autres.', token: 'GMSR' },
      { line: 'Ils orientent vers les associations, foyers, |CHRS, etc. du secteur.', token: 'CHRS' },
    ],
    negative: [
      { line: 'Le plan réunit éleveurs, cantines et le |GRAVO autour de la table.', token: 'GRAVO' },
      { line: 'Avec la mairie, |KERVAL… et les autres.', token: 'KERVAL' },
      { line: 'Les éleveurs, |ZORBAK, la mairie ont signé.', token: 'ZORBAK' },
    ],
  },
  'surname-after-office': {
    positive: [
      { line: 'dirigé par le premier ministre\n|DURAND à instaurer', token: 'DURAND' },
      { line: 'la préfète |LEBLANC a signé la convention', token: 'LEBLANC' },
      { line: 'reçus par le maire\n|TOURNIER, qui', token: 'TOURNIER' },
      { line: 'le député |MORVAN a visité la ressourcerie', token: 'MORVAN' },
    ],
    negative: [
      { line: 'reçus par le maire et la |KALIMBA', token: 'KALIMBA' },
      { line: 'le président |ZORBAK a signé', token: 'ZORBAK' },
      { line: 'le ministère de la |DREETS', token: 'DREETS' },
    ],
  },
  'thing-expansion': {
    positive: [
      { line: 'certains fournisseurs d’accès à Internet (|FAI) ont investi', token: 'FAI' },
      { line: 'les élèves préparent l’|AVPC (Aide au permis de conduire) en mai', token: 'AVPC' },
      { line: 'la prime de transition (PTV) est versée ; la |PTV couvre', token: 'PTV' },
    ],
    negative: [
      { line: 'la commission départementale de l’emploi (|CDE) a été instaurée', token: 'CDE' },
      { line: 'elle rejoint la Fédération française handisport (|FFH) en mai', token: 'FFH' },
      { line: 'la |PMI (Protection Maternelle et Infantile) suit les familles', token: 'PMI' },
    ],
  },
  'first-name-in-capitals': {
    positive: [
      { line: 'Entretien |LUCIE\nBERTRAND, GÉRANTE', token: 'LUCIE' },
      { line: 'PORTRAIT |MARC DULAC', token: 'MARC' },
      { line: 'Paru le 3 mai |PAUL\nVERNIER, DIRECTEUR', token: 'PAUL' },
    ],
    negative: [
      { line: 'il s’appelle |PIERRE : Pôle d’investissement', token: 'PIERRE' },
      { line: 'avec |KALIMBA GESTION', token: 'KALIMBA' },
    ],
  },
};

describe('acronymGuard: upper-case tokens that are no organisation', () => {
  it('every guard has cases', () => {
    expect(Object.keys(GUARDS).sort()).toEqual(ACRONYM_GUARDS.map((rule) => rule.id).sort());
  });
  for (const [id, { positive, negative }] of Object.entries(GUARDS)) {
    it(`${id} rejects the token (≥ 3 positive cases)`, () => {
      expect(positive.length).toBeGreaterThanOrEqual(3);
      for (const example of positive) expect(guard(example), example.line).toBe(id);
    });
    it(`${id} leaves the token alone (≥ 2 negative cases)`, () => {
      expect(negative.length).toBeGreaterThanOrEqual(2);
      for (const example of negative) expect(guard(example), example.line).not.toBe(id);
    });
  }
});

describe('territoryAfterAcronym: the territory a body serves is part of its name', () => {
  const named = (line: string): string => {
    const end = line.indexOf('|');
    const text = line.replace('|', '');
    return text.slice(0, territoryAfterAcronym(text, end));
  };
  it('reads a place or a territory after de/du (≥ 3 positive cases)', () => {
    expect(named('la CAF| du Cher finance')).toBe('la CAF du Cher');
    expect(named("la CCI| du Pays\nd'Auge et")).toBe("la CCI du Pays\nd'Auge");
    expect(named('le SICTOM| du Val Fort.')).toBe('le SICTOM du Val Fort');
    expect(named("l'ADAPEI| de la Gironde a")).toBe("l'ADAPEI de la Gironde");
    expect(named('la CCI| Alsace Eurométropole, la')).toBe('la CCI Alsace Eurométropole');
    expect(named('la MSA| Picardie et la')).toBe('la MSA Picardie');
  });
  it('reads a department written with spaces for its hyphens (≥ 3 positive cases)', () => {
    expect(named('avec la CCI| Ille et Vilaine, les')).toBe('avec la CCI Ille et Vilaine');
    expect(named('la CAF| Seine Saint Denis finance')).toBe('la CAF Seine Saint Denis');
    expect(named('la CMA| Loire Atlantique et la')).toBe('la CMA Loire Atlantique');
    expect(named('la MSA| Meurthe et Moselle.')).toBe('la MSA Meurthe et Moselle');
  });
  it('leaves spaced capitals that are no place (≥ 2 negative cases)', () => {
    expect(named('la CCI| Kalimba Services, la')).toBe('la CCI');
    expect(named('le GEIQ| Terre et Mer organise')).toBe('le GEIQ');
  });
  // A proper name no place list holds after `de`, closing the phrase: the small town or the country the body serves.
  it('reads a proper name closing the phrase after de (≥ 3 positive cases)', () => {
    expect(named("l'AAPPMA| de Trokalis : 12 mars")).toBe("l'AAPPMA de Trokalis");
    expect(named("le GAL| de\nl'Orvanne est l'interlocuteur")).toBe("le GAL de\nl'Orvanne");
    expect(named('la MFR| de Brévalou, qui forme')).toBe('la MFR de Brévalou');
    // A place and the capitalised adjective of its people are one territory.
    expect(named("le GAL| de\nl'Argonne Lorvaise est")).toBe("le GAL de\nl'Argonne Lorvaise");
  });

  it('leaves a given name, a common word or a phrase going on after de (≥ 2 negative cases)', () => {
    expect(named('la MJC| de Jean Moulin est')).toBe('la MJC');
    expect(named("l'AAPPMA| de Trokalis organise")).toBe("l'AAPPMA");
    expect(named('le CCAS| de Trokal Services.')).toBe('le CCAS');
  });

  it('stops at the acronym when no territory follows (≥ 2 negative cases)', () => {
    expect(named('la CCI| de nos régions')).toBe('la CCI');
    expect(named('le SICTOM| de Kalimba Services')).toBe('le SICTOM');
    expect(named('la CCI| Kalimba accompagne')).toBe('la CCI');
  });
  it('reads a territory word then its name, a territory no list holds (≥ 3 positive cases)', () => {
    expect(named('la MSA| Pays Alpins, la')).toBe('la MSA Pays Alpins');
    expect(named("l'ADIE| Côte Basque accompagne")).toBe("l'ADIE Côte Basque");
    expect(named('AFEP| Côte D’Émeraude est une association')).toBe('AFEP Côte D’Émeraude');
    expect(named('la MSA| Côtes Bretonnes.')).toBe('la MSA Côtes Bretonnes');
  });
  it('leaves a place adjective or a word that is no territory before a capital (≥ 2 negative cases)', () => {
    expect(named('la CCI| Grand Public organise')).toBe('la CCI');
    expect(named('le GEIQ| Terre Mer recrute')).toBe('le GEIQ');
    expect(named("l'ADIE| Pays d'un jour")).toBe("l'ADIE");
  });
  it('reads a known place before the sentence goes on in lower case (≥ 3 positive cases)', () => {
    expect(named("l'ADIE| Rennes accompagne les créateurs")).toBe("l'ADIE Rennes");
    expect(named('avec ECOLA|\nRennes a ouvert')).toBe('avec ECOLA\nRennes');
    expect(named('la CCI| Lourdes organise')).toBe('la CCI Lourdes');
  });
  it('leaves a place that is a first name, or no place, before lower case (≥ 2 negative cases)', () => {
    expect(named("l'ADIE| Nancy accompagne")).toBe("l'ADIE");
    expect(named('la CCI| Kalimba accompagne')).toBe('la CCI');
    expect(named('la CCI| Lourdes Martin a dit')).toBe('la CCI');
  });
  it('reads a former region or a town in capitals after de (≥ 3 positive cases)', () => {
    expect(named('l’UFAB| du Berry et la')).toBe('l’UFAB du Berry');
    expect(named('la CUMA| d’ESCOURBAC a tenu')).toBe('la CUMA d’ESCOURBAC');
    expect(named('la CUMA| de ESCOURBAC-LE-HAUT.')).toBe('la CUMA de ESCOURBAC-LE-HAUT');
    expect(named('de la CUMA| d’ESCOURBAC\nLa CUMA')).toBe('de la CUMA d’ESCOURBAC');
    expect(named('de la CUMA|\nd’ESCOURBAC La CUMA d’ESCOURBAC a tenu')).toBe('de la CUMA\nd’ESCOURBAC');
  });
  it('leaves a region that starts another name, a common word or a known acronym (≥ 2 negative cases)', () => {
    expect(named('Marc DURAND| du Berry Solidaire et')).toBe('Marc DURAND');
    expect(named('le PTCE| de PROXIMITÉ organise')).toBe('le PTCE');
    expect(named('la FNCUMA| de ADEME.')).toBe('la FNCUMA');
  });
});

describe('namesOrganisation: an article in a sentence, the token closing the clause', () => {
  const names = (example: Example): boolean => {
    const start = example.line.indexOf('|');
    const text = example.line.replace('|', '');
    return namesOrganisation(text, start, start + example.token.length);
  };
  it('reads a name after a lower-case singular article, before a line break, a dash, a comma or a bracket (≥ 3 positive cases)', () => {
    expect(names({ line: 'La journée est organisée par le |BOCAL\nLes ateliers commencent à dix heures.', token: 'BOCAL' })).toBe(true);
    expect(names({ line: 'Étaient présents la mairie, l’école et le |PHARE - puis les élus.', token: 'PHARE' })).toBe(true);
    expect(names({ line: 'Nous remercions chaleureusement la |CLÉ, la mairie et les familles.', token: 'CLÉ' })).toBe(true);
    expect(names({ line: 'Une aide versée par le |GRENIER) a permis le chantier.', token: 'GRENIER' })).toBe(true);
  });
  it('leaves a sentence end, a heading or a line start (≥ 2 negative cases)', () => {
    expect(names({ line: 'Tout est rangé dans le |BOCAL.', token: 'BOCAL' })).toBe(false);
    expect(names({ line: 'ORGANISÉE PAR LE |BOCAL -', token: 'BOCAL' })).toBe(false);
    expect(names({ line: 'Le |BOCAL\nUn lieu pour les habitants.', token: 'BOCAL' })).toBe(false);
  });
});
