// What the sample PDFs say, checked on the text pdf.js extracts (what the app and its users
// see), not on the sources: a layout bug that drops a footer or a paragraph fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_DIR, generateSampleCase, loadManifest, sourceNameFor, type Manifest } from './generate.mjs';
import { blockText, parseSource } from './parse.mjs';
import { ILLUSTRATIVE_MARK } from './layout.mjs';
import { extractPdfText, type PdfText } from './pdfText';

const PARAPHRASE_MARK = 'Study note: a paraphrase, not the text of the law';
const RECONSTRUCTED_KINDS = ['executive-order', 'agency-letter', 'complaint'];

let manifest: Manifest;
const texts = new Map<string, PdfText>();

beforeAll(async () => {
  manifest = await loadManifest();
  for (const { fileName, bytes } of await generateSampleCase()) texts.set(fileName, await extractPdfText(bytes));
});

function textOf(fileName: string): PdfText {
  const t = texts.get(fileName);
  if (!t) throw new Error(`${fileName} was not generated`);
  return t;
}
/** Body lines of all pages, without the running head (first line) and footer (last line). */
const bodyLines = (fileName: string) => textOf(fileName).pages.flatMap((p) => p.slice(1, -1));
const fullText = (fileName: string) => bodyLines(fileName).join('\n');

/** The numbers of lines that start a numbered paragraph ("12. ..."), in reading order. */
const paragraphNumbers = (fileName: string) =>
  bodyLines(fileName).flatMap((l) => {
    const m = /^(\d{1,3})\.\s/.exec(l);
    return m ? [Number(m[1])] : [];
  });

describe('every sample PDF', () => {
  it('carries the illustrative mark and "Page N of M" on every page', () => {
    for (const [fileName, { pages }] of texts) {
      pages.forEach((lines, i) => {
        const footer = lines[lines.length - 1] ?? '';
        expect(footer, `${fileName} p.${i + 1}`).toContain(ILLUSTRATIVE_MARK);
        expect(footer, `${fileName} p.${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      });
    }
  });

  it('has the manifest title as its PDF title and as the first line of its body', () => {
    for (const d of manifest.documents) {
      const t = textOf(d.fileName);
      expect(t.title, d.fileName).toBe(d.title);
      const firstLines = (t.pages[0] ?? []).slice(1, 6).join(' ');
      expect(firstLines.startsWith(d.title), d.fileName).toBe(true);
    }
  });

  it('titles every reconstruction "Reconstruction:" and marks it as one in its running head', () => {
    const reconstructions = manifest.documents.filter((d) => RECONSTRUCTED_KINDS.includes(d.kind));
    expect(reconstructions.map((d) => d.kind).sort()).toEqual([...RECONSTRUCTED_KINDS].sort());
    for (const d of reconstructions) {
      expect(d.title.startsWith('Reconstruction:'), d.fileName).toBe(true);
      for (const page of textOf(d.fileName).pages) expect(page[0], d.fileName).toMatch(/^Reconstruction - .* - not the official text$/);
    }
  });

  it('names no real person: "Trump" only in "Trump administration", as reported', () => {
    // Names a reconstruction could be tempted to sign with or quote; none is in the case facts
    // except the reported phrase "the Trump administration".
    const names =
      /\b(Amodei|Dario|Lutnick|Raimondo|Biden|Obama|Harris|Vance|Rubio|Kratsios|Altman|Musk|Trudeau|Carney|Starmer|Anwar|Ibrahim|Bessent|Hegseth)\b/;
    for (const [fileName] of texts) {
      const text = fullText(fileName);
      expect(text, fileName).not.toMatch(names);
      expect(text.replace(/Trump administration/g, ''), fileName).not.toMatch(/Trump/);
    }
  });

  it('signs reconstructions by office only, never with a signature', () => {
    expect(fullText('01-executive-order.pdf')).toContain('Executive Office of the President [reconstruction]');
    expect(fullText('02-commerce-letter.pdf')).toContain('Office of the Secretary, U.S. Department of Commerce [reconstruction]');
    for (const d of manifest.documents.filter((x) => RECONSTRUCTED_KINDS.includes(x.kind))) {
      expect(fullText(d.fileName), d.fileName).toContain('no signature reproduced');
    }
  });
});

describe('the executive order', () => {
  const file = '01-executive-order.pdf';

  it('carries a visible placeholder instead of an EO number', () => {
    expect(fullText(file)).toContain('Executive Order [number not reported]');
    expect(fullText(file)).not.toMatch(/Executive Order \d/);
  });

  it('has at least six numbered sections with subsections', () => {
    const lines = bodyLines(file);
    const starts = lines.flatMap((l, i) => (/^(Section 1|Sec\. \d+)\. /.test(l) ? [i] : []));
    const numbers = starts.map((i) => Number(/\d+/.exec(lines[i] ?? '')?.[0]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers.length).toBeGreaterThanOrEqual(6);
    const sections = starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length).join('\n'));
    const withSubsections = sections.filter((s) => /(^|\s)\(a\) /m.test(s) && /^\(b\) /m.test(s));
    expect(withSubsections.length).toBeGreaterThanOrEqual(6);
    expect(lines.some((l) => l.startsWith('(i) '))).toBe(true);
  });

  it('defines covered model, covered developer and foreign national, and prohibits sharing wherever the person is', () => {
    const text = fullText(file).replace(/\n/g, ' ');
    for (const term of ['"covered model"', '"covered developer"', '"foreign national"']) expect(text).toContain(`The term ${term} means`);
    expect(text).toMatch(/Sec\. \d+\. Definitions\./);
    expect(text).toMatch(/Sec\. \d+\. Prohibition\..*regardless of where the foreign national is located/);
    expect(text).toMatch(/Sec\. \d+\. Approval Process\. \(a\) The Secretary/);
    expect(text).toMatch(/Sec\. \d+\. Enforcement\./);
    expect(text).toMatch(/Sec\. \d+\. General Provisions\./);
  });
});

describe('the Commerce letter', () => {
  it('states the reported requirement, is dated before 2026-06-23 and is addressed by office', () => {
    const text = fullText('02-commerce-letter.pdf').replace(/\n/g, ' ');
    expect(text).toContain('Date: not reported (before 2026-06-23)');
    expect(text).toContain('To: The Chief Executive Officer, Anthropic');
    expect(text).toMatch(/explicit approval of the United States Government before it shares an advanced model with any foreign national/);
    expect(text).toMatch(/remotely from his or her home country or an employee working on premises in the United States/);
  });
});

describe('the complaint', () => {
  const file = '03-complaint.pdf';

  it('has at least 20 numbered paragraphs, numbered 1, 2, 3 ... in order', () => {
    const numbers = paragraphNumbers(file);
    expect(numbers.length).toBeGreaterThanOrEqual(20);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('has at least two counts, each marked [assumed]', () => {
    const counts = bodyLines(file).filter((l) => /^COUNT [IVX]+\b/.test(l));
    expect(counts.length).toBeGreaterThanOrEqual(2);
    for (const c of counts) expect(c).toContain('[assumed]');
  });

  it('has the caption with the court marked assumed, and the sections a complaint needs', () => {
    const text = fullText(file);
    expect(text).toContain('FOR THE DISTRICT OF COLUMBIA [assumed]');
    for (const h of ['PARTIES', 'JURISDICTION AND VENUE', 'FACTUAL ALLEGATIONS', 'IRREPARABLE HARM', 'PRAYER FOR RELIEF']) {
      expect(bodyLines(file), h).toContain(h);
    }
    expect(text).toContain('June 23, 2026 (year assumed from the reporting)');
    expect(text.replace(/\n/g, ' ')).toContain('"immediate, irreparable and existential"');
  });
});

describe('the study notes', () => {
  const regimes: [string, string][] = [
    ['04-note-ear-deemed-exports.pdf', '15 CFR 734.13(a)(2)'],
    ['05-note-ai-diffusion-framework.pdf', 'ECCN 4E091'],
    ['06-note-eu-2021-821.pdf', 'Regulation (EU) 2021/821'],
    ['07-note-canada-eipa.pdf', 'Export and Import Permits Act'],
    ['08-note-uk-export-control-order.pdf', 'SI 2008/3231'],
    ['09-note-malaysia-sta.pdf', 'Act 708'],
    ['10-note-wassenaar.pdf', 'Best Practices for Implementing Intangible Transfer of Technology Controls'],
  ];

  it('has one note per regime, each marked as a paraphrase on every page', () => {
    for (const [fileName, regime] of regimes) {
      const { pages } = textOf(fileName);
      expect(fullText(fileName).replace(/\n/g, ' '), fileName).toContain(regime);
      for (const page of pages) expect(page[0], fileName).toContain(PARAPHRASE_MARK);
      expect(fullText(fileName), fileName).toContain(`${PARAPHRASE_MARK}.`);
    }
    const notes = manifest.documents.filter((d) => d.title.startsWith('Study note:'));
    expect(notes.map((d) => d.fileName).sort()).toEqual(regimes.map(([f]) => f).sort());
  });

  it('numbers its paragraphs and ends each with its citation', () => {
    for (const [fileName] of regimes) {
      const numbers = paragraphNumbers(fileName);
      expect(numbers.length, fileName).toBeGreaterThanOrEqual(3);
      expect(numbers, fileName).toEqual(numbers.map((_, i) => i + 1));
      // Citations are checked on the parsed source: in extracted text a heading runs on.
      const source = readFileSync(join(SAMPLE_DIR, 'sources', sourceNameFor(fileName)), 'utf8');
      const numbered = parseSource(source).blocks.filter((b) => b.kind === 'paragraph' && b.marker);
      expect(numbered.length, fileName).toBe(numbers.length);
      for (const b of numbered) expect(blockText(b), `${fileName}: ${blockText(b)}`).toMatch(/ \([^()]*(\([^()]*\)[^()]*)*\)$/);
    }
  });

  it('leaves out the unconfirmed points', () => {
    const all = regimes.map(([f]) => fullText(f)).join('\n');
    for (const unconfirmed of ['4819', '4821', 'ECRA', 'Art. 25', 'USD 1 million', '20 years']) expect(all).not.toContain(unconfirmed);
    expect(fullText('10-note-wassenaar.pdf')).toContain('not summarised here');
  });
});

describe('the chronology', () => {
  it('gives unreported dates as "before 2026-06-23" and marks the assumed year', () => {
    const text = fullText('11-chronology.pdf').replace(/\n/g, ' ');
    expect(text.match(/Before 2026-06-23 \(date not reported\)/g)?.length).toBe(2);
    expect(text).toContain('Shortly before 2026-06-23 (date not reported)');
    expect(text).toContain('2026-06-23 (year assumed from the reporting)');
  });
});
