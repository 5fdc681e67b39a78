import { describe, expect, it } from 'vitest';
import { readToWorker } from './searchProtocol';

describe('readToWorker', () => {
  it('takes a well-formed query as sent', () => {
    const message = { type: 'query', id: 4, request: { query: 'a "b"', filters: { kinds: ['statute'], within: 'pages' }, caseId: 'c', limit: 200 } };
    expect(readToWorker(message)).toEqual({ message });
  });
  it.each([
    [{ type: 'query', id: 5, request: { query: 42 } }, 5, /request\.query/],
    [{ type: 'query', id: 6, request: { query: 'x', limit: -1 } }, 6, /request\.limit/],
    [{ type: 'query', id: 7, request: { query: 'x', filters: { within: 'everywhere' } } }, 7, /request\.filters\.within/],
    [{ type: 'query', request: { query: 'x' } }, undefined, /id/],
    [null, undefined, /malformed/],
    ['query', undefined, /malformed/],
  ])('refuses %j with a reason and its id when it has one', (data, id, reason) => {
    const read = readToWorker(data);
    expect(read).toMatchObject({ id });
    expect('problem' in read && read.problem).toMatch(reason);
  });
});
