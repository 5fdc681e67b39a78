/**
 * Reads a chosen file as a bundle: bytes, then every check of core/exchange/bundle.ts, with
 * progress for the dialog and a frame painted between chunks. Writes nothing.
 */
import { readBundle, type BundleContents, type ReadPhase } from '../../core/exchange/bundle';
import { nextFrame } from './exchangeFiles';

export interface ReadProgress {
  phase: ReadPhase | 'loading';
  done: number;
  total: number;
}

export async function readBundleFile(file: File, onProgress: (p: ReadProgress) => void, signal: AbortSignal): Promise<BundleContents> {
  onProgress({ phase: 'loading', done: 0, total: file.size });
  const bytes = new Uint8Array(await file.arrayBuffer());
  return readBundle(bytes, {
    signal,
    onProgress: async (phase, done, total) => {
      onProgress({ phase, done, total });
      await nextFrame();
    },
  });
}

const PHASE_TEXT: Record<ReadProgress['phase'], string> = {
  loading: 'Reading the file',
  unpacking: 'Unpacking',
  checking: 'Checking the PDFs',
};

export function progressText(p: ReadProgress): string {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return `${PHASE_TEXT[p.phase]}: ${mb(p.done)} of ${mb(p.total)} MB`;
}
