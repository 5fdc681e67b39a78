/**
 * The sample case's manifest (resources/sample-case/manifest.json): which PDFs make up the case
 * and the metadata each carries. Validated on load so a broken build fails loudly, not oddly.
 */
import { z } from './zod';
import { DOCUMENT_KINDS } from './types';

const sampleDocument = z.object({
  fileName: z.string().regex(/^[\w.-]+\.pdf$/),
  title: z.string().min(1),
  kind: z.enum(DOCUMENT_KINDS),
  issuer: z.string(),
  date: z.string(),
  citation: z.string(),
  jurisdiction: z.string(),
  assumptions: z.array(z.string()).default([]),
});

export const sampleManifestSchema = z.object({
  caseName: z.string().min(1),
  notice: z.string(),
  documents: z.array(sampleDocument).min(1),
});

export type SampleManifest = z.infer<typeof sampleManifestSchema>;
export type SampleDocument = SampleManifest['documents'][number];

export function parseSampleManifest(json: unknown): SampleManifest {
  const result = sampleManifestSchema.safeParse(json);
  if (!result.success) throw new Error(`The sample case manifest is invalid: ${result.error.message}`);
  return result.data;
}
