/**
 * The part of an export's file name that comes from what it holds ("Légion v. Commerce" ->
 * "legion-v-commerce"): accents dropped, lower-case ASCII letters and digits joined by single
 * hyphens, at most 60 characters, never empty (`fallback` when nothing is left).
 */
export function fileNameSlug(text: string, fallback: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '') || fallback
  );
}
