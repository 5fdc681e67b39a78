/**
 * Boxes of a text range as the browser reports them come one per text fragment, often several
 * per line and sometimes nested. A highlight wants one box per line run: this merges boxes that
 * share a line and touch or nearly touch.
 *
 * Invariants: pure; boxes are [left, top, right, bottom] with left <= right, top <= bottom, in
 * any one unit; the union of the output covers the union of the input; empty boxes are dropped.
 */
export type Box = [number, number, number, number];

/** Two boxes share a line when each overlaps at least half of the other's height. */
function sameLine(a: Box, b: Box): boolean {
  const overlap = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return overlap >= 0.5 * Math.min(a[3] - a[1], b[3] - b[1]);
}

export function mergeLineBoxes(boxes: readonly Box[], gap = 3): Box[] {
  const sorted = boxes.filter((b) => b[2] - b[0] > 0.01 && b[3] - b[1] > 0.01).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const lines: Box[] = [];
  for (const box of sorted) {
    const line = lines.find((l) => sameLine(l, box) && box[0] <= l[2] + gap && box[2] >= l[0] - gap);
    if (line) {
      line[0] = Math.min(line[0], box[0]);
      line[1] = Math.min(line[1], box[1]);
      line[2] = Math.max(line[2], box[2]);
      line[3] = Math.max(line[3], box[3]);
    } else {
      lines.push([...box]);
    }
  }
  return lines;
}
