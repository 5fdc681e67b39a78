import { describe, expect, it } from 'vitest';
import { allItems, areaItem, commentedItem, plainItem, unicodeItem } from '../../../../test/support/clauseFixtures';
import { parseCsv } from '../../../../test/support/parseCsv';
import { CLAUSE_CSV_COLUMNS, clausesToCsv, csvField } from './clauseCsv';

describe('clausesToCsv', () => {
  const csv = clausesToCsv(allItems);
  const rows = parseCsv(csv.slice(1));

  it('starts with a UTF-8 BOM and the header, ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFdocument,citation,page,label,type,quote,comment,tags,entities,entity roles,author,created,updated\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(rows).toHaveLength(allItems.length + 1);
    for (const row of rows) expect(row).toHaveLength(CLAUSE_CSV_COLUMNS.length);
  });

  it('writes one row per clause with the printed page, type label, clean quote and joined tags', () => {
    expect(rows[1]).toEqual([
      'Executive Order 14999',
      'Exec. Order No. 14999, § 3(b)',
      '8637',
      'Sec. 3(b)',
      'Prohibition',
      'shall not share any covered model',
      '',
      '',
      '',
      '',
      'Ada Analyst',
      '2026-03-01T10:00:00.000Z',
      '2026-03-02T11:30:00.000Z',
    ]);
    const row = Object.fromEntries(CLAUSE_CSV_COLUMNS.map((c, i) => [c, rows[2]![i]]));
    expect(row).toMatchObject({
      page: '1',
      type: 'Scope',
      label: '¶ 42',
      tags: 'extraterritorial; foreign nationals',
      comment: commentedItem.clause.comment,
    });
  });

  it('marks quotes from the sample case as illustrative, the clean quote not the raw selector text', () => {
    expect(rows[2]![5]).toBe('wherever located (illustrative reconstruction)');
    expect(rows[3]![5]).toBe('Signed: Secretary of Commerce (illustrative reconstruction)');
    expect(rows[1]![5]).not.toContain('illustrative');
  });

  it('keeps accents, CJK, RTL and emoji, and shows a user type as typed', () => {
    expect(rows[4]!.slice(0, 6)).toEqual([
      'Règlement (UE) 2021/821',
      'Règl. (UE) 2021/821, art. 5',
      '3',
      'Art. 5 §2',
      'dual-use-régime',
      unicodeItem.cleanQuote,
    ]);
    expect(rows[4]![6]).toBe('Égalité — ça marche? 😀');
    expect(rows[4]![10]).toBe('Zoë Ølstad');
  });

  it('lists the linked entities once each, and every link as "Name (role)", in the links\u2019 order', () => {
    const row = Object.fromEntries(CLAUSE_CSV_COLUMNS.map((c, i) => [c, rows[2]![i]]));
    expect(row).toMatchObject({
      entities: 'Department of Commerce; Northwind Labs',
      'entity roles': 'Department of Commerce (issued by); Northwind Labs (addressed to)',
    });
    // One entity in two roles: named once under entities, twice under entity roles.
    const [commerce, northwind] = commentedItem.links!;
    const twice = {
      ...commentedItem,
      links: [commerce!, northwind!, { ...commerce!, link: { ...commerce!.link, id: 'l9', role: 'mentions' as const } }],
    };
    const [, twiceRow] = parseCsv(clausesToCsv([twice]).slice(1));
    expect(twiceRow!.slice(8, 10)).toEqual([
      'Department of Commerce; Northwind Labs',
      'Department of Commerce (issued by); Northwind Labs (addressed to); Department of Commerce (mentions)',
    ]);
  });

  it('defuses formula injection with a leading apostrophe', () => {
    const evil = {
      ...plainItem,
      clause: { ...plainItem.clause, label: '=HYPERLINK("http://x","y")', comment: '+1', tags: [] },
      citation: '@SUM(A1)',
      cleanQuote: '-2+3',
    };
    const [, row] = parseCsv(clausesToCsv([evil]).slice(1));
    expect(row).toMatchObject({ 1: "'@SUM(A1)", 3: '\'=HYPERLINK("http://x","y")', 5: "'-2+3", 6: "'+1" });
    // Tags are joined first, then guarded: a formula-like tag matters only when it starts the field.
    const [, tagRow] = parseCsv(clausesToCsv([{ ...unicodeItem, clause: { ...unicodeItem.clause, tags: ['=SUM(A1)', 'x'] } }]).slice(1));
    expect(tagRow![7]).toBe("'=SUM(A1); x");
    expect(rows[4]![7]).toBe('UE; ressortissant étranger; =SUM(A1)');
    // An entity name is guarded the same way, in both entity columns.
    expect(rows[4]!.slice(8, 10)).toEqual(["'=Ressortissants étrangers", "'=Ressortissants étrangers (restricts)"]);
  });

  it('uses the area clause typed quote and the PDF page number when no label is known', () => {
    expect(rows[3]!.slice(2, 6)).toEqual(['5', '', 'Other', 'Signed: Secretary of Commerce (illustrative reconstruction)']);
    expect(areaItem.pageLabel).toBeUndefined();
  });
});

describe('csvField (RFC 4180)', () => {
  it('quotes only fields with a comma, quote or line break, doubling quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('')).toBe('');
  });

  it('guards = + - @ tab and CR at the start, then quotes as needed', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('=A1,"x"')).toBe('"\'=A1,""x"""');
    expect(csvField('1=1')).toBe('1=1');
  });
});
