// Turns the runs into the printed table and bench/results.json. A missed target is printed as
// MISSED, plainly; the bench still exits 0 because it is a report, not a test (DESIGN.md: times
// are never asserted).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Medians, the ratio (our speed over raw speed, whatever the unit's direction) and the target. */
export function summarise(figure, runs) {
  const ours = median(runs.ours.map((r) => r.value));
  const raw = runs.raw.length ? median(runs.raw.map((r) => r.value)) : undefined;
  const ratio = raw === undefined ? undefined : figure.better === 'higher' ? ours / raw : raw / ours;
  const target = figure.target({ ours, raw, ratio, runs });
  return { ours, raw, ratio, target };
}

const fmt = (value, unit) => (value === undefined ? '-' : `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${unit}`);

export function formatTable(results) {
  const header = ['figure', 'ours (median)', 'raw pdf.js (median)', 'ratio', 'target', 'result'];
  const rows = results.map(({ figure, summary }) => [
    figure.label,
    fmt(summary.ours, figure.unit),
    fmt(summary.raw, figure.unit),
    summary.ratio === undefined ? '-' : `${summary.ratio.toFixed(2)}x`,
    summary.target.text,
    summary.target.met ? 'met' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** Per-stage pipeline times, when a figure diagnosed itself, as "stage 123 ms (45%)" lines. */
export function formatDiagnoses(results) {
  const out = [];
  for (const { figure, diagnosis } of results) {
    const stages = diagnosis?.stagesMs;
    if (!stages) continue;
    out.push(`${figure.id}: where the pipeline's time goes (median of ${diagnosis.samples.length} breakdowns, ms)`);
    const total = stages.total;
    const row = (name, ms) => out.push(`  ${name.padEnd(26)} ${ms.toFixed(1).padStart(8)}  ${((ms / total) * 100).toFixed(0).padStart(3)}%`);
    for (const [stage, ms] of Object.entries(stages)) {
      if (stage === 'total' || stage === 'pagesImageChecked' || stage.includes('.')) continue;
      row(stage, ms);
      // "stage.part" keys are a part of that stage, not a further share of the total.
      for (const [part, partMs] of Object.entries(stages)) if (part.startsWith(`${stage}.`)) row(`  of which ${part.slice(stage.length + 1)}`, partMs);
    }
    out.push(`  ${'total'.padEnd(26)} ${total.toFixed(1).padStart(8)}  (${stages.pagesImageChecked} short pages got an image check)`);
  }
  return out.join('\n');
}

export async function writeResults(path, data) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(data, null, 2) + '\n');
}
