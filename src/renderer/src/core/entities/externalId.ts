/**
 * What an entity's external identifier may be: nothing, an absolute http(s) IRI (a Wikidata item,
 * an agency's page) or a URN. Anything else would not identify the same thing in a colleague's
 * bundle or a linked-data export, so the dialog refuses it rather than store a guess.
 */

/** Why `value` cannot be stored as an external identifier; undefined when it can (trimmed; empty is fine). */
export function externalIdProblem(value: string): string | undefined {
  const id = value.trim();
  if (!id) return undefined;
  if (/\s/.test(id)) return 'An external identifier has no spaces.';
  if (/^urn:/i.test(id)) {
    // RFC 8141: urn:<namespace of 2–32 letters, digits or hyphens>:<something>.
    return /^urn:[a-z0-9][a-z0-9-]{0,30}[a-z0-9]:\S+$/i.test(id) ? undefined : 'A URN reads urn:<namespace>:<name>, e.g. urn:isbn:0451450523.';
  }
  let url: URL;
  try {
    url = new URL(id);
  } catch {
    return 'Give a full web address (https://www.wikidata.org/wiki/Q…) or a URN (urn:…), or leave it empty.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Only http(s) addresses and URNs can be external identifiers.';
  if (!url.hostname) return 'The address has no host name.';
  // new URL() accepts "https:example.org"; an identifier others can resolve is written in full.
  if (!/^https?:\/\//i.test(id)) return 'Write the address in full, starting with https://.';
  return undefined;
}
