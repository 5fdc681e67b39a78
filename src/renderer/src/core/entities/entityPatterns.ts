/**
 * The word lists entity suggestions lean on: countries and their usual short forms, nationality
 * adjectives, the head words that tell a court from an agency or an instrument, and the
 * capitalised words that are never names on their own. Kept apart from the scanning code so the
 * lists can grow without touching the rules. All entries are lowercase (matched by lowercased word).
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s*\|\s*/));

/** Countries and jurisdictions, as they are usually written (display form). */
const COUNTRY_NAMES = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|
Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|Czech Republic|
Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|
Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|
Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macau|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|
Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|
Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|
Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|
South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|
Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|
Uruguay|Uzbekistan|Vanuatu|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|European Union`;

/** US states (jurisdictions); Washington and Georgia are left to context (city, country). */
const STATE_NAMES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico`;

/** Short and long forms that mean a listed country (lowercase form -> display name). */
const COUNTRY_ALIASES: Record<string, string> = {
  us: 'United States',
  usa: 'United States',
  'united states of america': 'United States',
  uk: 'United Kingdom',
  'great britain': 'United Kingdom',
  britain: 'United Kingdom',
  eu: 'European Union',
  prc: 'China',
  'russian federation': 'Russia',
  'republic of korea': 'South Korea',
  'czech republic': 'Czechia',
  'the netherlands': 'Netherlands',
};

/** Lowercased name (spaces between words) -> { display name, is it a US state }. */
export const PLACES: ReadonlyMap<string, { name: string; state: boolean }> = (() => {
  const map = new Map<string, { name: string; state: boolean }>();
  const add = (list: string, state: boolean) => {
    for (const name of list.split('|').map((n) => n.trim())) if (name) map.set(name.toLowerCase(), { name, state });
  };
  add(COUNTRY_NAMES, false);
  add(STATE_NAMES, true);
  for (const [alias, name] of Object.entries(COUNTRY_ALIASES)) map.set(alias, { name, state: false });
  return map;
})();
/** The longest place name, in words. */
export const MAX_PLACE_WORDS = 4;
/** Short forms that count only when printed exactly so ("US", "U.S.", not the pronoun "us"). */
export const CASED_PLACE_FORMS = words('us|usa|uk|eu|prc');

/** Nationality adjectives (lowercase). "Foreign" and "US" qualify a class of persons as well. */
export const NATIONALITIES = words(`afghan|albanian|algerian|american|argentine|argentinian|armenian|australian|austrian|azerbaijani|
bangladeshi|belarusian|belgian|bolivian|bosnian|brazilian|british|bulgarian|burmese|cambodian|cameroonian|canadian|chilean|chinese|
colombian|congolese|croatian|cuban|cypriot|czech|danish|dutch|ecuadorian|egyptian|emirati|eritrean|estonian|ethiopian|european|
filipino|finnish|french|georgian|german|ghanaian|greek|guatemalan|haitian|honduran|hungarian|icelandic|indian|indonesian|iranian|
iraqi|irish|israeli|italian|jamaican|japanese|jordanian|kazakh|kenyan|korean|kuwaiti|lao|latvian|lebanese|libyan|lithuanian|
luxembourgish|malaysian|maltese|mexican|moldovan|mongolian|moroccan|nepalese|nigerian|norwegian|omani|pakistani|palestinian|
panamanian|paraguayan|peruvian|polish|portuguese|qatari|romanian|russian|rwandan|saudi|scottish|senegalese|serbian|singaporean|
slovak|slovenian|somali|spanish|sudanese|swedish|swiss|syrian|taiwanese|tajik|tanzanian|thai|tunisian|turkish|ugandan|ukrainian|
uruguayan|uzbek|venezuelan|vietnamese|welsh|yemeni|zambian|zimbabwean`);

/** Qualifiers of a class of persons besides nationalities, with how they are displayed. */
export const CLASS_QUALIFIERS: Record<string, string> = { foreign: 'Foreign', us: 'US', 'u.s.': 'US', 'non-us': 'Non-US' };

/** Nouns that, after a nationality or "foreign", name a class of persons (singular -> plural). */
export const PERSON_NOUNS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const plural of `nationals|citizens|employees|engineers|persons|residents|workers|students|researchers|developers|scientists|
contractors|users|customers|individuals|scholars|investors|officials|engineers`.split(/\s*\|\s*/)) {
    map.set(plural, plural);
    map.set(plural.replace(/s$/, ''), plural);
  }
  for (const same of ['people', 'staff', 'personnel']) map.set(same, same);
  return map;
})();

/** Head words of court names. */
export const COURT_HEADS = words('court|courts|tribunal|circuit');
/** Head words of government bodies. */
export const AGENCY_HEADS = words(
  'department|bureau|agency|office|administration|commission|ministry|authority|service|services|board|government|affairs|congress|senate|parliament|house|directorate|inspectorate|secretariat|treasury|customs',
);
/** Head words of legal instruments (a trailing year or number may follow them). */
export const INSTRUMENT_HEADS = words(
  'act|acts|order|orders|regulation|regulations|rule|rules|directive|code|convention|treaty|agreement|arrangement|compact|framework|constitution|amendment|clause|letter|memorandum|proclamation|law|list|guideline|guidelines|statute|protocol|charter|ordinance|bill|decree|resolution|exception',
);
/** Head words of companies, churches, societies and other organisations. */
export const ORGANISATION_HEADS = words(
  'inc|inc.|corp|corp.|corporation|company|co|co.|llc|ltd|ltd.|llp|plc|gmbh|association|society|foundation|institute|university|college|church|chapel|league|network|alliance|federation|union|firm|bank|fund|group|partners|coalition|committee|council|center|centre|laboratory|labs|fellowship|counsel|project|consortium|program|programme|district',
);
/** Words that, first in a name followed by "of", make it an office held by a person ("Secretary of Commerce"). */
export const OFFICE_TITLES = words(
  'secretary|director|administrator|governor|attorney|commissioner|chairman|chair|minister|ambassador|representative|president|chief|head|undersecretary|under',
);
/** Titles that, before a name, mark a person ("Governor Mills"); they are dropped from the name. */
export const HONORIFICS = words('mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|hon|hon.|judge|justice|governor|senator|president|secretary|representative');
/** Words at the start of a name that say what a party is, not who ("Plaintiff Legion"). */
export const ROLE_WORDS = words(
  'plaintiff|plaintiffs|defendant|defendants|petitioner|petitioners|respondent|respondents|appellant|appellants|appellee|appellees|amicus|amici|intervenor|intervenors|counsel|defendant-appellee|plaintiff-appellant|movant|debtor',
);

/** Lowercase connectors allowed inside a multi-word name ("Department of Commerce"). */
export const CONNECTORS = words('of|for|the|and|de|du|des|la|le|von|van|der|del|da|di|on|&');

/** Capitalised words that end or break a name: function words, months, weekdays, document furniture. */
export const BREAK_WORDS = words(`a|an|the|this|that|these|those|such|its|it|his|her|their|our|your|my|we|they|he|she|i|you|us|them|
in|on|at|by|to|from|with|without|within|under|upon|over|into|onto|after|before|since|during|through|throughout|between|among|
against|about|above|below|beyond|except|until|unless|while|when|where|whether|why|how|what|which|who|whom|whose|if|as|or|and|nor|
but|so|yet|then|thus|also|each|every|any|all|some|both|either|neither|no|not|only|once|now|even|here|there|because|although|though|
nothing|whenever|wherever|whoever|whatever|whereas|hereby|thereof|herein|accordingly|consequently|however|moreover|further|furthermore|finally|indeed|instead|meanwhile|therefore|hence|notwithstanding|
pursuant|subject|like|per|via|re|see|cf|cf.|id|id.|ibid|accord|e.g.|i.e.|etc|is|are|was|were|be|been|has|have|had|do|does|did|
shall|may|must|will|would|should|can|could|might|
january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|
dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|
section|sections|sec|sec.|secs|§|article|articles|art|art.|part|parts|title|titles|chapter|chapters|annex|appendix|
exhibit|table|figure|page|pages|pp|p|para|paragraph|paragraphs|count|counts|item|items|no|no.|nos|nos.|vol|vol.|doc|doc.|docs|docs.|
division|subpart|subsection|subparagraph|clauses|step|note|notes|supp|supp.|ed|ed.|op|op.|slip|syllabus|held|dated|filed|
argued|decided|entered|signed|ordered|affirmed|reversed|remanded|dismissed|granted|denied|so|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|
xiii|xiv|xv|v.|vs|vs.|et|al|al.|mid|pre|post|non`);

/** Months and weekdays: never inside a name, even capitalised mid-title. */
export const CALENDAR_WORDS = words(`january|february|march|april|may|june|july|august|september|october|november|december|monday|
tuesday|wednesday|thursday|friday|saturday|sunday`);

/** Capitalised words that are parts of names but never a name on their own. */
export const COMMON_SINGLE = words(`order|orders|act|court|secretary|department|program|programme|report|government|president|state|
states|agency|rule|regulation|regulations|compact|letter|notice|framework|panel|governor|administration|commission|office|bureau|
board|director|judge|justice|circuit|district|union|republic|federal|national|international|constitution|plaintiff|defendant|
party|parties|chapel|church|company|inc|committee|council|group|register|code|law|statute|treaty|agreement|convention|amendment|
clause|exception|list|chief|general|attorney|deputy|assistant|executive|presidential|documents|document|reconstruction|study|
chronology|introduction|background|conclusion|discussion|facts|summary|purpose|definitions|policy|enforcement|prohibition|
approval|process|provisions|relief|jurisdiction|venue|parties|claims|prayer|harm|legal|factual|allegations|opinion|judgment|
memorandum|statement|decision|press|release|guidance|penalties|transfer|export|exports|import|model|models|system|systems|
technology|ai|city|county|country|countries|nation|nations|people|person|persons|mr|mrs|ms|dr|hon|esq|jr|sr|inc.|co.|corp.|ltd.|
reach|subbasin|basin|river|water|supreme|appeals|honorable|respondents|petitioner|amici|curiae|certiorari|question|questions|
answer|yes|clausebench|schedule|supplement|exporters|importers|nothing`);

/** Multi-word phrases (nameKey form) that look like names but are generic. */
export const STOP_PHRASES = words(`executive order|executive orders|presidential documents|study note|chronology note|reconstruction notice|
illustrative study document|general provisions|chief judge|circuit judge|circuit judges|district judge|chief justice|attorney general|
deputy attorney general|assistant attorney general|et al|per curiam|slip opinion|opinion of the court|table of contents|
united states code|code of federal regulations|public law|federal register notice|certiorari to the united states court of appeals|
civil action|civil action no`);

/** Capitalised words that never start a model name even when a number follows ("Section 2", "Page 3"). */
export const MODEL_STOP = words(`section|sec|article|art|part|title|chapter|schedule|annex|appendix|exhibit|table|figure|page|count|
item|no|vol|doc|docs|division|group|step|phase|level|tier|category|class|rule|order|act|law|amendment|reach|subbasin|case|entry|
frm|fmt|sfmt|jkt|po|filed|form|year|day|week|month|phase|round|covid|sars|mdl|ivc|room|suite|box|route|highway|district|circuit|
region|zone|area|floor|unit|lot|paragraph|para|clause|question|issue|volume|edition|number|version|rm|us|eu|uk|fr|cfr|eo|pub|grade|
stage|option|plan|program|notice|exporters|public|executive|supplement|footnote|note|line|lines|ii|iii|iv|id|ibid|eccn`);

/** Words after a number that make it a quantity, not a version ("RM 20 million"). */
export const QUANTITY_WORDS = words(
  'million|billion|trillion|thousand|hundred|percent|per|days|day|years|year|months|month|weeks|week|hours|hours|minutes|cases|people|persons|countries|states|times|cents|dollars|pages|members|%',
);

/** Well-known agency acronyms, suggested even where the text never spells them out. */
export const AGENCY_ACRONYMS = words('gao|bis|omb|ostp|doj|ftc|fcc|fbi|cia|nsa|dhs|dod|ustr|ofac|ddtc|epa|fda|nist|cfius|nrc|ntia|uspto|irs|cbp');
/** All-caps words that are not names of anything worth an entity. */
export const ACRONYM_STOP = words(
  'us|usa|uk|eu|ai|cfr|fr|eo|pdf|faq|eccn|llc|inc|ok|tv|id|no|of|the|and|for|or|to|in|on|at|by|an|a|i|ii|iii|iv|vi|vii|viii|ix|xi|xii|pm|am|usc|nb|re|cv|cr|dc|pp|eg|ie|sgm|po|gph|url|html|xml|json|csv|it|is|cfs|mdl|ivc|fmt|frm|jkt|sfmt|vol|doc|sec|dsk|prod|eccns',
);
