/**
 * Clause work in one open document: keeps the viewer's highlights equal to the database, turns
 * the user's selection (or a drawn area) into a "New clause" dialog, and offers the list, the
 * hover card, copy with citation, edit and delete. The reader calls the returned actions from its
 * toolbar and shortcuts and places the returned elements.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { clauseTypeLabel } from '../../core/clauseTypes';
import type { PageLabels } from '../../core/pageQuery';
import type { Case, Clause, DocumentRecord } from '../../core/types';
import { db } from '../../db/database';
import { clausesForDocument } from '../../db/clausesRepo';
import { listCustomClauseTypes } from '../../db/clauseTypesRepo';
import { useLiveQuery } from '../../db/live';
import type { PDFDocumentProxy } from '../../pdf/pdfjs';
import type { ClauseMark, DocumentViewer } from '../../pdf/viewer';
import { copyText, openFile, saveFile } from '../../platform/host';
import { useUndo } from '../../ui/undo';
import { ClauseCard } from './ClauseCard';
import { createClause, createClauses, editClause, removeClause, storeClauseRects } from './clauseActions';
import { ClauseDialog } from './ClauseDialog';
import { citationFor, cleanQuoteAt, clauseQuote, quoteAndCitation, suggestedLabel } from './clauseDocument';
import { areaDraft, selectionDraft } from './clauseDrafts';
import type { ClauseDraft } from './clauseDraft';
import type { LinkChoice } from './linkActions';
import type { ClauseRow } from './clauseFilter';
import { ClausesPanel } from './ClausesPanel';
import { clauseExportItems, exportFileName, webAnnotationsJson } from './exportClauses';
import { importAnnotationsFile } from './importAnnotations';
import { annotationSuggestions, structureSuggestions, suggestionToRange, type RangedSuggestion } from './suggestions';
import { SuggestionsPanel } from './SuggestionsPanel';
import './clauses.css';
import { useClauseDocument } from './useClauseDocument';

export interface ClauseWorkOptions {
  viewer: DocumentViewer | null;
  doc: DocumentRecord;
  /** The workspace's case; undefined when it shows all cases. */
  caseId: string | undefined;
  cases: readonly Case[];
  profile: string;
  labels: PageLabels;
  pdf: PDFDocumentProxy;
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
  /** A clause to select and scroll to (an entity page's link opened); a new object each time. */
  revealClause?: { clauseId: string };
  /** "Use as evidence for…" on a clause of the list (the reader opens the Compare feature's dialog). */
  onUseAsEvidence?(clause: Clause, shown: { quote: string; citation: string }): void;
}

export interface ClauseWork {
  annotateSelection(): void;
  copyQuoteWithCitation(): void;
  areaMode: boolean;
  setAreaMode(on: boolean): void;
  /** The clauses panel (when open), the dialog and the hover card. */
  elements: ReactNode;
  count: number;
}

/** Scanning every page's annotations of a very long document would compete with reading it. */
const MAX_PAGES_TO_SCAN_FOR_MARKUPS = 300;

function markOf(clause: Clause, title: string): ClauseMark {
  return {
    clauseId: clause.id,
    colour: clause.colour,
    status: clause.anchorStatus,
    title,
    start: clause.target.position.start,
    end: clause.target.position.end,
    area: clause.target.area,
    rects: clause.target.rects,
  };
}

export function useClauseWork(o: ClauseWorkOptions): ClauseWork {
  const { viewer, doc, caseId, cases, profile, labels, pdf, panelOpen, setPanelOpen, revealClause, onUseAsEvidence } = o;
  const undo = useUndo();
  const cdoc = useClauseDocument(doc);
  const clauses = useLiveQuery(() => clausesForDocument(db(), caseId, doc.id), [caseId, doc.id]) ?? [];
  const customTypes = useLiveQuery(() => listCustomClauseTypes(db()), []) ?? [];
  const [dialog, setDialog] = useState<{ mode: 'new' | 'edit'; draft: ClauseDraft } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [hover, setHover] = useState<{ id: string; box: DOMRect } | null>(null);
  const [areaMode, setAreaModeState] = useState(false);
  const [importProblems, setImportProblems] = useState<string[]>([]);
  const [suggestions, setSuggestions] = useState<RangedSuggestion[] | null>(null);
  const [pdfMarkups, setPdfMarkups] = useState<RangedSuggestion[]>([]);
  const pendingAnnotate = useRef(false);
  const annotateLatest = useRef<() => void>(() => undefined);
  // Read by the viewer's callbacks, which are set up once per document.
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  const caseIdRef = useRef(caseId);
  caseIdRef.current = caseId;
  const caseName = useCallback((id: string) => cases.find((c) => c.id === id)?.name, [cases]);

  const rows: ClauseRow[] = useMemo(
    () =>
      clauses.map((clause) => ({
        clause,
        quote: clauseQuote(cdoc, clause),
        citation: citationFor(doc, labels, clause.label, clause.target.pageIndex),
        typeLabel: clauseTypeLabel(clause.type),
        caseName: caseId === undefined ? caseName(clause.caseId) : undefined,
      })),
    [clauses, cdoc, doc, labels, caseId, caseName],
  );

  // The viewer's clause layer needs the stored text; once per document and viewer.
  useEffect(() => {
    if (!viewer || !cdoc) return;
    viewer.enableClauses({
      pageTexts: cdoc.pageTexts,
      pageStarts: cdoc.pageStarts,
      // Found rectangles are a cache of the text layer's boxes: losing a write loses nothing.
      onRects: (found) => void storeClauseRects(found).catch(() => undefined),
      onHover: (id, box) => setHover(id && box ? { id, box } : null),
      onActivate: (id) => {
        setSelectedId(id);
        setPanelOpen(true);
      },
      onArea: (area) => setDialog({ mode: 'new', draft: areaDraft(cdoc, labelsRef.current, area, caseIdRef.current) }),
    });
    if (pendingAnnotate.current) {
      pendingAnnotate.current = false;
      annotateLatest.current();
    }
  }, [viewer, cdoc, setPanelOpen]);

  useEffect(() => {
    viewer?.setClauseMarks(rows.map((r) => markOf(r.clause, `${r.typeLabel}${r.clause.label ? `, ${r.clause.label}` : ''}`)));
  }, [viewer, rows]);

  const setAreaMode = (on: boolean) => {
    setAreaModeState(on);
    if (viewer) viewer.areaMode = on;
  };

  const annotateSelection = () => {
    if (!cdoc || !viewer) {
      // The stored text is read when the browser is idle after opening; the selection stays, so
      // the dialog opens as soon as the text is ready.
      pendingAnnotate.current = true;
      return;
    }
    const selection = viewer.readSelection();
    if (!selection) {
      undo.notify('Select the words of a clause in the page first; on a page without a text layer, use “Draw area”.');
      return;
    }
    setDialog({ mode: 'new', draft: selectionDraft(cdoc, labels, selection, caseId) });
  };

  annotateLatest.current = annotateSelection;

  const copyQuoteWithCitation = () => {
    const selection = viewer?.readSelection();
    const row = rows.find((r) => r.clause.id === selectedId);
    let text: string | undefined;
    if (selection && cdoc) {
      const label = suggestedLabel(cdoc, selection.start);
      text = quoteAndCitation(
        cleanQuoteAt(cdoc, selection.start, selection.end),
        citationFor(doc, labels, label, selection.pageIndex),
        cdoc.illustrative,
      );
    } else if (row) {
      text = quoteAndCitation(row.quote, row.citation, cdoc?.illustrative ?? false);
    }
    if (!text) {
      undo.notify('Select text in the page or a clause in the list to copy its quote with citation.');
      return;
    }
    copyText(text).then(
      () => undo.notify('Copied the quote with its citation.'),
      (e: unknown) => undo.notify(e instanceof Error ? e.message : String(e)),
    );
  };

  const goTo = (row: ClauseRow) => {
    setSelectedId(row.clause.id);
    // An orphan has no place in this text: show the page it was on, nothing highlighted.
    const first = row.clause.anchorStatus === 'orphaned' ? undefined : row.clause.target.rects[0];
    viewer?.goToClause(row.clause.id, first?.pageIndex ?? row.clause.target.pageIndex, first?.rects[0]);
  };

  // A clause asked for from elsewhere is shown once, as soon as the viewer and its row exist.
  const revealed = useRef<{ clauseId: string } | undefined>(undefined);
  useEffect(() => {
    if (!viewer || !revealClause || revealed.current === revealClause) return;
    const row = rows.find((r) => r.clause.id === revealClause.clauseId);
    if (!row) return;
    revealed.current = revealClause;
    setPanelOpen(true);
    goTo(row);
    // goTo is re-created each render; the request object decides when to run.
  }, [viewer, revealClause, rows]);

  const save = async (draft: ClauseDraft, newType: string | undefined, links: readonly LinkChoice[]) => {
    if (dialog?.mode === 'edit' && draft.id) {
      await editClause({ ...draft, id: draft.id }, undo, newType);
    } else {
      const target = draft.caseId ?? caseId;
      if (!target) throw new Error('Choose the case this clause belongs to.');
      const made = await createClause(draft, target, doc.id, profile, undo, newType, links);
      setSelectedId(made.id);
      window.getSelection()?.removeAllRanges();
      setAreaMode(false);
    }
    setDialog(null);
  };

  const edit = (row: ClauseRow) =>
    setDialog({
      mode: 'edit',
      draft: {
        id: row.clause.id,
        caseId: row.clause.caseId,
        target: row.clause.target,
        area: row.clause.target.area === true,
        quote: row.quote,
        citation: row.citation,
        type: row.clause.type,
        label: row.clause.label,
        comment: row.clause.comment,
        tags: row.clause.tags,
        colour: row.clause.colour,
      },
    });

  const importAnnotations = async () => {
    if (!cdoc) return;
    const target = caseId ?? (doc.caseIds.length === 1 ? doc.caseIds[0] : undefined);
    if (!target) {
      setImportProblems(['Choose a case in the Case switcher first: imported clauses belong to one case.']);
      return;
    }
    const file = await openFile('.jsonld,.json,application/ld+json,application/json');
    if (!file) return;
    const result = await importAnnotationsFile(file.name, await file.text(), cdoc, target, profile, undo);
    if (!result.ok) {
      setImportProblems(result.problems);
      return;
    }
    setImportProblems([]);
    const parts = [`${result.added} added`, `${result.skipped} already here`];
    if (result.fuzzy) parts.push(`${result.fuzzy} placed by fuzzy match`);
    if (result.orphaned) parts.push(`${result.orphaned} orphaned`);
    undo.notify(`Imported from “${file.name}”: ${parts.join(', ')}.`);
  };

  const exportDocument = async () => {
    const items = await clauseExportItems(caseId, doc.id);
    saveFile(exportFileName(doc.title || doc.fileName, 'jsonld'), 'application/ld+json', webAnnotationsJson(items, `Clauses of ${doc.title}`));
  };

  // Offer the PDF's own highlights once, a moment after it opened (never before the first paint).
  useEffect(() => {
    if (!cdoc || pdf.numPages > MAX_PAGES_TO_SCAN_FOR_MARKUPS) return;
    const stop = new AbortController();
    const timer = setTimeout(() => {
      void annotationSuggestions(pdf, cdoc, [], stop.signal).then(
        (found) => !stop.signal.aborted && setPdfMarkups(found),
        () => undefined,
      );
    }, 1200);
    return () => {
      stop.abort(); // also ends the page-by-page scan of a document closed meanwhile
      clearTimeout(timer);
    };
  }, [pdf, cdoc]);
  const untakenMarkups = useMemo(() => {
    const taken = new Set(clauses.map((c) => `${c.target.position.start}:${c.target.position.end}`));
    return pdfMarkups.filter((m) => !taken.has(`${m.start}:${m.end}`));
  }, [pdfMarkups, clauses]);

  const suggest = async () => {
    if (!cdoc) return;
    setSuggestions([...(await annotationSuggestions(pdf, cdoc, clauses)), ...structureSuggestions(cdoc, clauses)]);
  };
  const acceptSuggestions = async (accepted: readonly RangedSuggestion[]) => {
    if (!cdoc) return;
    const target = caseId ?? (doc.caseIds.length === 1 ? doc.caseIds[0] : undefined);
    if (!target) {
      undo.notify('Choose a case in the Case switcher first: clauses belong to one case.');
      return;
    }
    await createClauses(
      accepted.map((s) => suggestionToRange(cdoc, s)),
      target,
      doc.id,
      profile,
      undo,
    );
    const keys = new Set(accepted.map((s) => s.key));
    setSuggestions((list) => list?.filter((s) => !keys.has(s.key)) ?? null);
  };

  /** Reports a failed action in the toast, with what to do; nothing is half-done (one transaction each). */
  const failed = (what: string) => (e: unknown) => undo.notify(`${what}: ${e instanceof Error ? e.message : String(e)}`);

  const hovered = hover ? rows.find((r) => r.clause.id === hover.id) : undefined;
  const docCases = cases.filter((c) => doc.caseIds.includes(c.id));
  const typeOptions = useMemo(
    () => [...new Map(rows.map((r) => [r.clause.type, r.typeLabel])).entries()].map(([id, label]) => ({ id, label })),
    [rows],
  );

  const elements = (
    <>
      {panelOpen && suggestions !== null && (
        <aside className="clauses-panel" aria-label="Clauses panel">
          <SuggestionsPanel
            suggestions={suggestions}
            onAccept={(accepted) => void acceptSuggestions(accepted as RangedSuggestion[]).catch(failed('The suggestions were not added'))}
            onReject={(rejected) => {
              const keys = new Set(rejected.map((s) => s.key));
              setSuggestions((list) => list?.filter((s) => !keys.has(s.key)) ?? null);
            }}
            onClose={() => setSuggestions(null)}
          />
        </aside>
      )}
      {panelOpen && suggestions === null && (
        <ClausesPanel
          rows={rows}
          types={typeOptions}
          selectedId={selectedId}
          onGoTo={goTo}
          onEdit={edit}
          onDelete={(row) => void removeClause(row.clause, undo).catch(failed('The clause was not deleted'))}
          onImport={() => void importAnnotations()}
          onSuggest={() => void suggest().catch(failed('No suggestions could be made'))}
          pdfMarkups={untakenMarkups.length}
          onReviewPdfMarkups={() => setSuggestions(untakenMarkups)}
          onExport={() => void exportDocument()}
          importProblems={importProblems}
          onUseAsEvidence={
            onUseAsEvidence &&
            ((row) => {
              setSelectedId(row.clause.id);
              onUseAsEvidence(row.clause, { quote: row.quote, citation: row.citation });
            })
          }
          onCopy={(row) => {
            setSelectedId(row.clause.id);
            void copyText(quoteAndCitation(row.quote, row.citation, cdoc?.illustrative ?? false)).then(
              () => undo.notify('Copied the quote with its citation.'),
              (e: unknown) => undo.notify(e instanceof Error ? e.message : String(e)),
            );
          }}
        />
      )}
      {hovered && hover && <ClauseCard row={hovered} box={hover.box} illustrative={cdoc?.illustrative ?? false} />}
      <ClauseDialog
        mode={dialog?.mode ?? 'new'}
        draft={dialog?.draft ?? null}
        customTypes={customTypes}
        caseChoices={caseId === undefined && dialog?.mode === 'new' ? docCases : []}
        caseId={caseId}
        profile={profile}
        onSave={save}
        onClose={() => setDialog(null)}
      />
    </>
  );

  return { annotateSelection, copyQuoteWithCitation, areaMode, setAreaMode, elements, count: rows.length };
}
