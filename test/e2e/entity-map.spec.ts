/**
 * The relationship map (issue 6/7, part 5): entities and documents as nodes, one link per (entity,
 * document, role), filters by entity type and role, and a click that opens the entity's page or
 * the document. The canvas is checked through what cytoscape drew (the map's data-node-count and
 * data-edge-count) and the accessible list beside it, which names every node and link.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { expectNoSeriousViolations, expectReaderOn, openEntitiesTab, seedCase, seedClause, seedEntity, seedLink } from './entityMapSupport';

const ORDER = 'Order on sharing models';
const COMPLAINT = 'Legion complaint';

/** A case whose map is known: 3 linked entities (and one without links), 2 documents, 4 links. */
async function seedMapCase(page: Page) {
  await seedCase(
    page,
    'Map matter',
    [
      {
        fileName: 'order.pdf',
        title: ORDER,
        kind: 'executive-order',
        date: 'before 2026-06-23',
        lines: ['Sec. 3. No developer shall share a model.'],
      },
      { fileName: 'complaint.pdf', title: COMPLAINT, kind: 'complaint', date: '2026-06-23', lines: ['Legion sues the Department of Commerce.'] },
    ],
    {
      clauses: [
        seedClause('map-c1', 'order.pdf', 'Sec. 3. No developer shall share a model.'),
        seedClause('map-c2', 'order.pdf', 'No developer shall share'),
        seedClause('map-c3', 'complaint.pdf', 'Legion sues the Department of Commerce.'),
      ],
      entities: [
        seedEntity('map-commerce', 'Department of Commerce', 'agency'),
        seedEntity('map-legion', 'Legion', 'organisation'),
        seedEntity('map-foreign', 'Foreign nationals', 'class-of-persons'),
        seedEntity('map-lonely', 'Nobody links me', 'person'),
      ],
      links: [
        seedLink('map-l1', 'map-c1', 'map-foreign', 'restricts'),
        seedLink('map-l2', 'map-c2', 'map-foreign', 'restricts'),
        seedLink('map-l3', 'map-c1', 'map-commerce', 'issued-by'),
        seedLink('map-l4', 'map-c3', 'map-legion', 'plaintiff'),
        seedLink('map-l5', 'map-c3', 'map-commerce', 'defendant'),
      ],
    },
  );
}

function mapCanvas(page: Page) {
  return page.locator('.map-canvas');
}

async function expectDrawn(page: Page, count: string, nodes: number, edges: number) {
  await expect(page.getByRole('status').filter({ hasText: /entit/ })).toHaveText(count);
  await expect(mapCanvas(page)).toHaveAttribute('data-node-count', String(nodes));
  await expect(mapCanvas(page)).toHaveAttribute('data-edge-count', String(edges));
}

function nodeList(page: Page) {
  return page.getByRole('list', { name: 'Map nodes' });
}

async function showNodeList(page: Page) {
  await page.getByText('Nodes and links').click();
  await expect(nodeList(page)).toBeVisible();
}

test('a seeded case draws its entities, documents and links; filters change what is drawn', async ({ page }) => {
  await openApp(page);
  await seedMapCase(page);
  await openEntitiesTab(page, 'Map');
  await expectDrawn(page, '3 entities, 2 documents, 4 links', 5, 4);
  await expect(page.getByRole('img', { name: /^Relationship map of Map matter/ })).toBeVisible();

  await showNodeList(page);
  const items = nodeList(page).locator(':scope > li');
  await expect(items).toHaveCount(5);
  await expect(nodeList(page).getByRole('button', { name: 'Nobody links me' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'the map and its open node list');
  const foreign = items.filter({ has: page.getByRole('button', { name: 'Foreign nationals', exact: true }) });
  await expect(foreign).toContainText('(Class of persons)');
  await expect(foreign.getByRole('listitem')).toHaveText([`${ORDER}: Restricts ×2`]);
  const commerce = items.filter({ has: page.getByRole('button', { name: 'Department of Commerce', exact: true }) });
  await expect(commerce.getByRole('listitem')).toHaveText([`${COMPLAINT}: Defendant`, `${ORDER}: Issued by`]);
  const order = items.filter({ has: page.getByRole('button', { name: ORDER, exact: true }) });
  await expect(order).toContainText('(Document: Executive order)');
  await expect(order.getByRole('listitem')).toHaveCount(2);

  // Untick a type: its entities and their links go; a document left without links would go too.
  const types = page.getByRole('group', { name: 'Entity types' });
  await expect(types.getByRole('checkbox')).toHaveCount(3);
  await types.getByRole('checkbox', { name: /Class of persons/ }).uncheck();
  await expectDrawn(page, '2 entities, 2 documents, 3 links', 4, 3);
  await expect(nodeList(page).getByRole('button', { name: 'Foreign nationals' })).toHaveCount(0);

  const roles = page.getByRole('group', { name: 'Roles' });
  await roles.getByRole('checkbox', { name: /Plaintiff/ }).uncheck();
  await expectDrawn(page, '1 entity, 2 documents, 2 links', 3, 2);
  await roles.getByRole('checkbox', { name: /Defendant/ }).uncheck();
  await expectDrawn(page, '1 entity, 1 document, 1 link', 2, 1);
  await expect(nodeList(page).getByRole('button', { name: COMPLAINT })).toHaveCount(0);

  // Nothing left: the map says so, and ticking a box brings it back.
  await roles.getByRole('checkbox', { name: /Issued by/ }).uncheck();
  await expect(page.getByText('Nothing matches the filters.')).toBeVisible();
  await expect(mapCanvas(page)).toHaveCount(0);
  await types.getByRole('checkbox', { name: /Class of persons/ }).check();
  await expectDrawn(page, '1 entity, 1 document, 1 link', 2, 1);
});

test('a node name in the list opens the entity page or the document', async ({ page }) => {
  await openApp(page);
  await seedMapCase(page);
  await openEntitiesTab(page, 'Map');
  await showNodeList(page);
  await nodeList(page).getByRole('button', { name: 'Legion', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'Legion' })).toBeVisible();

  await page.getByRole('tab', { name: 'Map' }).click();
  await showNodeList(page);
  await nodeList(page).getByRole('button', { name: COMPLAINT, exact: true }).click();
  await expectReaderOn(page, COMPLAINT);
});

test('a click on a node of the canvas opens its entity page', async ({ page }) => {
  await openApp(page);
  await seedMapCase(page);
  await openEntitiesTab(page, 'Map');
  await expectDrawn(page, '3 entities, 2 documents, 4 links', 5, 4);
  // Where cytoscape drew the node, found by its colour: the only agency is the only red node.
  const canvas = mapCanvas(page);
  const box = (await canvas.boundingBox())!;
  const shot = await canvas.screenshot();
  const at = await page.evaluate(async (png) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, c.width, c.height).data;
    let sx = 0;
    let sy = 0;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      // #e15759, the agency colour (mapStyle.ts)
      if (Math.abs(data[i]! - 0xe1) < 6 && Math.abs(data[i + 1]! - 0x57) < 6 && Math.abs(data[i + 2]! - 0x59) < 6) {
        const p = i / 4;
        sx += p % c.width;
        sy += Math.floor(p / c.width);
        n++;
      }
    }
    return n ? { x: sx / n, y: sy / n, width: img.width } : null;
  }, shot.toString('base64'));
  expect(at, 'the agency node is drawn').not.toBeNull();
  const scale = at!.width / box.width;
  await page.mouse.click(box.x + at!.x / scale, box.y + at!.y / scale);
  await expect(page.getByRole('heading', { level: 2, name: 'Department of Commerce' })).toBeVisible();
});

interface Shipped {
  entities: { id: string; name: string }[];
  links: { clauseId: string; entityId: string; role: string }[];
}

test('the sample case has a map of its shipped links', async ({ page }) => {
  const shipped = JSON.parse(readFileSync('resources/sample-case/entities.json', 'utf8')) as Shipped;
  const clauses = (JSON.parse(readFileSync('resources/sample-case/clauses.json', 'utf8')) as { clauses: { id: string; fileName: string }[] }).clauses;
  const fileOf = new Map(clauses.map((c) => [c.id, c.fileName]));
  const linked = shipped.links.filter((l) => fileOf.has(l.clauseId));
  const entities = new Set(linked.map((l) => l.entityId));
  const documents = new Set(linked.map((l) => fileOf.get(l.clauseId)));
  const edges = new Set(linked.map((l) => `${l.entityId} ${fileOf.get(l.clauseId)} ${l.role}`));
  expect(edges.size).toBeGreaterThan(0);

  await openApp(page, { stayInSample: true });
  await openEntitiesTab(page, 'Map');
  await expectDrawn(page, `${entities.size} entities, ${documents.size} documents, ${edges.size} links`, entities.size + documents.size, edges.size);
  await showNodeList(page);
  await expect(nodeList(page).locator(':scope > li')).toHaveCount(entities.size + documents.size);
  for (const entity of shipped.entities.filter((e) => entities.has(e.id))) {
    await expect(nodeList(page).getByRole('button', { name: entity.name, exact: true })).toHaveCount(1);
  }
});
