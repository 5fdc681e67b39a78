/**
 * Between pdf.js's text layer (DOM text nodes, one per text item) and the page text stored at
 * import (core/documentText.ts: the same items' strings, "\n" after line ends). A selection in
 * the text layer becomes page offsets; page offsets become a DOM Range whose boxes a highlight
 * covers.
 *
 * The two texts come from the same items, but import asked pdf.js to normalise Unicode and the
 * text layer did not (pdf.js's viewer passes disableNormalization), so "ﬁ" in a node may be "fi"
 * in the page text. Each node is found in order in the page text; a node whose text differs by
 * such normalisation gets a per-character map. A node that cannot be found is left unmapped
 * (a selection touching only it gives nothing, never a wrong offset).
 *
 * Invariants: spans are in DOM order with increasing `start`; for a mapped node, offsets[i] is
 * the page offset of the node's i-th UTF-16 unit and offsets[length] the offset just after it.
 */

export interface MappedNode {
  node: Text;
  /** Page offset of each UTF-16 unit of node.data, plus one past the end. */
  offsets: number[];
}

/** How far ahead of the cursor a node's text may be found (line ends, skipped empty items). */
const MAX_SKIP = 64;

function identityOffsets(start: number, length: number): number[] {
  return Array.from({ length: length + 1 }, (_, i) => start + i);
}

/** Per-unit offsets when the page text holds the NFKC form of the node's text at `start`. */
function normalisedOffsets(data: string, pageText: string, start: number): number[] | undefined {
  const offsets: number[] = [];
  let at = start;
  for (const ch of data) {
    const form = ch.normalize('NFKC');
    if (pageText.startsWith(form, at)) {
      for (let k = 0; k < ch.length; k++) offsets.push(at);
      at += form.length;
    } else if (pageText.startsWith(ch, at)) {
      for (let k = 0; k < ch.length; k++) offsets.push(at);
      at += ch.length;
    } else {
      return undefined;
    }
  }
  offsets.push(at);
  return offsets;
}

/** Maps the text nodes of one page's text layer to offsets in that page's stored text. */
export function mapTextLayer(textLayer: Element, pageText: string): MappedNode[] {
  const mapped: MappedNode[] = [];
  const walker = textLayer.ownerDocument.createTreeWalker(textLayer, NodeFilter.SHOW_TEXT);
  let cursor = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    if (!node.data) continue;
    const exact = pageText.indexOf(node.data, cursor);
    if (exact >= 0 && exact - cursor <= MAX_SKIP) {
      mapped.push({ node, offsets: identityOffsets(exact, node.data.length) });
      cursor = exact + node.data.length;
      continue;
    }
    const first = [...node.data][0]?.normalize('NFKC') ?? '';
    const near = first ? pageText.indexOf(first, cursor) : -1;
    const offsets = near >= 0 && near - cursor <= MAX_SKIP ? normalisedOffsets(node.data, pageText, near) : undefined;
    if (offsets) {
      mapped.push({ node, offsets });
      cursor = offsets[offsets.length - 1] ?? cursor;
    }
  }
  return mapped;
}

/**
 * The page offset of a DOM boundary point (as in a Range or Selection) inside the text layer.
 * `edge` says which way to look when the point lies between nodes: the next mapped text for a
 * start, the previous for an end. Undefined when no mapped text lies that way.
 */
export function pointToOffset(mapped: readonly MappedNode[], container: Node, offset: number, edge: 'start' | 'end'): number | undefined {
  const hit = mapped.find((m) => m.node === container);
  if (hit) return hit.offsets[Math.min(offset, hit.node.data.length)];
  // An element boundary: compare document positions with each mapped node.
  const probe = container.ownerDocument?.createRange();
  if (!probe) return undefined;
  probe.setStart(container, offset);
  if (edge === 'start') {
    const next = mapped.find((m) => probe.comparePoint(m.node, 0) >= 0);
    return next?.offsets[0];
  }
  const before = [...mapped].reverse().find((m) => probe.comparePoint(m.node, m.node.data.length) <= 0);
  return before?.offsets[before.node.data.length];
}

/** A DOM Range covering page offsets [start, end), or null when no mapped text lies within. */
export function offsetsToRange(mapped: readonly MappedNode[], start: number, end: number): Range | null {
  const inside = mapped.filter((m) => (m.offsets[m.offsets.length - 1] ?? 0) > start && (m.offsets[0] ?? 0) < end);
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, unitAt(first, start));
  range.setEnd(last.node, unitAt(last, end));
  return range;
}

/** The index of the first unit of `m` at or after page offset `offset` (clamped to the node). */
function unitAt(m: MappedNode, offset: number): number {
  const i = m.offsets.findIndex((o) => o >= offset);
  return i < 0 ? m.node.data.length : i;
}
