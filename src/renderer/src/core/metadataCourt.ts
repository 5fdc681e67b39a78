/**
 * Court papers (opinions, orders, complaints, filings): the court, the caption, the docket number,
 * the kind and the date, read from the first pages' lines. Used by metadata.ts.
 */
import type { DocumentKind } from './types';
import { dateAfter, dateLine, isShouting, joinLines, titleCase } from './metadataText';

export const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|' +
  'Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|' +
  'Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|' +
  'North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|' +
  'South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|' +
  'District of Columbia|Puerto Rico|Guam|Virgin Islands|Northern Mariana Islands';

const CIRCUIT = '(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|District of Columbia|Federal)';
const DIVISION = '(?:(Northern|Southern|Eastern|Western|Middle|Central) )?';

interface CourtRule {
  re: RegExp;
  name: (m: RegExpExecArray) => string;
  /** Federal courts are "United States"; state courts are their state. */
  jurisdiction: (m: RegExpExecArray) => string;
}

const tc = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\b(?!of\b|the\b)\p{L}/gu, (c) => c.toUpperCase());

const COURTS: CourtRule[] = [
  {
    re: /\bSupreme Court of the United States\b/i,
    name: () => 'Supreme Court of the United States',
    jurisdiction: () => 'United States',
  },
  {
    re: new RegExp(`\\bUnited States Court of Appeals,? for the ${CIRCUIT} Circuit`, 'i'),
    name: (m) => `United States Court of Appeals for the ${tc(m[1])} Circuit`,
    jurisdiction: () => 'United States',
  },
  {
    re: new RegExp(`\\bUnited States (District|Bankruptcy) Court,? (?:for the )?${DIVISION}District of (${US_STATES}|Columbia)\\b`, 'i'),
    name: (m) => `United States ${tc(m[1])} Court for the ${m[2] ? `${tc(m[2])} ` : ''}District of ${tc(m[3])}`,
    jurisdiction: () => 'United States',
  },
  {
    re: /\bUnited States Court of (Federal Claims|International Trade|Appeals for Veterans Claims|Appeals for the Armed Forces)\b/i,
    name: (m) => `United States Court of ${tc(m[1])}`,
    jurisdiction: () => 'United States',
  },
  {
    re: new RegExp(
      `\\b(Supreme|Superior|Circuit|District|Chancery|County) Court (?:of|for) (?:the )?(?:State of |Commonwealth of )?(${US_STATES})\\b`,
      'i',
    ),
    name: (m) => `${tc(m[1])} Court of ${tc(m[2])}`,
    jurisdiction: (m) => tc(m[2]),
  },
  {
    re: new RegExp(`\\b(${US_STATES}) (Supreme Court|Court of Appeals|Court of Appeal)\\b`, 'i'),
    name: (m) => `${tc(m[1])} ${tc(m[2])}`,
    jurisdiction: (m) => tc(m[1]),
  },
];

export interface Court {
  name: string;
  jurisdiction: string;
}

/**
 * The court whose name appears first in `text`, skipping lower courts named in "APPEAL FROM
 * THE ..." / "CERTIORARI TO THE ..." lines.
 */
export function findCourt(text: string): Court | null {
  const flat = text.replace(/\s+/g, ' ');
  let best: { at: number; court: Court } | null = null;
  for (const rule of COURTS) {
    const re = new RegExp(rule.re.source, 'gi');
    for (let m = re.exec(flat); m; m = re.exec(flat)) {
      if (/\b(?:from|to)\s+(?:the\s+)?$/i.test(flat.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (!best || m.index < best.at) best = { at: m.index, court: { name: rule.name(m), jurisdiction: rule.jurisdiction(m) } };
      break;
    }
  }
  return best?.court ?? null;
}

// ---------------------------------------------------------------------------------------------
// Caption

const V_LINE = /^(?:\d+-\d+\s+)?(?:v\.?|vs\.?|versus|-\s*against\s*-|against)$/i;
const ROLE =
  '(?:and\\s+)?(?:Plaintiffs?|Petitioners?|Appellants?|Appellees?|Respondents?|Defendants?|Movants?|Claimants?|Intervenors?|Relators?|(?:Cross|Counter)-\\w+)';
const ROLE_LINE = new RegExp(`^(?:${ROLE}[,.;\\s-]*)+$`, 'i');
/** The second line of a court's name ("FOR THE NORTHERN DISTRICT OF CALIFORNIA"); parties end in commas. */
const COURT_CONTINUATION =
  /^(?:(?:FOR|IN AND FOR) THE )?(?:(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|MIDDLE|CENTRAL) )?(?:DISTRICT|COUNTY) OF [^,]*$|^FOR THE [^,]* CIRCUIT$|\bDIVISION$/i;
const BOUNDARY = /\bCOURT\b|\bNo\.|\bCase\b|Civil Action|Docket|^Before\b|^(?:APPEAL|ON APPEAL|CERTIORARI)\b/i;
const isBoundary = (line: string): boolean => BOUNDARY.test(line) || COURT_CONTINUATION.test(line);
/** A docket number beside the caption (pleading columns put it level with the parties). */
const DOCKET_LINE = /^(?:Case|Civil Action|Docket)?\s*No\.?\s*:?\s*\S+(?:\s+\(?\w+\)?)?$/i;
const OFFICE =
  /^(?:in (?:his|her|their) (?:official|individual|personal) capacit|individually\b|(?:Acting |Deputy |Under |Assistant )?(?:Secretary|Governor|Attorney General|Director|Administrator|Commissioner|President|Chair(?:man|woman)?|Warden|Sheriff|Mayor|Judge)\b)/i;
const COMPANY_TAIL = /^(?:Inc|L\.?L\.?C|Ltd|Corp|Co|N\.A|P\.C|L\.?P|LLP|PLC|S\.A|GmbH|AG)\.?$/i;

/** Strips the column rules pleading captions are drawn with (")", "§", "|"). */
const stripRules = (line: string): string =>
  line
    .replace(/(?:^|\s)[)§|]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A party's short name from its caption block ("JANET T. MILLS, in her official capacity..." -> "Mills"). */
export function partyName(block: string): string {
  let text = block.replace(new RegExp(`,?\\s*${ROLE}\\b[,.;\\s]*`, 'gi'), ', ').trim();
  const segments = text.split(/\s*[,;]\s*/).filter((s) => s.length > 0);
  let name = segments[0] ?? '';
  let etAl = segments.some((seg) => /^et al\.?$/i.test(seg));
  let next = 1;
  for (; next < segments.length && COMPANY_TAIL.test(segments[next] ?? ''); next++) name += `, ${segments[next]}`;
  // A party sued in an office ("..., in her official capacity", "..., Secretary of Commerce") is a person.
  const person = OFFICE.test(segments[next] ?? '');
  if (/\s+et al\.?$/i.test(name)) {
    etAl = true;
    name = name.replace(/\s+et al\.?$/i, '');
  }
  name = titleCase(name);
  text = name;
  const words = name.split(' ');
  if ((person || /^\p{Lu}\p{Ll}+ (?:\p{Lu}\. )+\p{Lu}[\p{L}'-]+$/u.test(name)) && words.length > 1) {
    const last = words.at(-1) ?? '';
    text = /^(?:Jr|Sr|II|III|IV)\.?$/.test(last) && words.length > 2 ? (words.at(-2) ?? '').replace(/,$/, '') : last;
  }
  return text + (etAl ? ' et al.' : '');
}

function partyAbove(lines: readonly string[], v: number): string {
  const block: string[] = [];
  for (let k = v - 1; k >= 0 && block.length < 3; k--) {
    const line = stripRules(lines[k] ?? '');
    // Role lines and a docket number may sit between the party and the "v." line.
    if (!line || (block.length === 0 && (ROLE_LINE.test(line) || DOCKET_LINE.test(line)))) continue;
    if (isBoundary(line) || ROLE_LINE.test(line) || (block.length > 0 && /[.:]$/.test(line))) break;
    block.unshift(line);
  }
  return block.length ? partyName(joinLines(block)) : '';
}

function partyBelow(lines: readonly string[], v: number): string {
  const block: string[] = [];
  for (let k = v + 1; k < lines.length && block.length < 4; k++) {
    const line = stripRules(lines[k] ?? '');
    if (!line || (block.length === 0 && DOCKET_LINE.test(line))) continue;
    if (ROLE_LINE.test(line) || isBoundary(line)) break;
    block.push(line);
  }
  return block.length ? partyName(joinLines(block)) : '';
}

/** Cuts a one-line caption where the docket number or column rules begin. */
const cutCaption = (s: string): string =>
  s.replace(/[,;]?\s*(?:\b(?:Case|Civil Action|MDL)\s+)?\bNos?\.?\s*:?\s*\S*\d.*$/i, '').replace(/[\s,;:]+$/, '');

/**
 * The case caption: "Plaintiff v. Defendant" from a stacked caption (a line that is only "v."),
 * an "In re ..." caption, or an ALL-CAPS caption line such as "TARRANT REGIONAL WATER DISTRICT v.
 * HERRMANN ET AL."; '' when none. Mixed-case lines with " v. " are case citations in prose, not
 * captions, and are ignored.
 */
export function findCaption(lines: readonly string[]): string {
  const head = lines.slice(0, 80);
  const v = head.findIndex((l) => V_LINE.test(stripRules(l)));
  if (v > 0) {
    const plaintiff = partyAbove(head, v);
    const defendant = partyBelow(head, v);
    if (plaintiff && defendant) return `${plaintiff} v. ${defendant}`;
  }
  for (let i = 0; i < head.length; i++) {
    const m = /^(IN RE|In re|In the Matter of|IN THE MATTER OF|Matter of)\b:?\s*(.*)$/.exec(stripRules(head[i] ?? ''));
    if (!m) continue;
    const parts = [m[2] ?? ''];
    for (let k = i + 1; k < head.length && parts.length < 3 && !/,|\bNo\.|\bCase\b/.test(parts.join(' ')); k++) {
      const next = stripRules(head[k] ?? '');
      if (isBoundary(next) && !/\bNo\./.test(next)) break;
      parts.push(next);
    }
    const rest = cutCaption(joinLines(parts)).split(/,\s*/)[0] ?? '';
    if (rest) return `${/matter/i.test(m[1] ?? '') ? 'In the Matter of' : 'In re'} ${titleCase(rest)}`;
  }
  for (let i = 0; i < head.length; i++) {
    const line = stripRules(head[i] ?? '');
    if (!/(?:^|\s)(?:v\.|vs\.)(?:\s|$)/i.test(line) || !isShouting(line)) continue;
    const parts = [line];
    for (let k = i + 1; k < head.length && parts.length < 3; k++) {
      const next = stripRules(head[k] ?? '');
      const continues = /\s(?:v\.|vs\.)$/i.test(parts.at(-1) ?? '') || /,$/.test(parts.at(-1) ?? '');
      if (!continues || isBoundary(next) || !isShouting(next)) break;
      parts.push(next);
    }
    const caption = cutCaption(joinLines(parts)).replace(/^\d+\s+/, '');
    const sides = /^(.+?)\s+(?:v\.|vs\.)\s+(.+)$/i.exec(caption);
    const left = partyName(sides?.[1] ?? '');
    const right = partyName(sides?.[2] ?? '');
    if (left && right) return `${left} v. ${right}`;
  }
  return '';
}

// ---------------------------------------------------------------------------------------------
// Docket number, kind, date

/** "No. 11-889", "Civil Action No. 1:25-cv-00123", "No. MDL 15-02641-PHX-DGC"; '' when none. */
export function findCaseNumber(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const m =
    /\b(?:(Civil Action|Civil Case|Criminal Action|Criminal Case|Case|Docket|Cause|Misc\.)\s+)?Nos?\.\s*:?\s*((?:MDL\s+)?(?:\d+:)?\d{1,4}-[A-Za-z0-9][\w.:-]*|\d+,?\s+Orig\.)/.exec(
      flat,
    );
  if (m) {
    const num = (m[2] ?? '').replace(/[.,:;-]+$/, '');
    return m[1] ? `${m[1]} No. ${num}` : `No. ${num}`;
  }
  const ecf = /(?:^|\n)Case:? (\d[\w:.-]*\d) +Document/.exec(text);
  return ecf ? `No. ${ecf[1]}` : '';
}

const FILING_START =
  /^(?:(?:PLAINTIFFS?['’]?S?|DEFENDANTS?['’]?S?|JOINT|EMERGENCY|UNOPPOSED|\[?PROPOSED\]?)\s+)*(?:MOTION|BRIEF|REPLY|RESPONSE|OPPOSITION|NOTICE|STIPULATION|DECLARATION|AFFIDAVIT|ANSWER|PETITION|APPLICATION|MEMORANDUM (?:OF LAW|IN))\b/;
const ORDER_WORD = /\b(?:ORDER|OPINION|JUDGMENT|DECREE|DECISION|RULING|MANDATE|REPORT AND RECOMMENDATION)\b/;
const ORDER_MARKER =
  /Slip Opinion|^Syllabus$|\bDecided\b|^Before\b|\bPER CURIAM\b|delivered the opinion|^(?:ON )?APPEAL FROM\b|^CERTIORARI TO\b|\bIT IS (?:HEREBY )?ORDERED\b|\bIt is (?:hereby )?ORDERED\b/m;

export interface CourtKind {
  kind: Extract<DocumentKind, 'court-order' | 'complaint' | 'filing'>;
  /** The document's own heading, title-cased ("Complaint for Declaratory and Injunctive Relief"). */
  heading: string;
}

/**
 * What a court paper is, from its first ALL-CAPS heading that says so (an order's, a complaint's
 * or a filing's), then from opinion markers; court-headed papers default to court-order.
 */
export function classifyCourtPaper(lines: readonly string[], hasCourt: boolean): CourtKind | null {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const raw of lines.slice(0, 80)) {
    const line = stripRules(raw);
    const heading =
      isShouting(line) &&
      !/\bCOURT\b|\sv\.(?:\s|$)|^IN RE\b/i.test(line) &&
      !COURT_CONTINUATION.test(line) &&
      !ROLE_LINE.test(line) &&
      !/,$/.test(line);
    if (heading) {
      current.push(line);
    } else if (current.length) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length) groups.push(current);
  for (const group of groups) {
    const text = joinLines(group.slice(0, 3));
    const heading = titleCase(text);
    const filing = FILING_START.test(text);
    if (ORDER_WORD.test(text) && !filing) return { kind: 'court-order', heading };
    if (/\bCOMPLAINT\b/.test(text) && !filing && !/^MEMORANDUM|^BRIEF/.test(text)) return { kind: 'complaint', heading };
    if (filing) return { kind: 'filing', heading };
  }
  if (ORDER_MARKER.test(lines.join('\n')) || hasCourt) return { kind: 'court-order', heading: '' };
  return null;
}

/** The decision or filing date: "Decided ...", then a filed/entered stamp, "Dated ...", a date line. */
export function courtDate(text: string, lines: readonly string[]): string {
  return (
    dateAfter(text, /\bDecided:?\s*/) ||
    dateAfter(text, /(?:^|\n|\bDate )(?:Filed|Entered|Filed and Entered)\s*:?\s*/) ||
    dateAfter(text, /\b(?:Dated|Signed|Issued)\s*:?\s*(?:this\s+)?/) ||
    dateLine(lines)
  );
}
