// Types for generate.mjs (plain JS so the CLI runs on Node 20 without a TypeScript runner).
export type ManifestDocument = {
  fileName: string;
  title: string;
  kind: string;
  issuer: string;
  date: string;
  citation: string;
  jurisdiction: string;
  assumptions: string[];
};
export type Manifest = { caseName: string; notice: string; documents: ManifestDocument[] };

export const SAMPLE_DIR: string;
export function sourceNameFor(fileName: string): string;
export function loadManifest(): Promise<Manifest>;
export function buildPdf(entry: ManifestDocument, source: string): Promise<Uint8Array>;
export function generateSampleCase(): Promise<{ fileName: string; bytes: Uint8Array }[]>;
