// The sample entities and links (resources/sample-case/entities.json) against the sample clauses
// (clauses.json): every link stands on a shipped clause, quotes that clause's own words, and the
// entities keep the sample's rules (sources named, assumptions marked, offices not people).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSampleClauses } from '../../src/renderer/src/core/sampleClauses';
import { nameKey } from '../../src/renderer/src/core/entities/entityNames';
import { GENERIC_HEADS } from '../../src/renderer/src/core/entities/knownMatcher';
import { parseSampleEntities } from '../../src/renderer/src/core/sampleEntities';
import type { EntityType, LinkRole } from '../../src/renderer/src/core/types';

const clauses = parseSampleClauses(JSON.parse(readFileSync('resources/sample-case/clauses.json', 'utf8')));
const manifest = JSON.parse(readFileSync('resources/sample-case/manifest.json', 'utf8')) as { documents: { fileName: string; title: string }[] };
const file = parseSampleEntities(JSON.parse(readFileSync('resources/sample-case/entities.json', 'utf8')), clauses);

const readable = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const clauseOf = (id: string) => clauses.clauses.find((c) => c.id === id)!;
const entityNamed = (name: string) => {
  const entity = file.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no shipped entity is named ${name}`);
  return entity;
};
/** The roles linking the clause `label` of `fileName` to the entity `name`. */
function roles(fileName: string, label: string, name: string): LinkRole[] {
  const clause = clauses.clauses.find((c) => c.fileName === fileName && c.label === label);
  if (!clause) throw new Error(`no shipped clause ${label} in ${fileName}`);
  const entity = entityNamed(name);
  return file.links.filter((l) => l.clauseId === clause.id && l.entityId === entity.id).map((l) => l.role);
}

describe('resources/sample-case/entities.json', () => {
  it('parses, and every link names a clause of clauses.json and an entity of the file', () => {
    const clauseIds = new Set(clauses.clauses.map((c) => c.id));
    const entityIds = new Set(file.entities.map((e) => e.id));
    for (const link of file.links) {
      expect(clauseIds.has(link.clauseId), link.id).toBe(true);
      expect(entityIds.has(link.entityId), link.id).toBe(true);
    }
  });

  it('ships the parties, offices, places and classes of persons of the case, each with its type', () => {
    const expected: [string, EntityType][] = [
      ['Legion', 'organisation'],
      ["Legion's Canadian remote engineers", 'class-of-persons'],
      ['Anthropic', 'organisation'],
      ['Fable 5', 'ai-model'],
      ['Mythos 5', 'ai-model'],
      ['U.S. Department of Commerce', 'agency'],
      // An office, not a person: the sample names no office holder.
      ['Secretary of Commerce', 'other'],
      ['White House', 'agency'],
      ['U.S. District Court for the District of Columbia [assumed]', 'court'],
      ['Canada', 'country'],
      ['China', 'country'],
      ['Foreign nationals outside the United States', 'class-of-persons'],
      ['Foreign persons in the United States', 'class-of-persons'],
      ['US permanent residents', 'class-of-persons'],
    ];
    for (const [name, type] of expected) expect(entityNamed(name).type, name).toBe(type);
    expect(file.entities.length).toBeGreaterThanOrEqual(expected.length);
    expect(file.entities.length).toBeLessThanOrEqual(25);
    expect(file.links.length).toBeGreaterThanOrEqual(35);
    expect(file.links.length).toBeLessThanOrEqual(60);
  });

  it('links every entity to at least one clause', () => {
    const linked = new Set(file.links.map((l) => l.entityId));
    expect(file.entities.filter((e) => !linked.has(e.id)).map((e) => e.name)).toEqual([]);
  });

  it('gives the key clauses the roles their words support', () => {
    expect(roles('01-executive-order.pdf', 'Sec. 3(a)', 'Covered developers (US AI developers)')).toContain('restricts');
    expect(roles('01-executive-order.pdf', 'Sec. 3(a)', 'Foreign nationals outside the United States')).toContain('restricts');
    expect(roles('01-executive-order.pdf', 'Sec. 3(b)', 'Foreign persons in the United States')).toContain('restricts');
    expect(roles('02-commerce-letter.pdf', '¶ 2', 'Anthropic')).toEqual(expect.arrayContaining(['addressed-to', 'obligates']));
    expect(roles('02-commerce-letter.pdf', '¶ 2', 'U.S. Department of Commerce')).toContain('issued-by');
    expect(roles('03-complaint.pdf', '¶ 4', 'Legion')).toContain('plaintiff');
    expect(roles('03-complaint.pdf', '¶ 4', "Legion's Canadian remote engineers")).toContain('harms');
    expect(roles('03-complaint.pdf', '¶ 45', 'U.S. Department of Commerce')).toContain('defendant');
    expect(roles('04-note-ear-deemed-exports.pdf', '¶ 12', 'US permanent residents')).toContain('exempts');
  });

  it('puts party roles only on the complaint and the chronology', () => {
    for (const link of file.links.filter((l) => l.role === 'plaintiff' || l.role === 'defendant')) {
      expect(['03-complaint.pdf', '11-chronology.pdf'], link.note).toContain(clauseOf(link.clauseId).fileName);
    }
  });

  it("quotes, in a link's note, only words of that clause", () => {
    for (const link of file.links) {
      const quote = readable(clauseOf(link.clauseId).quote.exact);
      for (const [, words] of link.note.matchAll(/"([^"]+)"/g)) {
        expect(quote, `${clauseOf(link.clauseId).label}: "${words}"`).toContain(readable(words!));
      }
    }
  });

  it("marks a reconstruction's words as the reconstruction's, never as a real text's", () => {
    // The only words of the filing the reporting quotes (CASE-FACTS); anything else quoted from a
    // reconstructed order, letter or complaint is the project's wording and says so.
    const reported = ['immediate, irreparable and existential'];
    const reconstructions = new Set(manifest.documents.filter((d) => d.title.startsWith('Reconstruction:')).map((d) => d.fileName));
    expect(reconstructions.size).toBe(3);
    for (const link of file.links.filter((l) => reconstructions.has(clauseOf(l.clauseId).fileName))) {
      for (const m of link.note.matchAll(/"([^"]+)"/g)) {
        if (reported.includes(m[1]!)) continue;
        expect(link.note.slice(m.index + m[0].length), `${clauseOf(link.clauseId).label}: ${link.note}`).toMatch(/^:? ?\(the reconstruction's words/);
      }
    }
  });

  it("attributes the complaint's claims to the complaint, as reported, never states them as fact", () => {
    for (const e of file.entities) {
      for (const sentence of e.description.split(/(?<=\.) /).filter((x) => /sidelined|harm compounds/.test(x))) {
        expect(sentence, e.name).toMatch(/^The complaint, as reported, says/);
      }
    }
  });

  it('gives no entity an alias that is only a generic head ("the Order", "the Secretary")', () => {
    for (const e of file.entities) {
      for (const alias of e.aliases) expect(GENERIC_HEADS.has(nameKey(alias)), `${e.name}: ${alias}`).toBe(false);
    }
  });

  it('says where each fact comes from, marks assumptions and names no office holder', () => {
    for (const e of file.entities) expect(e.description, e.name).toMatch(/\bSources?\b/);
    // The reporting gives neither the court's district nor the defendants.
    expect(entityNamed('U.S. District Court for the District of Columbia [assumed]').name).toContain('[assumed]');
    for (const link of file.links.filter((l) => l.role === 'defendant')) expect(link.note).toMatch(/assum/);
    // The sample names offices, never people (DESIGN.md): no entity is a person, and an office says it is one.
    expect(file.entities.filter((x) => x.type === 'person').map((x) => x.name)).toEqual([]);
    expect(entityNamed('Secretary of Commerce').description).toMatch(/^An office, not a named individual/);
  });
});
