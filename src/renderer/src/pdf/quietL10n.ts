/**
 * A stand-in for pdf.js's Fluent localisation (GenericL10n), which watches the whole viewer for
 * mutations and translates every page element's label: for 500 pages about 3 ms before the first
 * page draws, and more work on every scroll. Clausebench's interface is English and names the
 * pages itself (viewer.ts labelPages), so PDFViewer gets this object, which does nothing.
 * It implements what pdf_viewer.mjs calls on its l10n (translate, pause, resume, get...).
 */
export const quietL10n = {
  getLanguage: (): string => 'en-US',
  getDirection: (): string => 'ltr',
  get: async (): Promise<string> => '',
  translate: async (): Promise<void> => undefined,
  translateOnce: async (): Promise<void> => undefined,
  destroy: async (): Promise<void> => undefined,
  pause: (): void => undefined,
  resume: (): void => undefined,
};
