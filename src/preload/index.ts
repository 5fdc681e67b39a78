import { contextBridge, ipcRenderer } from 'electron';
import { createHostApi } from './hostApi';

/**
 * The sandboxed preload: it may require only 'electron', so everything else it needs
 * (../shared) is bundled in. contextBridge copies the API into the page's world; the page
 * never gets ipcRenderer, require or process.
 */
const host = createHostApi(ipcRenderer); // named functions over fixed channels only
contextBridge.exposeInMainWorld('host', host);
