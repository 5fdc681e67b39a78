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
  const speedRatio = (o, r) => (r === undefined ? undefined : figure.better === 'higher' ? o / r : r / o);
  const ratio = speedRatio(ours, raw);
  const target = figure.target({ ours, raw, ratio, runs });
  // Extra rows: the same ours against another raw time each raw sample carries; no target of their own.
  const also = (figure.also ?? []).map(({ label, raw: pick }) => {
    const alsoRaw = runs.raw.length ? median(runs.raw.map(pick)) : undefined;
    return { label, raw: alsoRaw, ratio: speedRatio(ours, alsoRaw) };
  });
  return { ours, raw, ratio, target, ...(also.length ? { also } : {}) };
}

const fmt = (value, unit) => (value === undefined ? '-' : `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${unit}`);

export function formatTable(results) {
  const header = ['figure', 'ours (median)', 'raw pdf.js (median)', 'ratio', 'target', 'result'];
  const ratioText = (ratio) => (ratio === undefined ? '-' : `${ratio.toFixed(2)}x`);
  const rows = results.flatMap(({ figure, summary, skipped }) => {
    if (skipped) return [[figure.label, '-', '-', '-', `skipped: ${skipped}`, 'skipped']];
    return [
      [figure.label, fmt(summary.ours, figure.unit), fmt(summary.raw, figure.unit), ratioText(summary.ratio), summary.target.text, summary.target.met ? 'met' : 'MISSED'],
      ...(summary.also ?? []).map((a) => [
        `  ${a.label}`,
        fmt(summary.ours, figure.unit),
        fmt(a.raw, figure.unit),
        ratioText(a.ratio),
        a.raw === undefined ? 'info only' : `info only (ours = ${(summary.ours / a.raw).toFixed(2)}x this raw)`,
        '-',
      ]),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** Per-stage pipeline times, when a figure diagnosed itself, as "stage 123 ms (45%)" lines; and a figure's notes. */
export function formatDiagnoses(results) {
  const out = [];
  for (const { figure, diagnosis } of results) {
    if (diagnosis?.notes?.length) out.push(`${figure.id}:`, ...diagnosis.notes.map((n) => `  ${n}`));
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
