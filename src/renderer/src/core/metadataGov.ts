/**
 * Government instruments for the metadata proposer: presidential documents, Federal Register
 * rules, agency letters, statutes and a few foreign instruments (EU regulations, UK statutory
 * instruments, Canadian acts). Each rule returns null when the text is not of its kind.
 */
import type { DocumentKind, DocumentMetadata } from './types';
import { DATE_PATTERN, dateAfter, dateLine, isShouting, joinLines, parseDate, titleCase } from './metadataText';

/** What a rule found; fields it could not read are left out. */
export type Found = Partial<DocumentMetadata> & { kind: DocumentKind };

/** The first pages, prepared once by metadata.ts. */
export interface Sources {
  /** Normalised raw text of the pages read (noise included: running heads carry citations). */
  text: string;
  /** Normalised raw text of the first page. */
  page1: string;
  /** Content lines of the pages read (noise removed). */
  lines: string[];
}

const US = 'United States';

/** "90 FR 8637" from a Federal Register running head ("8637Federal Register / Vol. 90, ..."). */
export function federalRegisterCite(page1: string): string {
  const before = /(?:^|\n)(\d{1,6})\s*Federal Register\s*\/?\s*Vol\.\s*(\d+)/.exec(page1);
  if (before) return `${before[2]} FR ${before[1]}`;
  const after = /Federal Register\s*\/\s*Vol\.\s*(\d+),\s*No\.\s*\d+\s*\/[^/\n]+\/[^/\n\d]*?(\d{1,6})\s*$/m.exec(page1);
  return after ? `${after[1]} FR ${after[2]}` : '';
}

/** The issue date printed in the Federal Register running head. */
const federalRegisterDate = (page1: string): string =>
  dateAfter(page1, /Federal Register\s*\/?\s*Vol\.\s*\d+,?\s*No\.\s*\d+\s*\/?\s*(?:[A-Z][a-z]+day,?\s*)?/);

const PRESIDENTIAL_HEAD = new RegExp(`^(Executive Order|Proclamation|Memorandum|Notice)(?: (\\d{3,6}))? of (${DATE_PATTERN})\\.?$`);
const BODY_START =
  /^(?:By the authority|By the President|A Proclamation|By virtue|Section 1\b|Sec\. 1\b|Memorandum for\b|Presidential Documents$|THE WHITE HOUSE)/i;
const PRESIDENT = { issuer: 'The President', jurisdiction: US } as const;

/**
 * Presidential documents as the Federal Register prints them: "Executive Order 14174 of January
 * 21, 2025" on a line of its own, then the title. Proclamations and memoranda keep their
 * citation but are kind "other".
 */
export function presidentialDocument(src: Sources): Found | null {
  const at = src.lines.findIndex((l) => PRESIDENTIAL_HEAD.test(l));
  if (at < 0) return null;
  const m = PRESIDENTIAL_HEAD.exec(src.lines[at] ?? '');
  const type = m?.[1] ?? '';
  const titleLines: string[] = [];
  for (let k = at + 1; k < src.lines.length && titleLines.length < 3 && !BODY_START.test(src.lines[k] ?? ''); k++) {
    titleLines.push(src.lines[k] ?? '');
  }
  return {
    ...PRESIDENT,
    kind: type === 'Executive Order' ? 'executive-order' : 'other',
    title: titleCase(joinLines(titleLines)),
    citation: [m?.[2] ? `${type} ${m[2]}` : type, federalRegisterCite(src.page1)].filter(Boolean).join(', '),
    date: parseDate(m?.[3] ?? '') || dateAfter(src.text, /THE WHITE HOUSE,?\s*/),
  };
}

const WEB_FURNITURE = /^(?:Executive Orders?|Presidential Actions|Briefing Room|The White House|Home)$/i;

/**
 * An executive order as the White House website prints it: the title above the date and
 * "By the authority vested in me as President" (proclamations, which "hereby proclaim", are not).
 */
export function executiveOrderWeb(src: Sources): Found | null {
  const authority = src.lines.findIndex((l) => /^By the authority vested in me as President\b/.test(l));
  if (authority < 0 || authority > 40 || /\bdo hereby proclaim\b/.test(src.text)) return null;
  const number = /\bExecutive Order (\d{4,6})\b/.exec(src.lines.slice(0, authority).join('\n'));
  let title = '';
  for (let k = authority - 1; k >= 0 && k >= authority - 6; k--) {
    const line = src.lines[k] ?? '';
    if (WEB_FURNITURE.test(line) || parseDate(line) || /^Executive Order \d+$/i.test(line)) continue;
    title = titleCase(line);
    break;
  }
  return {
    ...PRESIDENT,
    kind: 'executive-order',
    title,
    citation: [number ? `Executive Order ${number[1]}` : '', federalRegisterCite(src.page1)].filter(Boolean).join(', '),
    date: dateAfter(src.text, /THE WHITE HOUSE,?\s*/) || dateLine(src.lines.slice(0, authority)),
  };
}

const CFR = /\b(\d{1,2}) CFR (Parts?|§§?)\s*(\d+(?:\.\d+)?(?:(?:, and|,| and| through) (?:\d+(?:\.\d+)?))*)/;
const RULE_WORDS = /\b(?:interim final rule|final rule|proposed rule|direct final rule|notice of proposed rulemaking)\b/i;

/** Expands the Federal Register's "Bureau of Industry and Security, Commerce" form. */
function agencyName(agency: string): string {
  const parts = agency.split(/,\s*/);
  const last = parts.at(-1) ?? '';
  if (parts.length > 1 && /^(?:the )?[A-Z][a-z]+$/.test(last) && !/^Department\b/.test(last)) {
    parts[parts.length - 1] = `Department of ${last === 'Treasury' || last === 'Interior' ? 'the ' : ''}${last}`;
  }
  return parts.join(', ');
}

/** Agency rules: a Federal Register rule document, or any text citing CFR parts as a rule. */
export function regulation(src: Sources): Found | null {
  const cfr = CFR.exec(src.text);
  const action = /^ACTION:\s*(.+)$/m.exec(src.text);
  const fr = federalRegisterCite(src.page1);
  const frRule = fr !== '' && /\/\s*(?:Rules and Regulations|Proposed Rules|Notices)\b/.test(src.page1);
  // Outside the Federal Register, a rule says so early on; an article citing one deep in its text is not one.
  const opening = src.text.slice(0, 1500);
  if (!frRule && !(cfr && (action || (CFR.test(opening) && RULE_WORDS.test(opening))))) return null;
  const notice = /^Notice\b/i.test(action?.[1] ?? '') && !RULE_WORDS.test(action?.[1] ?? '');
  const cfrCite = cfr ? `${cfr[1]} CFR ${cfr[2]} ${cfr[3]}` : '';
  const agencyLine = /^AGENCY:\s*(.+?)\.?$/m.exec(src.text);
  const agencyAt = src.lines.findIndex((l) => /^AGENCY:/.test(l));
  let title = '';
  if (agencyAt > 0) {
    const titleLines: string[] = [];
    for (let k = agencyAt - 1; k >= 0 && titleLines.length < 4; k--) {
      const line = src.lines[k] ?? '';
      const agencyHeading = agencyLine && (agencyLine[1] ?? '').split(/[,;]/).some((part) => part.trim() === line);
      if (
        agencyHeading ||
        /^(?:RIN\b|\[|\d+ CFR\b|Docket\b|DEPARTMENT\b)|Federal Register|^(?:Rules and Regulations|Proposed Rules|Notices)$/i.test(line)
      )
        break;
      titleLines.unshift(line);
    }
    title = joinLines(titleLines);
  }
  return {
    // Federal Register notices are published by agencies but are not rules.
    kind: notice ? 'other' : 'regulation',
    title,
    issuer: agencyLine ? agencyName((agencyLine[1] ?? '').trim()) : '',
    citation: [fr, cfrCite].filter(Boolean).join('; '),
    date: federalRegisterDate(src.page1) || dateAfter(src.text, /\beffective (?:on |date:? )?/) || dateLine(src.lines.slice(0, 30)),
    jurisdiction: US,
  };
}

const US_DEPARTMENT =
  /\b(?:(?:U\.S\.|United States)\s+)?Department of (?:the )?(?:Agriculture|Commerce|Defense|Education|Energy|Health and Human Services|Homeland Security|Housing and Urban Development|Interior|Justice|Labor|State|Transportation|Treasury|Veterans Affairs)\b/i;
/** A letterhead line naming a public body (tested title-cased, so "the office" in prose does not count). */
const AGENCY_LINE =
  /^(?:(?:U\.S\.|United States|The)\s+)?(?:[A-Z][\w&.-]*\s+){0,4}(?:Department|Ministry|Bureau|Office|Agency|Administration|Commission|Board|Service|Directorate)\b(?: (?:of|for) [A-Z][\w&,. -]*)?$/;

/** A letter on an agency's letterhead: issuer is the agency named above the salutation. */
export function agencyLetter(src: Sources): Found | null {
  const dear = src.lines.findIndex((l) => /^Dear\s+\S/.test(l));
  if (dear < 0) return null;
  const top = src.lines.slice(0, dear);
  // The letterhead comes before the date line; agencies named after it are the addressee's.
  const dated = top.findIndex((l) => dateLine([l]) !== '');
  const letterhead = top.slice(0, dated >= 0 ? dated : 20);
  let issuer = '';
  for (const line of letterhead) {
    const dept = US_DEPARTMENT.exec(line);
    if (dept) {
      issuer = dept[0];
      break;
    }
    if (AGENCY_LINE.test(titleCase(line)) && line.length <= 90) {
      issuer = line.replace(/[,.]$/, '');
      break;
    }
  }
  if (!issuer) return null;
  issuer = titleCase(issuer).replace(/^(?:Us|U\.s\.) /, 'U.S. ');
  const subject = top.map((l) => /^(?:Re|RE|Subject|SUBJECT)\s*:\s*(.+)$/.exec(l)?.[1]).find(Boolean);
  const addressee = /^Dear\s+(.+?)\s*[:,]?$/.exec(src.lines[dear] ?? '')?.[1] ?? '';
  const federal = US_DEPARTMENT.test(issuer) || /^(?:U\.S\.|United States|Federal)\b/i.test(issuer);
  return {
    kind: 'agency-letter',
    issuer,
    title: subject ? subject.replace(/\.$/, '') : `Letter from ${issuer}${addressee ? ` to ${addressee}` : ''}`,
    date: dateLine(top) || dateAfter(top.join('\n'), /(?:^|\n)/),
    citation: '',
    jurisdiction: federal ? US : '',
  };
}

/** Acts of a legislature: US public laws, Canadian consolidated acts. */
export function statute(src: Sources): Found | null {
  const publicLaw = /\bPublic Law (\d{2,3})-(\d{1,4})\b/i.exec(src.text);
  const enacted = /Be it enacted by the Senate and House of Representatives/i.test(src.text);
  const canada = /\bR\.S\.C\.,? (\d{4}),? c\. ([A-Z]-?\d+(?:\.\d+)?)/.exec(src.text);
  if (!publicLaw && !enacted && !canada) return null;
  const short = /\bmay be cited as the [“"]([^”"]{3,150})[”"]/.exec(src.text)?.[1] ?? '';
  if (canada && !publicLaw && !enacted) {
    const act = src.lines.slice(0, 15).find((l) => /\bAct$/.test(l) && l.length < 120) ?? '';
    return {
      kind: 'statute',
      title: short || titleCase(act),
      issuer: 'Parliament of Canada',
      citation: `R.S.C. ${canada[1]}, c. ${canada[2]}`,
      date: '',
      jurisdiction: 'Canada',
    };
  }
  const stat = /\b(\d{2,3}) STAT\. (\d{1,5})\b/i.exec(src.text);
  const anAct = /^An Act\b/m.test(src.text)
    ? joinLines(
        src.text
          .slice(src.text.search(/^An Act\b/m))
          .split('\n')
          .slice(0, 4),
      )
    : '';
  return {
    kind: 'statute',
    title: short || (anAct.split(/\.\s/)[0] ?? '').replace(/\.$/, ''),
    issuer: 'United States Congress',
    citation: [publicLaw ? `Pub. L. ${publicLaw[1]}-${publicLaw[2]}` : '', stat ? `${stat[1]} Stat. ${stat[2]}` : ''].filter(Boolean).join(', '),
    date:
      dateAfter(src.text, /\bPublic Law \d+-\d+\s*[—–-]\s*/) ||
      dateAfter(src.text, /\b(?:Approved|Enacted)\s*:?\s*/) ||
      dateLine(src.lines.slice(0, 20)),
    jurisdiction: US,
  };
}

/** EU regulations, directives and decisions, and UK statutory instruments. */
export function foreignInstrument(src: Sources): Found | null {
  const flat = src.text.replace(/\s+/g, ' ');
  const eu =
    /\b(REGULATION|DIRECTIVE|DECISION|Regulation|Directive|Decision) \((EU|EC|EEC|Euratom)\) (?:No )?(\d{2,4}\/\d+)(.{0,80}?) of (\d{1,2} \w+ \d{4}) (.{0,400})/.exec(
      flat,
    );
  if (eu) {
    const type = titleCase(eu[1] ?? '');
    const citation = `${type} (${eu[2]}) ${eu[3]}`;
    const by = eu[4] ?? '';
    const subject = (eu[6] ?? '').split(
      / \((?:recast|Text with EEA relevance)\)| THE EUROPEAN PARLIAMENT| THE COUNCIL| THE EUROPEAN COMMISSION|, Having regard/i,
    )[0];
    return {
      kind: 'regulation',
      title: `${citation} ${subject ?? ''}`.trim(),
      issuer: /PARLIAMENT/i.test(by)
        ? 'European Parliament and Council'
        : /COMMISSION/i.test(by)
          ? 'European Commission'
          : /COUNCIL/i.test(by)
            ? 'Council of the European Union'
            : '',
      citation,
      date: parseDate(eu[5] ?? ''),
      jurisdiction: 'European Union',
    };
  }
  const si = /\bSTATUTORY INSTRUMENTS (\d{4}) No\. (\d+)/i.exec(flat);
  if (si) {
    const name = src.lines.find((l) => /^The .+ (?:Order|Regulations|Rules) \d{4}$/.test(l)) ?? '';
    return {
      kind: 'regulation',
      title: isShouting(name) ? titleCase(name) : name,
      issuer: '',
      citation: `SI ${si[1]}/${si[2]}`,
      date: dateAfter(src.text, /\bMade[\s-]*/),
      jurisdiction: 'United Kingdom',
    };
  }
  return null;
}
