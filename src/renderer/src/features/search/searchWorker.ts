/// <reference lib="webworker" />
/**
 * The search worker: owns the MiniSearch index (SearchService) off the UI thread. It opens the
 * app's database itself, so page texts never cross to the UI thread, and Dexie's live queries
 * tell it of every change the app makes.
 */
import { db } from '../../db/database';
import { readToWorker, type FromWorker } from './searchProtocol';
import { SearchService } from './searchService';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

const service = new SearchService(db(), (status) => post({ type: 'status', status }));
const started = service.start();

scope.onmessage = async (event: MessageEvent<unknown>) => {
  const read = readToWorker(event.data);
  if (!('message' in read)) {
    // Unanswerable without an id; with one, the client shows the reason.
    if (read.id !== undefined) post({ type: 'failed', id: read.id, message: read.problem });
    return;
  }
  const { id, request } = read.message;
  try {
    await started;
    post({ type: 'results', id, results: await service.query(request) });
  } catch (error) {
    post({ type: 'failed', id, message: String(error) });
  }
};
