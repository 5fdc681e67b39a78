/** Raw pdf.js drawing page 1, the other side of the reader's open-time figure (see ../benchEntry.ts). */
import { loadPdf, type PDFDocumentProxy } from '../pdf/pdfjs';
import { loadViewerLib } from '../pdf/viewerLib';

import { PDF_TO_CSS_UNITS, benchHost, geometryOf, nextFramePainted, type PageGeometry, type RawFirstPage } from './viewerHarness';

/**
 * Raw pdf.js on the same bytes and worker (loadPdf): page 1 rendered to a canvas at the viewer's
 * CSS scale and output scale (`geometry`, from the viewer), then pdf.js's TextLayer over it, as
 * PDFPageView does after its canvas. `ms` ends at the canvas; `withTextLayerMs` after the text
 * layer. The TextLayer comes through pdf.js's own TextLayerBuilder (pdf_viewer.mjs, loaded before
 * timing) with no highlighter: the same streamTextContent parameters PDFPageView uses.
 */
export async function rawFirstPage(bytes: Uint8Array, geometry: Pick<PageGeometry, 'scale' | 'outputScale'>): Promise<RawFirstPage> {
  const { TextLayerBuilder } = await loadViewerLib();
  const host = benchHost();
  let pdf: PDFDocumentProxy | undefined;
  let textLayer: InstanceType<typeof TextLayerBuilder> | undefined;
  try {
    const t0 = performance.now();
    pdf = await loadPdf(bytes);
    const loadedAt = performance.now();
    const page = await pdf.getPage(1);
    const pageAt = performance.now();
    const viewport = page.getViewport({ scale: geometry.scale * PDF_TO_CSS_UNITS });
    const wrapper = document.createElement('div');
    Object.assign(wrapper.style, { position: 'relative', width: `${Math.floor(viewport.width)}px`, height: `${Math.floor(viewport.height)}px`, margin: '8px auto' });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * geometry.outputScale);
    canvas.height = Math.floor(viewport.height * geometry.outputScale);
    Object.assign(canvas.style, { width: '100%', height: '100%', display: 'block' });
    wrapper.append(canvas);
    host.append(wrapper);
    const s = geometry.outputScale;
    await page.render({ canvas, viewport, transform: s === 1 ? undefined : [s, 0, 0, s, 0, 0] }).promise;
    const canvasAt = performance.now();
    const canvasPaintedAt = await nextFramePainted();
    const textStart = performance.now();
    textLayer = new TextLayerBuilder({ pdfPage: page, onAppend: (div: HTMLDivElement) => wrapper.append(div) });
    await textLayer.render({ viewport, images: null as never });
    // The text layer starts once the canvas is done (as in PDFPageView); the frame waited for above is not its time.
    const textAt = performance.now();
    const textPaintedAt = await nextFramePainted();
    const canvasMs = canvasAt - t0;
    return {
      ms: canvasMs,
      framePaintedMs: canvasPaintedAt - t0,
      withTextLayerMs: canvasMs + (textAt - textStart),
      withTextLayerFramePaintedMs: canvasMs + (textPaintedAt - textStart),
      textSpans: textLayer.div.querySelectorAll('span').length,
      stagesMs: { loaded: loadedAt - t0, gotPage1: pageAt - t0, canvasDone: canvasMs, textLayerDone: canvasMs + (textAt - textStart) },
      ...geometryOf(canvas, geometry.scale),
    };
  } finally {
    textLayer?.cancel(); // drops pdf.js's global selection listener for it, as PDFPageView does
    await pdf?.loadingTask.destroy();
    host.remove();
  }
}
