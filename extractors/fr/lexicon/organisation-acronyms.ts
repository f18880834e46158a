/**
 * Acronyms whose status does not depend on the document. General knowledge, not any document's
 * answers: national bodies and networks every French ESS text may cite, and the identifiers of
 * French administrative forms.
 */

/**
 * Acronyms of well-known French public bodies, chambers, funders and ESS networks. Some read as
 * words (`ARS`, `AVISE`, `CCI` as a roman numeral) and would otherwise be refused.
 */
export const KNOWN_ORGANISATION_ACRONYMS: ReadonlySet<string> = new Set([
  // State services and agencies
  'ADEME', 'ANCT', 'ANAH', 'ARS', 'BPI', 'CAF', 'CARSAT', 'CDC', 'CEREMA', 'CNRS', 'CPAM', 'DDETS', 'DDT', 'DDTM',
  'DRAAF', 'DRAC', 'DREAL', 'DREETS', 'DIRECCTE', 'INSEE', 'INRAE', 'DATAR', 'MSA', 'ONF', 'SGAR', 'URSSAF', 'AFPA',
  // Chambers and employers' bodies
  'CCI', 'CCIR', 'CMA', 'CMAR', 'CAPEB', 'CPME', 'MEDEF', 'UDES',
  // ESS networks and federations
  'ADIE', 'APES', 'AVISE', 'CGSCOP', 'CNCRESS', 'COORACE', 'CRESS', 'FNARS', 'IRIAE', 'RTES', 'UNEA', 'UNIOPSS',
  'URIOPSS', 'URSCOP', 'CNLRQ', 'FNCUMA', 'URIAE', 'FRMJC', 'FFMJC', 'CNEA', 'UDESS',
  // Local social bodies
  'CCAS', 'CIAS', 'ADIL', 'UDAF',
  // More State agencies, public services and their national funds
  'ANRU', 'ANACT', 'ARACT', 'AFD', 'OFB', 'VNF', 'INJEP', 'CNAF', 'CNSA', 'PJJ', 'SPIP', 'EPIDE', 'APEC', 'UNEDIC',
  'AGEFIPH', 'FIPHFP', 'CESE', 'CESER', 'DRAJES', 'SDJES', 'DGCS', 'DGEFP', 'AFNOR', 'BEI', 'CNFPT', 'ANIL',
  // Unions, employers and local authorities' associations
  'CGT', 'CFDT', 'CFTC', 'UNSA', 'FNSEA', 'CJD', 'AMF', 'AMRF', 'ADCF',
  // ESS, inclusion, social-action and popular-education networks
  'UNAF', 'UNCCAS', 'UNML', 'UNAPEI', 'ADAPEI', 'APF', 'FEHAP', 'NEXEM', 'GESAT', 'FAS', 'FNE', 'FNAB', 'CIVAM',
  'CEMEA', 'UFCV', 'FCSF', 'UNHAJ', 'CIDFF', 'BGE', 'CSESS', 'TZCLD', 'ANDES',
  // International bodies French texts name by their French acronym
  'GIEC', 'OCDE', 'ONU', 'OIT',
  // Mutual insurers and national firms that fund ESS projects
  'MACIF', 'MAIF', 'MGEN', 'MATMUT', 'SNCF', 'EDF', 'ENEDIS', 'GRDF', 'RTE',
  // Large companies, banks, insurers and mutuals a partner list names by their capitals (lexicon/companies.ts)
  'AXA', 'LCL', 'CIC', 'HSBC', 'BRED', 'MAAF', 'MMA', 'GMF', 'MACSF', 'MNT', 'MNH', 'SMACL', 'RATP', 'SFR', 'APRR', 'KPMG',
  'LVMH', 'NGE', 'GRTGAZ',
  // Sport, culture, youth, charities, unions and employers (lexicon/civil-society.ts)
  'CNOSF', 'UFOLEP', 'USEP', 'UNSS', 'FSGT', 'FSCF', 'SACEM', 'SACD', 'ADAMI', 'SPEDIDAM', 'LPO', 'WWF', 'LDH', 'CCFD',
  'UNAFAM', 'FNATH', 'AFEV', 'FAGE', 'UNEF', 'CIDJ', 'ANACEJ', 'FCPE', 'FSU', 'UIMM', 'FNTP', 'FFB', 'UMIH', 'U2P', 'AFEP',
  'MODEF', 'UFISC',
  // Agencies, regulators, research and statistics bodies, schools (lexicon/national-institutions.ts)
  'ASP', 'ANSES', 'ARCEP', 'ARCOM', 'CNIL', 'ANTS', 'ANSSI', 'ANCV', 'AFP', 'EFS', 'OFII', 'OFPRA', 'INAO', 'INPI',
  'HCERES', 'CNOUS', 'CROUS', 'CNED', 'ANCOLS', 'CGLLS', 'IGN', 'DARES', 'DREES', 'CNAM', 'INSERM', 'INRIA', 'IFREMER',
  'CIRAD', 'IRD', 'CEA', 'BRGM', 'CNES', 'INED', 'CEREQ', 'CREDOC', 'OFCE', 'INERIS', 'INRAP', 'IFOP', 'IPSOS', 'IDDRI',
  'ESSEC', 'ESCP', 'EDHEC', 'NEOMA', 'SKEMA', 'IESEG', 'INSA', 'EHESS', 'EHESP', 'ENA', 'INSP', 'INET', 'ENTPE',
  // Overseas bodies: note-issuing institutes, social security funds, the mobility agency
  'IEDOM', 'IEOM', 'CGSS', 'CAFAT', 'LADOM',
  // Home help, consumers, skills operators, local-authority networks (civil-society.ts)
  'ADMR', 'CLCV', 'AFDAS', 'OCAPIAT', 'FNCCR', 'ANPP', 'FNAU', 'ANEM', 'ANEL', 'CIRIEC', 'UNESCO', 'UNICEF', 'OMC', 'CICR', 'OIF', 'AUF',
  // Hospital groups and faiths' national bodies (civil-society.ts)
  'APHP', 'CFCM',
  // Territorial operators, overseas bodies (territorial-operators.ts), cultural institutions, European networks of the
  // social economy, farming bodies (sector-bodies.ts), session 37
  'RIVP', 'SEDIF', 'SIAAP', 'SYTRAL', 'TCL', 'RTM', 'SIDR', 'SHLMR', 'SEMADER', 'SEMSAMAR', 'SIMKO', 'SODEGIS', 'ADECAL',
  'CINOR', 'CIREST', 'CASUD', 'CADEMA', 'TNP', 'MNHN', 'MUCEM', 'CIUP', 'CNAC', 'SYNDEAC', 'ENSIE', 'FEBEA',
  'EAPN', 'FEANTSA', 'RREUSE', 'EMES', 'EVPA', 'CECOP', 'DIESIS', 'CQCM', 'INTERBEV', 'CNIEL', 'INTERFEL', 'ITAB', 'IDELE',
  'IFIP', 'ITAVI', 'CTIFL', 'IFV', 'ACTA', 'AFDI', 'CIVB', 'CIVC', 'BIVB', 'SAFER',
  // The State's regional and departmental services, central directions and delegations (state-services.ts), session 38,
  // their current and former names; not the ones that also name the officer who heads them (`le DASEN`, `la DRDFE`)
  'DDPP', 'DDETSPP', 'DDCS', 'DDCSPP', 'DRJSCS', 'DRDJSCS', 'DJSCS', 'DRIEETS', 'DRIEAT', 'DRIHL', 'DRIAAF', 'DRIEA', 'DRIEE',
  'DIRM', 'DRFIP', 'DDFIP', 'DGFIP', 'DSDEN', 'DAAF', 'DIECCTE', 'DEETS', 'DIRPJJ', 'DTPJJ', 'DDSP', 'DGT', 'DGCL', 'DGOS',
  'DIHAL', 'DIPLP', 'CGET', 'CGDD', 'DGALN', 'DHUP', 'DGEC', 'DGPR', 'DGAL', 'DGPE', 'DGESCO', 'DGESIP', 'DJEPVA', 'DRRT',
  'DITP', 'DINUM', 'SGPE', 'IGAS', 'IGESR', 'IGEDD', 'CNLE', 'HCFEA', 'DIAIR', 'DILCRAH',
  'EPORA', 'EPAMSA', 'EPAMARNE', 'EPAURIF', 'SOLIDEO',
  // Employers' and trade bodies, social-action federations and public operators, current and former (national-federations.ts)
  'CGPME', 'UPA', 'FBF', 'FNAIM', 'FEDEREC', 'FNADE', 'FNTR', 'FNTV', 'UNIFED', 'SYNEAS', 'FEGAPEI', 'UGAP', 'ANPE',
  'ASSEDIC', 'APAJH', 'ANPAA', 'FNEPE', 'CNAPE', 'USH', 'FAPIL', 'UNCLLAJ', 'FNCIDFF', 'FASTI', 'FNEP',
  // Universities' and schools' short forms (universities-schools.ts); not `UBS`, `UPS`, `UTC` (a bank, a carrier, a time scale)
  'UPHF', 'ULCO', 'UHA', 'URCA', 'UPPA', 'UPVD', 'UVSQ', 'UPEC', 'UPJV', 'UBO', 'UGA', 'UCA', 'UPEM', 'UCBL', 'UT2J', 'UPVM',
  'UNIMES', 'UTBM', 'UTT', 'UCO', 'ICP', 'AMU', 'UBFC', 'UCLY', 'UVHC', 'USPN', 'ESSCA', 'INSEEC', 'ICAM', 'ISARA', 'ENSAM', 'ENSAE',
  'ENSAI', 'ENSTA', 'ENSAIT', 'ENSCI', 'ENSAD', 'ISTOM', 'ENGEES', 'ENSAT', 'ENSAIA', 'ESTP', 'ESITC', 'CESI', 'CELSA',
  // Overseas agglomerations, authorities and State offices (overseas-bodies.ts)
  'CANGT', 'CANBT', 'CAGSC', 'CACEM', 'CAESM', 'CACL', 'CCOG', 'CCDS', 'CCEG', 'CIVIS', 'TCO', 'CTM', 'CTG', 'ODEADOM',
  'ADRAF', 'BFCOI',
  // Trade unions left out above and the overseas ones, employers' bodies under their former names, and political parties
  // (lexicon/civil-society.ts `political-parties-overseas-unions`). Parties' acronyms that also write a road, a test, a
  // postscript or a letter (`RN`, `PCR`, `PS`, `LR`, `FN`, `LO`) are left out.
  'FO', 'CGC', 'CNT', 'CGTR', 'CGTM', 'CGTG', 'UGTG', 'UGTM', 'CDMT', 'USTKE', 'CSTP-FO',
  'UMP', 'PCF', 'EELV', 'LFI', 'UDI', 'NPA', 'PRG', 'MRC', 'RPR', 'UDF', 'UDB',
]);

/** Identifiers printed on administrative forms and letterheads: `SIRET 123…`, `code APE`. */
export const ADMINISTRATIVE_IDENTIFIERS: ReadonlySet<string> = new Set([
  'SIRET', 'SIREN', 'APE', 'NAF', 'TVA', 'RNA', 'RCS', 'IBAN', 'BIC', 'RIB', 'NIR', 'EORI', 'UAI', 'FINESS',
]);

/**
 * Abbreviations written with a dot after each capital that name no body: countries and states (`les U.S.A.`,
 * `l'U.R.S.S.`), price and letter formulas (`T.T.C.`, `S.V.P.`, `R.S.V.P.`, `C.Q.F.D.`). The dotted spelling of a body's
 * acronym (`l'U.R.S.S.A.F.`) is read by parsers/organisation-dotted-acronym.ts, which leaves these out.
 */
export const DOTTED_NON_ORGANISATIONS: ReadonlySet<string> = new Set([
  'USA', 'URSS', 'RFA', 'RDA', 'UK', 'TTC', 'HT', 'SVP', 'RSVP', 'CQFD', 'NB', 'PS', 'PJ', 'OK', 'BD', 'PV', 'CV', 'AG', 'QG', 'VIP',
]);

/**
 * First words of an expansion that names a plan or a programme rather than a body
 * (`Schéma Régional de Développement… (SRDEII)`, `Accélérateur de Coopérations… (ACTE)`).
 */
export const PROGRAMME_WORDS: ReadonlySet<string> = new Set([
  'programme', 'plan', 'schema', 'contrat', 'dispositif', 'appel', 'pacte', 'accelerateur', 'strategie', 'label',
  'loi', 'projet', 'charte', 'convention', 'fonds europeen', 'methode', 'demarche', 'parcours', 'agrement',
  'outil', 'evenement', 'salon', 'festival', 'concours', 'indicateur', 'logiciel',
  // A body's meeting, read on the expansion's first two words (`Assemblée Générale Extraordinaire (AGE)`): `Assemblée` alone
  // also heads bodies (`Assemblée des Départements de France`).
  'assemblee generale',
]);

/**
 * Diplomas and degrees written right before the acronym of their course (`un BTS ACSE`, `le master IPEX`): the
 * acronym names what is taught, not a body. `CAP`, `DU`, `BUT`, `BP` are left out: they also write `Cap Emploi`, a
 * preposition or a word in capitals. So are `licence` and `diplôme`: the acronym after them is as often the body that
 * issues it (`une licence FFCK`, a sports federation's; `un diplôme CNAM`, a school's), and one sense per page would
 * drop that body everywhere.
 */
export const DIPLOMA_WORDS: readonly string[] = ['BTS', 'BTSA', 'DUT', 'DEUST', 'MBA', 'master', 'mastère'];

/** Areas an acronym may abbreviate (`Zone Littorale Protégée (ZLP)`, `Quartier Prioritaire (QP)`): places of a kind, not bodies. */
export const ZONE_WORDS: ReadonlySet<string> = new Set(['zone', 'zones', 'quartier', 'quartiers', 'secteur', 'perimetre', 'bassin']);

/**
 * Acronyms of a kind rather than a body: legal forms that are not organisation heads (`une SCI`),
 * categories of waste (`DIB`, `DEEE`) and trades (`BTP`), diplomas (`un BTS`; DIPLOMA_WORDS in capitals). A number glued
 * after one (`BPREA14`, a course's department or year) leaves it a category (acronym-evidence.ts `category`).
 */
export const CATEGORY_ACRONYMS: ReadonlySet<string> = new Set([
  'SCI', 'SNC', 'SCA', 'SCEA', 'SASU', 'SELARL', 'EARL', 'GAEC',
  'DIB', 'DND', 'DAE', 'DMA', 'DEEE', 'D3E', 'DASRI', 'DEA', 'VHU', 'TLC', 'CSR', 'BTP',
  'BTS', 'BTSA', 'DUT', 'DEUST', 'MBA',
  // Session 42, general knowledge: French vocational, youth-work, social-work and farming diplomas and certificates
  // (`prépare le BPJEPS`, `son BAFA`, `un CQP`, `le BPREA`): what a person holds or trains for, no body.
  'BPREA', 'BPJEPS', 'DEJEPS', 'DESJEPS', 'BAFA', 'BAFD', 'CQP', 'BEPA', 'CAPA', 'DEAES', 'DEES', 'DEASS', 'DEME',
  'DEEJE', 'DEAVS', 'DAEU', 'DNB',
]);

/**
 * Acronyms of bodies every town or area has one of (`le CCAS de Lunel`, `la CCI du Gard`): one body
 * when the text points at one, a kind when it counts or generalises (`les CCAS`, `une CCI`, `CCAS ou
 * CIAS`: organisation/local-body-kind.ts).
 */
export const LOCAL_BODY_ACRONYMS: ReadonlySet<string> = new Set([
  'CCAS', 'CIAS', 'CCI', 'CMA', 'CAF', 'CPAM', 'MSA', 'MJC', 'CFA', 'CPIE', 'CAUE', 'PLIE', 'ADIL', 'UDAF',
  // maisons des associations, maisons départementales des personnes handicapées, centres locaux d'information et de coordination
  'MDA', 'MDPH', 'CLIC',
]);

/** Acronyms of kinds of structure of which a place has many (Scops, PTCEs, CAEs…). */
export const MANY_PER_PLACE_ACRONYMS: readonly string[] = ['SCOP', 'SCIC', 'PTCE', 'GEIQ', 'ESAT', 'EHPAD', 'CAE', 'SIAE', 'GIE', 'GIP'];

/**
 * Acronyms of a kind of structure that head a name (`la Scop Tissages du Val`, `le PTCE Vallée
 * Verte`): after a determiner that counts or generalises (`des Scop du Val de Loire`, `plusieurs PTCE
 * du Morbihan`) the acronym and its qualifier name a kind in a place, no body
 * (organisation/local-body-kind.ts). The local bodies above are read the same way.
 */
export const KIND_HEAD_ACRONYMS: ReadonlySet<string> = new Set([...LOCAL_BODY_ACRONYMS, ...MANY_PER_PLACE_ACRONYMS, 'EPCI', 'CRESS', 'CUMA', 'AMAP', 'GAL']);

/**
 * Acronyms of kinds of which a place has many (`X, la CAE de Millau`, `X, une SCOP du bâtiment`): said after a
 * name they say what it is. Not the bodies a place has one of (`CAF`, `CCAS`, `CRESS`): after a comma those
 * are the next item of a list (`X, la CAF et…`).
 */
export const KIND_ACRONYMS: readonly string[] = [...MANY_PER_PLACE_ACRONYMS, 'ETTI', 'ACI'];

/**
 * Acronyms of kinds of structure that reports count (`30 Geiq`, `85 cuma`, `9 PTCE`): written in any
 * case after a number they are its unit, with no plural mark and no heading's capital.
 */
export const COUNTED_KIND_ACRONYMS: ReadonlySet<string> = new Set([...KIND_ACRONYMS, 'CUMA', 'AMAP', 'EPCI', 'SCI']);

/** Whether a word is one of those acronyms, whatever its case (`Geiq`, `cuma`, `Scop`). */
export const isCountedKindAcronym = (word: string): boolean => COUNTED_KIND_ACRONYMS.has(word.toUpperCase().replace(/S$/u, '')) || COUNTED_KIND_ACRONYMS.has(word.toUpperCase());

