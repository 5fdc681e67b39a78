import { APP_ENTRY_URL as rendererUrl } from '../appProtocol';

/**
 * IPC events for handler tests: one from our renderer's main frame, and the untrusted kinds
 * a handler must refuse. Test support only; nothing in the app imports it.
 */
export function trustedEvent(senderId = 1) {
  return { senderFrame: { url: rendererUrl, parent: null }, sender: { id: senderId } } as never;
}

export const UNTRUSTED_EVENTS: Array<[string, never]> = [
  ['another site', { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 1 } } as never],
  ['a local file', { senderFrame: { url: 'file:///etc/passwd', parent: null }, sender: { id: 1 } } as never],
  ['a subframe', { senderFrame: { url: rendererUrl, parent: { url: rendererUrl, parent: null } }, sender: { id: 1 } } as never],
  ['a destroyed frame', { senderFrame: null, sender: { id: 1 } } as never],
];

/** Arguments no handler should ever act on. */
export const HOSTILE_VALUES: unknown[] = [
  42,
  Number.NaN,
  null,
  undefined,
  true,
  {},
  { url: 'https://example.org' },
  ['https://example.org'],
  { toString: () => 'https://example.org' },
  'x'.repeat(10_000),
];
