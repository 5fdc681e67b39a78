/**
 * Reading and writing the zip of a bundle with fflate, never trusting the zip. Reading lists the
 * central directory first (fflate's unzipSync with a filter that inflates nothing), refusing unsafe
 * or duplicate names and too many entries; then inflates with fflate's streaming Unzip, counting the
 * bytes that actually come out (declared sizes are never believed) and stopping the moment an entry
 * or the whole passes its limit, so a zip bomb is never inflated in full.
 */
import { Unzip, UnzipInflate, unzipSync, zipSync, type UnzipFile, type Zippable } from 'fflate';
import { BundleError } from './bundleError';

export interface ZipLimits {
  maxEntries: number;
  /** Bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Bytes all entries together may inflate to. */
  maxTotalBytes: number;
}

const MiB = 1024 * 1024;
/** Far above any real case (hundreds of PDFs), far below what would exhaust a laptop's memory. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 100_000, maxEntryBytes: 1024 * MiB, maxTotalBytes: 2048 * MiB };

/**
 * Bytes handed to fflate at a time. Deflate inflates at most about 1,032 times its input, so one
 * push can overshoot a limit by at most ~16.5 MiB: that bounds how far a zip bomb gets. Within an
 * entry fflate hands chunks straight to the inflater, so small pushes cost little.
 */
const CHUNK = 16 * 1024;
/** Progress is reported (and cancellation checked) about this often. */
const PROGRESS_EVERY = 1 * MiB;

export interface ZipReadOptions {
  limits?: ZipLimits;
  /** Called between chunks with the bytes read so far; may return a promise (to yield to the UI). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  signal?: AbortSignal;
}

/**
 * Why a name is unsafe, or undefined when it is a plain relative path: no `..` or `.` segment, no
 * leading slash, drive letter or backslash, no empty segment, no control character.
 */
export function unsafePathReason(name: string): string | undefined {
  if (name.length === 0) return 'an empty name';
  if (name.length > 1024) return 'a name over 1,024 characters';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return 'a control character in its name';
  if (name.includes('\\')) return 'a backslash in its name';
  if (name.startsWith('/')) return 'an absolute path';
  if (/^[a-zA-Z]:/.test(name)) return 'a drive letter';
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..')) return 'a ".." segment';
  if (segments.some((s) => s === '.' || s === '')) return 'an empty or "." segment';
  return undefined;
}

function startsLikeZip(bytes: Uint8Array): boolean {
  // "PK\x03\x04" (a local file header) or "PK\x05\x06" (an empty archive): only to word the error.
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** The central directory's names, checked, without inflating anything. */
function listEntries(bytes: Uint8Array, limits: ZipLimits): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        const reason = unsafePathReason(file.name);
        if (reason) throw new BundleError('unsafe-path', `It holds an entry with ${reason} (“${file.name.slice(0, 120)}”).`, { name: file.name });
        if (seen.has(file.name)) throw new BundleError('duplicate-entry', `It holds two entries named “${file.name}”.`, { name: file.name });
        seen.add(file.name);
        names.push(file.name);
        if (names.length > limits.maxEntries)
          throw new BundleError('too-many-entries', `It holds more than ${limits.maxEntries.toLocaleString('en')} entries.`);
        return false;
      },
    });
  } catch (e) {
    if (e instanceof BundleError) throw e;
    if (startsLikeZip(bytes))
      throw new BundleError('truncated', 'It is incomplete or damaged (its zip directory cannot be read): the file was probably cut short.');
    throw new BundleError('not-a-zip', 'It is not a zip archive, so not a Clausebench bundle.');
  }
  return names;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Every file entry of a zip by name (directories skipped). Throws a BundleError when the bytes
 * are not a zip, are cut short, hold unsafe or duplicate names or too many entries, or inflate past
 * a limit; in the last case inflation stops there (detail.inflatedBytes says how far it got).
 */
export async function readZipSafely(bytes: Uint8Array, options: ZipReadOptions = {}): Promise<Map<string, Uint8Array>> {
  const limits = options.limits ?? DEFAULT_ZIP_LIMITS;
  const listed = new Set(listEntries(bytes, limits));
  const chunks = new Map<string, { parts: Uint8Array[]; length: number; done: boolean }>();
  let total = 0;
  let stop: BundleError | undefined;
  const files: UnzipFile[] = [];

  const unzip = new Unzip((file) => {
    if (stop) return;
    if (!listed.has(file.name) || chunks.has(file.name)) {
      stop = new BundleError('duplicate-entry', `Its entry “${file.name.slice(0, 120)}” appears twice or outside the zip directory.`, {
        name: file.name,
      });
      return;
    }
    const entry = { parts: [] as Uint8Array[], length: 0, done: false };
    chunks.set(file.name, entry);
    files.push(file);
    file.ondata = (err, data, final) => {
      if (stop) return;
      if (err) {
        stop = new BundleError('truncated', `Its entry “${file.name}” is damaged (${err.message}).`, { name: file.name });
        return;
      }
      entry.length += data.length;
      total += data.length;
      if (entry.length > limits.maxEntryBytes || total > limits.maxTotalBytes) {
        const which =
          entry.length > limits.maxEntryBytes
            ? `its entry “${file.name}” inflates past ${limits.maxEntryBytes.toLocaleString('en')} bytes`
            : `it inflates past ${limits.maxTotalBytes.toLocaleString('en')} bytes`;
        stop = new BundleError('too-large', `It is too large once decompressed: ${which}. It may be a zip bomb; it was not unpacked.`, {
          inflatedBytes: total,
          name: file.name,
        });
        file.terminate();
        return;
      }
      entry.parts.push(data);
      if (final) entry.done = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  let reported = 0;
  for (let at = 0; at < bytes.length && !stop; at += CHUNK) {
    try {
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
    } catch (e) {
      stop ??= new BundleError('truncated', `It is damaged (${e instanceof Error ? e.message : String(e)}).`);
    }
    if (stop) break;
    const done = Math.min(at + CHUNK, bytes.length);
    if (done - reported >= PROGRESS_EVERY || done === bytes.length) {
      reported = done;
      if (options.signal?.aborted) stop = new BundleError('cancelled', 'Reading was cancelled.');
      else await options.onProgress?.(done, bytes.length);
    }
  }
  if (stop) {
    for (const f of files) f.terminate();
    throw stop;
  }
  const out = new Map<string, Uint8Array>();
  for (const name of listed) {
    if (name.endsWith('/')) continue;
    const entry = chunks.get(name);
    if (!entry?.done) throw new BundleError('truncated', `Its entry “${name}” is incomplete: the file was probably cut short.`, { name });
    out.set(name, concat(entry.parts, entry.length));
  }
  return out;
}

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
  /** Deflate it (JSON); PDFs are stored as they are, being compressed inside already. */
  compress: boolean;
}

/** A zip of `entries`; `mtime` fixed so the same input gives the same bytes (the committed fixture relies on it). */
export function writeZip(entries: readonly ZipEntry[], mtime: Date): Uint8Array {
  const zippable: Zippable = {};
  for (const e of entries) {
    if (unsafePathReason(e.path) || e.path in zippable) throw new Error(`Bundle writer: bad or duplicate path ${e.path}`);
    zippable[e.path] = [e.bytes, { level: e.compress ? 6 : 0 }];
  }
  return zipSync(zippable, { mtime });
}
