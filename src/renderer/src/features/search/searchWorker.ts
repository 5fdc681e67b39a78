/// <reference lib="webworker" />
/**
 * The search worker: owns the MiniSearch index (SearchService) off the UI thread. It opens the
 * app's database itself, so page texts never cross to the UI thread, and Dexie's live queries
 * tell it of every change the app makes.
 */
import { db } from '../../db/database';
import type { FromWorker, ToWorker } from './searchProtocol';
import { SearchService } from './searchService';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

const service = new SearchService(db(), (status) => post({ type: 'status', status }));
const started = service.start();

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type !== 'query') return;
  try {
    await started;
    post({ type: 'results', id: message.id, results: await service.query(message.request) });
  } catch (error) {
    post({ type: 'failed', id: message.id, message: String(error) });
  }
};
