/** IPC channel names. Main registers handlers only for these; anything else is refused. */
export const IpcChannel = {
  pickPdfFiles: 'clausebench:pick-pdf-files',
  openExternal: 'clausebench:open-external',
  appVersion: 'clausebench:app-version',
  rendererReady: 'clausebench:renderer-ready',
  printToPdf: 'clausebench:print-to-pdf',
  filesOpened: 'clausebench:files-opened',
  menuCommand: 'clausebench:menu-command',
} as const;

export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

/** Channels the renderer may invoke or send on (renderer -> main). */
export const RENDERER_TO_MAIN: readonly IpcChannelName[] = [
  IpcChannel.pickPdfFiles,
  IpcChannel.openExternal,
  IpcChannel.appVersion,
  IpcChannel.rendererReady,
  IpcChannel.printToPdf,
];

// menu-command payloads are the command registry's menu ids: commands.ts (isMenuCommand).
