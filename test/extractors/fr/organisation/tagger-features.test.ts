/**
 * Each feature family of the organisation tagger (tagger-features.ts) on invented sentences: 3
 * where it fires and 2 where it does not, read on the token marked `{…}`. `[…]` marks an
 * organisation proposal of a rule (`fr.organisation.named`), `<…>` a person the rules found.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../extractors/core/types.js';
import { namedFeatures, tokenise } from '../../../../extractors/fr/organisation/tagger-features.js';

function parse(marked: string): { text: string; proposals: Candidate[]; subject: number } {
  let text = '';
  let subject = -1;
  const open: { start: number; type: 'organisation' | 'person' }[] = [];
  const proposals: Candidate[] = [];
  for (const char of marked) {
    if (char === '{') subject = text.length;
    else if (char === '}') continue;
    else if (char === '[' || char === '<') open.push({ start: text.length, type: char === '[' ? 'organisation' : 'person' });
    else if (char === ']' || char === '>') {
      const mark = open.pop();
      if (mark === undefined) throw new Error(`unbalanced marks in ${marked}`);
      const rule = mark.type === 'organisation' ? 'fr.organisation.named' : 'fr.person.name';
      proposals.push({ type: mark.type, start: mark.start, end: text.length, value: text.slice(mark.start), confidence: 0.8, rule, inferred: [] });
    } else text += char;
  }
  return { text, proposals, subject };
}

/** The feature names of the marked token. */
function featuresAt(marked: string): string[] {
  const { text, proposals, subject } = parse(marked);
  const { tokens, names } = namedFeatures(text, proposals);
  const index = tokens.findIndex((token) => token.start === subject);
  if (index < 0) throw new Error(`no token starts at the mark in ${marked}`);
  return names[index] ?? [];
}

const CASES: Readonly<Record<string, { fires: readonly string[]; silent: readonly string[] }>> = {
  'shape=Xx': {
    fires: ['Nous avons rencontré {Brocantik} hier.', '{Vergelune} ouvre ses portes.', 'Merci à {Tramapol} et aux autres.'],
    silent: ['Le {GRETAQ} recrute.', 'Nous {avons} rencontré Brocantik.'],
  },
  'shape=XX': {
    fires: ['Le {CREPAQ} recrute.', 'Avec {URBALIS}, le projet avance.', 'Réunion du {COPIL} lundi.'],
    silent: ['Le {Crepaq} recrute.', 'Le {X} marque le lieu.'],
  },
  'shape=mixed': {
    fires: ['Le tiers-lieu {Hub42} ouvre.', 'Rendez-vous au {B612} demain.', 'Le collectif {3Pommes} chante.'],
    silent: ['Le tiers-lieu {Hub} ouvre.', 'Il y a {42} places.'],
  },
  'inner=hyphen': {
    fires: ['Nous saluons {Vél-Ouest} ici.', 'Le réseau {Terre-Neuve} grandit.', 'À {Saint-Brieuc}, rien.'],
    silent: ['Nous saluons {Vélouest} ici.', 'Le réseau {Terre} grandit.'],
  },
  'inner=apostrophe': {
    fires: ['Nous saluons {Vél’Ouest} ici.', 'Le café {Coop’Art} ferme.', 'Avec {Recycl’Eco}, tout change.'],
    silent: ['Avec {l’}atelier, tout change.', 'Le café {Coopart} ferme.'],
  },
  'inner=ampersand': {
    fires: ['Nous saluons {Coop&Vous} ici.', 'Le studio {Arts&Co} ferme.', 'Avec {Bois&Fer}, tout change.'],
    silent: ['Nous saluons {Coop} & Vous ici.', 'Le studio {Artsco} ferme.'],
  },
  'class=type-word': {
    fires: ['Une {association} de quartier.', 'La {coopérative} Mirabel ouvre.', 'Le {PTCE} du Val grandit.'],
    silent: ['Une {maisonnette} de quartier.', 'La {Mirabel} ouvre.'],
  },
  'class=function-word': {
    fires: ['Le jardin {des} Possibles.', 'Merci {à} tous.', 'Nous {et} eux.'],
    silent: ['Le jardin des {Possibles}.', 'Merci à {tous}.'],
  },
  'class=cue': {
    fires: ['Un projet {porté} par Lumio.', 'Nos {partenaires} : A, B.', 'En {partenariat} avec Lumio.'],
    silent: ['Un projet {rapide} ici.', 'Nos {amis} sont là.'],
  },
  'class=role': {
    fires: ['Le {président} de Lumio parle.', 'La {directrice} arrive.', 'Un {trésorier} élu.'],
    silent: ['Le {jardin} de Lumio parle.', 'La {porte} arrive.'],
  },
  'class=title': {
    fires: ['{Madame} Lenoir arrive.', 'Voici {Monsieur} Brac.', 'Le {Docteur} Kerrien parle.'],
    silent: ['{Maison} Lenoir arrive.', 'Voici {Lumio} Brac.'],
  },
  'class=calendar': {
    fires: ['Le 3 {mars} prochain.', 'Rendez-vous {lundi} matin.', 'En {octobre}, rien.'],
    silent: ['Le 3 {marsouin} prochain.', 'Rendez-vous {demain} matin.'],
  },
  'class=place': {
    fires: ['Le marché de {Lyon} ouvre.', 'En {Bretagne}, tout va.', 'Rendez-vous à {Nantes} demain.'],
    silent: ['Le marché de {Lumiovert} ouvre.', 'En {été}, tout va.'],
  },
  'class=first-name': {
    fires: ['{Camille} Lenoir arrive.', 'Voici {Karim} Brac.', 'Avec {Sophie}, tout change.'],
    silent: ['{Brocantik} arrive.', 'Voici {Tramapol} ici.'],
  },
  'class=common-word': {
    fires: ['Les {Jardins} ouvrent.', '{Horizon} nouveau.', 'Une {Fabrique} ici.'],
    silent: ['Les {Brocantik} ouvrent.', 'Une {fabrique} ici.'],
  },
  'class=unknown-capital': {
    fires: ['Les {Brocantik} ouvrent.', 'Merci à {Tramapol} ici.', 'Avec {Vergelune}, tout change.'],
    silent: ['Les {Jardins} ouvrent.', 'Merci à {tous} ici.'],
  },
  'word=w:association': {
    fires: ['Une {association} de quartier.', 'L’{association} Lumio.', 'Cette {Association} agit.'],
    silent: ['Une {Brocantik} de quartier.', 'Une {assoc} de quartier.'],
  },
  'capital=mid-sentence': {
    fires: ['Nous avons vu {Brocantik} hier.', 'Merci à {Tramapol}.', 'Avec le {CREPAQ} ici.'],
    silent: ['{Brocantik} ouvre. Nous avons vu tout.', 'Nous avons vu. {Brocantik} ouvre.'],
  },
  'capital=sentence-start': {
    fires: ['{Brocantik} ouvre.', 'Il pleut. {Tramapol} chante.', 'Rien :\n{Vergelune} ici.'],
    silent: ['Nous avons vu {Brocantik} hier.', 'Merci à {Tramapol}.'],
  },
  'layout=line-start': {
    fires: ['Nos membres\n{Brocantik}\nTramapol', '- {Vergelune}\n- Tramapol', 'Titre\n{Le} jardin ici.'],
    silent: ['Nos membres {Brocantik}', 'Rien\n- Vergelune {et} Tramapol'],
  },
  'layout=short-line': {
    fires: ['Nos membres\n{Brocantik}\nsuite', '{Vergelune} et Tramapol\nsuite', 'Titre\n{Lumio}'],
    silent: ['Nous avons rencontré {Brocantik} hier matin au marché couvert avec les autres membres du réseau.', '{Le} projet avance bien depuis le mois dernier avec toutes les structures du territoire.'],
  },
  'layout=bullet-line': {
    fires: ['- {Brocantik}', '• {Vergelune} et Tramapol', '* {Lumio}'],
    silent: ['{Brocantik} - Lumio', 'Nos membres {Vergelune}'],
  },
  'layout=after-comma': {
    fires: ['Avec Lumio, {Brocantik} et Tramapol.', 'A, {Vergelune}, C.', 'Nos membres, {Le} Relais.'],
    silent: ['Avec Lumio {Brocantik} et Tramapol.', 'A et {Vergelune}.'],
  },
  'layout=in-quotes': {
    fires: ['Le collectif « {Brocantik} » ouvre.', 'Le projet "{Vergelune}" avance.', 'Un lieu « Le {Relais} » ici.'],
    silent: ['Le collectif {Brocantik} ouvre.', 'Le projet « Lune » {avance}.'],
  },
  'layout=in-brackets': {
    fires: ['Le réseau ({Brocantik}) ouvre.', 'Un lieu (Le {Relais}) ici.', 'Lumio ({CREPAQ}) agit.'],
    silent: ['Le réseau {Brocantik} ouvre.', 'Le réseau (Lumio) {ouvre}.'],
  },
  'layout=capitals-line': {
    fires: ['{NOS} MEMBRES\nsuite', 'LE {RELAIS} VERT', 'PTCE {LUMIO}'],
    silent: ['Nos {membres}\nsuite', 'Le {Relais} Vert'],
  },
  'class=surname': {
    fires: ['Camille {Dupont} arrive.', 'Voici Karim {Lefebvre} ici.', 'M. {MOREAU} parle.'],
    silent: ['Camille {Brocantik} arrive.', 'Voici {Karim} Lefebvre ici.'],
  },
  'class-1=type-word': {
    fires: ['La coopérative {Mirabel} ouvre.', 'Une association {Lumio} agit.', 'Le PTCE {Val} grandit.'],
    silent: ['La grande {Mirabel} ouvre.', 'Une {association} agit.'],
  },
  'suffix=-ique': {
    fires: ['La {Fabrique} ouvre.', 'Une {boutique} ici.', 'Le réseau {Numérique} grandit.'],
    silent: ['Le {Pique} ouvre.', 'La {Fabrica} ouvre.'],
  },
  'prefix=coop-': {
    fires: ['La {Coopérative} ouvre.', 'Un {coopérateur} parle.', 'Le {Coopaname} recrute.'],
    silent: ['La {Coop} ouvre.', 'Le {Copain} arrive.'],
  },
  'layout=title-line': {
    fires: ['Nos {Partenaires} Locaux\nsuite', '{Maison} Des Jeunes Travailleurs', 'Le {Relais} Vert Solidaire'],
    silent: ['Le {Relais} vert solidaire', 'LE {RELAIS} VERT'],
  },
  'layout=line-ends-colon': {
    fires: ['Nos {partenaires} :\nLumio', '{Avec} eux :', 'Les lauréats {sont} :'],
    silent: ['Nos {partenaires} : Lumio', 'Nos partenaires :\n{Lumio}'],
  },
  'layout=after-colon-line': {
    fires: ['Nos partenaires :\n{Lumio}', 'Lauréats :\n- {Vergelune}', 'Membres :\n{Le} Relais'],
    silent: ['Nos partenaires :\nLumio\n{Tramapol}', 'Nos {partenaires} :\nLumio'],
  },
  'layout=list-line': {
    fires: ['{Lumio}, Tramapol, Vergelune', 'A ; {Brocantik} ; C', 'Lumio | {Relais} | Mirabel'],
    silent: ['Lumio, {Tramapol} et Vergelune', '- {Lumio}, Tramapol'],
  },
  'layout=line-place:1': {
    fires: ['{Lumio} ouvre.', '- {Vergelune} ici', 'Rien\n{Le} Relais'],
    silent: ['Le {Relais}', '- Le {Relais}'],
  },
  'layout=line-words:1': {
    fires: ['Membres\n{Lumio}\nsuite', '- {Vergelune}', '{Brocantik}'],
    silent: ['{Lumio} ouvre', 'Le {Relais}'],
  },
  'classes-1=common-word': {
    fires: ['Avec Pierre {Lumio} ici.', 'À Tours {Relais} ouvre.', 'Voici Aurore {Brac} ici.'],
    silent: ['Avec Brocantik {Lumio} ici.', 'Le {Relais} ouvre.'],
  },
  'class=territory-head': {
    fires: ['Un projet en {région} Bretagne.', 'Le {Département} du Gard finance.', 'Sur le {territoire} de Lunel.'],
    silent: ['Un projet en {réseau} Bretagne.', 'La {régie} de quartier.'],
  },
  'class=body-verb': {
    fires: ['La Région {finance} le projet.', 'Lumio {soutient} les artisans.', 'Le Département a {attribué} une aide.'],
    silent: ['La Région {a} voté.', 'Le projet {finit} demain.'],
  },
  'class=code-head': {
    fires: ['Voir l’{article} 9.', 'En {page} 3.', 'La {phase} 2 commence.'],
    silent: ['Voir l’{atelier} 9.', 'En {plage} 3.'],
  },
  'class=non-organisation-acronym': {
    fires: ['Dans le {QPV} de Nîmes.', 'Son numéro {SIRET} est connu.', 'En région {PACA} surtout.'],
    silent: ['Avec la {CRESS} ici.', 'Un projet à {Tom} ici.'],
  },
  'territory=after-territory-head:lower': {
    fires: ['Un projet en région {Bretagne}.', 'Le département du {Gard} agit.', 'Sur le territoire de {Lunel} ici.'],
    silent: ['Un projet en Région {Bretagne}.', 'Un projet à {Lunel} ici.'],
  },
  'territory=after-territory-head:capital': {
    fires: ['La Région {Bretagne} finance.', 'Le Département du {Gard} agit.', 'Le Pays de {Caux} vote.'],
    silent: ['La région {Bretagne} se visite.', 'La coopérative {Mirabel} agit.'],
  },
  'territory=territory-place:lower': {
    fires: ['Un projet en région {Bretagne}.', 'Le département du {Gard} agit.', 'Sur le territoire de {Lunel} ici.'],
    silent: ['Un projet en région {Vergelune}.', 'Un projet à {Lunel} ici.'],
  },
  'territory=territory-head-before-place:lower': {
    fires: ['Un projet en {région} Bretagne.', 'Le {département} du Gard agit.', 'Sur le {territoire} de Lunel ici.'],
    silent: ['Un projet en {région} Vergelune.', 'Le {département} communication agit.'],
  },
  'territory=body-verb-after': {
    fires: ['La Région {Bretagne} finance le projet.', 'Le Département du {Gard} a lancé un appel.', 'La {CAF} ne finance plus rien.'],
    silent: ['La Région {Bretagne} est belle.', 'Le {Gard} financier ici.'],
  },
  'territory=intercommunality:first': {
    fires: ['La communauté {Gap}-Tallard-Durance ici.', 'Avec {Grand} Dole hier.', 'À {Thiers} Dore et Montagne ici.'],
    silent: ['Avec Grand {Dole} hier.', 'Avec {Grand} Lumio hier.'],
  },
  'territory=intercommunality:inside': {
    fires: ['Avec Grand {Dole} hier.', 'À Thiers {Dore} et Montagne ici.', 'Vers Annonay {Rhône} Agglo ici.'],
    silent: ['Avec {Grand} Dole hier.', 'Vers Annonay {Rhône} ici.'],
  },
  'word-1=w:de': {
    fires: ['Le jardin de {Lumio} ouvre.', 'Pôle de {Coopération} ici.', 'Plus de {dix} ans.'],
    silent: ['Le jardin des {Lumio} ouvre.', 'Le jardin {de} Lumio ouvre.'],
  },
};

describe('organisation tagger features', () => {
  for (const [name, { fires, silent }] of Object.entries(CASES)) {
    it(`${name}: fires on 3 invented sentences, not on 2`, () => {
      expect(fires.length).toBeGreaterThanOrEqual(3);
      expect(silent.length).toBeGreaterThanOrEqual(2);
      for (const sentence of fires) expect(featuresAt(sentence), sentence).toContain(name);
      for (const sentence of silent) expect(featuresAt(sentence), sentence).not.toContain(name);
    });
  }

  it('reads an open-class word by its classes only, never by its identity', () => {
    const names = featuresAt('Nous saluons {Brocantik} ici.');
    expect(names.filter((name) => name.startsWith('word='))).toEqual([]);
    expect(names.join(' ')).not.toMatch(/brocantik/iu);
  });

  it('reads the text alone: a proposal of the rules or a person changes no feature of its words', () => {
    for (const [marked, plain] of [
      ['Avec [{l’}association Lumio] ici.', 'Avec {l’}association Lumio ici.'],
      ['Merci à [PTCE {Val}] ici.', 'Merci à PTCE {Val} ici.'],
      ['Voici <{Camille} Lenoir> ici.', 'Voici {Camille} Lenoir ici.'],
    ] as const) expect(featuresAt(marked)).toEqual(featuresAt(plain));
  });

  it('reads the words near a proposal even in lower case, and not the others', () => {
    const text = 'il y a la maison des jeunes du quartier qui ouvre ses portes ce matin';
    const start = text.indexOf('maison');
    const proposal: Candidate = { type: 'organisation', start, end: start + 'maison des jeunes'.length, value: 'maison des jeunes', confidence: 0.5, rule: 'fr.organisation.named', inferred: [] };
    const read = (proposals: Candidate[]): string[] => {
      const { tokens, names } = namedFeatures(text, proposals);
      return tokens.filter((_token, i) => (names[i] ?? []).length > 0).map((token) => token.text);
    };
    expect(read([])).toEqual([]);
    expect(read([proposal])).toEqual(['a', 'la', 'maison', 'des', 'jeunes', 'du', 'quartier']);
  });

  it('reads no affix of a short word, so an affix never stands for a whole word', () => {
    expect(featuresAt('Le {Lumio} ouvre.').filter((name) => /^(prefix|suffix)=/u.test(name))).toEqual(['prefix=lu-', 'suffix=-io', 'prefix=lum-', 'suffix=-mio']);
    expect(featuresAt('Le {Coop} ouvre.').filter((name) => /^(prefix|suffix)=/u.test(name))).toEqual(['prefix=co-', 'suffix=-op']);
    expect(featuresAt('Le {PTCE42} ouvre.').filter((name) => /^(prefix|suffix)=/u.test(name))).toEqual([]);
  });

  it('cuts elided articles from the word after them and keeps inner signs in a word', () => {
    expect(tokenise("l'atelier Vél'Ouest, Coop&Vous").map((token) => token.text)).toEqual(["l'", 'atelier', "Vél'Ouest", ',', 'Coop&Vous']);
  });
});
