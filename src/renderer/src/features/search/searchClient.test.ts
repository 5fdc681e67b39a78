// The search client against a stand-in worker: answers reach the right query, malformed messages
// are ignored, and a failed worker fails every waiting and later query instead of leaving the view
// waiting forever.
import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../core/search/runSearch';
import { SearchClient, type SearchWorkerPort } from './searchClient';
import type { ToWorker } from './searchProtocol';

class FakeWorker implements SearchWorkerPort {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: Worker['onmessage'] = null;
  onerror: Worker['onerror'] = null;
  onmessageerror: Worker['onmessageerror'] = null;
  postMessage(message: unknown): void {
    this.sent.push(message as ToWorker);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: unknown): void {
    this.onmessage?.call(this as never, { data } as MessageEvent);
  }
  fail(message: string): void {
    this.onerror?.call(this as never, { message } as ErrorEvent);
  }
}

const EMPTY: SearchResults = { entities: [], groups: [], hitCount: 0, truncated: false, problems: [] };

describe('SearchClient', () => {
  it('gives each answer to its query and mirrors the status; ignores malformed messages', async () => {
    const worker = new FakeWorker();
    const client = new SearchClient(worker);
    const seen: string[] = [];
    client.subscribe(() => seen.push(client.status.phase));
    const first = client.query({ query: 'one' });
    const second = client.query({ query: 'two' });
    worker.answer({ type: 'results', id: 99, results: EMPTY });
    worker.answer({ type: 'results', id: worker.sent[1]!.id, results: { groups: 'nope' } });
    worker.answer('garbage');
    worker.answer({ type: 'status', status: { phase: 'ready', items: 3, origin: 'built', pagesIndexedSinceStart: 3, revision: 1 } });
    worker.answer({ type: 'failed', id: worker.sent[0]!.id, message: 'bad query' });
    worker.answer({ type: 'results', id: worker.sent[1]!.id, results: { ...EMPTY, hitCount: 0 } });
    await expect(first).rejects.toThrow('bad query');
    await expect(second).resolves.toEqual(EMPTY);
    expect(seen).toEqual(['ready']);
    expect(client.status.items).toBe(3);
  });

  it('when the worker fails: stops it, says so in the status, and fails the waiting and later queries', async () => {
    const worker = new FakeWorker();
    const client = new SearchClient(worker);
    const waiting = client.query({ query: 'quokka' });
    worker.fail('Failed to fetch the worker script');
    await expect(waiting).rejects.toThrow(/search worker stopped \(Failed to fetch the worker script\)/);
    await expect(client.query({ query: 'again' })).rejects.toThrow(/search worker stopped/);
    expect(worker.sent).toHaveLength(1);
    expect(worker.terminated).toBe(true);
    expect(client.status).toMatchObject({ phase: 'error', message: expect.stringMatching(/Reload the app/) });
  });

  it('an answer that cannot be read fails the waiting queries, and later ones still go', async () => {
    const worker = new FakeWorker();
    const client = new SearchClient(worker);
    const waiting = client.query({ query: 'quokka' });
    worker.onmessageerror?.call(worker as never, {} as MessageEvent);
    await expect(waiting).rejects.toThrow(/could not be read/);
    const later = client.query({ query: 'quokka' });
    worker.answer({ type: 'results', id: worker.sent[1]!.id, results: EMPTY });
    await expect(later).resolves.toEqual(EMPTY);
  });
});
