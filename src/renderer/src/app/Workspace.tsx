import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from '../db/live';
import type { Clause, DocumentRecord } from '../core/types';
import { db } from '../db/database';
import { createCase, deleteCase, renameCase, restoreCase } from '../db/casesRepo';
import { getDocuments } from '../db/documentsRepo';
import { ALL_CASES, CURRENT_CASE_KEY, setSetting } from '../db/settingsRepo';
import { CaseNameDialog, CaseSwitcher } from '../features/cases';
import { LibraryView, useImport, VersionReportDialog, type VersionImport } from '../features/library';
import { ReaderArea, type RevealRequest } from '../features/reader';
import { SearchView, type SearchHit } from '../features/search';
import { CompareView } from '../features/compare';
import { EntitiesView, ENTITIES_START, type EntitiesPlace } from '../features/entities';
import { host } from '../platform/host';
import { useUndo } from '../ui/undo';
import { getOpenTabs, setOpenTabs } from '../db/tabsRepo';
import { MenuButton } from '../ui/MenuButton';
import { useExchange } from '../features/exchange';
import { ExportMenu } from './ExportMenu';
import { AboutDialog, ShortcutsDialog } from './HelpDialogs';
import { ResetSampleDialog } from './ResetSampleDialog';
import { SampleBanner } from './SampleBanner';
import { BackupReminderBanner, StorageStatus } from '../features/storage';
import { useSampleCase } from './useSampleCase';
import { commandsInMenu, type CommandId } from '../../../shared/commands';
import { shortcutCommand } from '../../../shared/keyboard';
import { useWorkspaceData } from './useWorkspaceData';

export function Workspace({ profile }: { profile: string }) {
  const { cases, currentCaseId, documents } = useWorkspaceData();
  // Open document tabs (ids, in order) and what the main area shows: the library or one of them.
  const [tabs, setTabs] = useState<string[]>([]);
  const [activeTab, setActiveTab] = useState<string | null>(null);
  // Open tabs and the active one come back after a reload or restart, as in any editor.
  const [tabsRestored, setTabsRestored] = useState(false);
  useEffect(() => {
    void getOpenTabs(db())
      .then((open) => {
        // A document opened before the saved tabs arrived (a file passed on the command line)
        // keeps its tab and stays in front.
        setTabs((now) => [...open.tabs, ...now.filter((id) => !open.tabs.includes(id))]);
        setActiveTab((now) => now ?? open.active);
      })
      .finally(() => setTabsRestored(true));
  }, []);
  useEffect(() => {
    if (tabsRestored) void setOpenTabs(db(), { tabs, active: activeTab }).catch(() => undefined);
  }, [tabs, activeTab, tabsRestored]);
  const tabDocs = useLiveQuery(() => getDocuments(db(), tabs), [tabs]) ?? [];
  // Search, Entities and Compare are views of their own, shown over the library and the reader. Search stays
  // mounted once opened, so its query and results wait for the user's return.
  const [view, setView] = useState<'search' | 'entities' | 'compare' | null>(null);
  const [searchOpened, setSearchOpened] = useState(false);
  const [searchFocus, setSearchFocus] = useState(0);
  const [reveal, setReveal] = useState<RevealRequest | undefined>(undefined);
  const searchShown = view === 'search';
  const showSearch = () => {
    setReveal(undefined);
    setView('search');
    setSearchOpened(true);
    setSearchFocus((n) => n + 1);
  };
  // The Entities view's tab and entity page live here, so they survive a trip to the reader.
  const [entitiesPlace, setEntitiesPlace] = useState<EntitiesPlace>(ENTITIES_START);
  const showEntities = () => {
    setReveal(undefined);
    setView('entities');
  };
  const showCompare = () => {
    setReveal(undefined);
    setView('compare');
  };
  const showLibrary = () => {
    setReveal(undefined);
    setView(null);
    setActiveTab(null);
  };
  // A reveal (a search hit's page and words, an entity's clause) applies to the one opening that asked for it.
  const openDocument = (id: string, show?: RevealRequest) => {
    setReveal(show);
    setView(null);
    setTabs((t) => (t.includes(id) ? t : [...t, id]));
    setActiveTab(id);
  };
  const openSearchHit = (hit: SearchHit) => {
    if (hit.kind === 'entity') {
      showEntities();
      setEntitiesPlace({ tab: 'list', entityId: hit.entity.entityId });
      return;
    }
    openDocument(hit.documentId, {
      documentId: hit.documentId,
      pageNumber: hit.pageIndex + 1,
      text: hit.reveal?.text,
      entireWord: hit.reveal?.entireWord,
    });
  };
  const openClause = (clause: Clause) =>
    openDocument(clause.documentId, { documentId: clause.documentId, pageNumber: clause.target.pageIndex + 1, clauseId: clause.id });
  const closeTab = (id: string) => {
    const next = tabs.filter((x) => x !== id);
    setTabs(next);
    // Closing the active tab shows its left neighbour (or the library when none is left).
    if (activeTab === id) setActiveTab(next[Math.max(0, tabs.indexOf(id) - 1)] ?? null);
  };
  const [caseDialog, setCaseDialog] = useState<'new' | 'rename' | null>(null);
  const [help, setHelp] = useState<'shortcuts' | 'about' | 'reset-sample' | null>(null);
  const sample = useSampleCase(profile);
  const undo = useUndo();
  const caseId = currentCaseId === ALL_CASES ? undefined : currentCaseId;
  const currentCase = cases.find((c) => c.id === caseId);
  // An entity belongs to one case: another case shows the list, not the last case's entity page.
  const [placeCase, setPlaceCase] = useState(caseId);
  if (placeCase !== caseId) {
    setPlaceCase(caseId);
    setEntitiesPlace((p) => ({ ...p, entityId: null }));
  }
  const importer = useImport(caseId, profile);

  const importPdfs = useCallback(async () => {
    showLibrary();
    const files = await host().pickPdfFiles();
    await importer.start(files);
  }, [importer]);

  const [versionImport, setVersionImport] = useState<VersionImport | null>(null);
  const importNewVersion = async (earlier: DocumentRecord) => {
    const files = await host().pickPdfFiles();
    if (files.length === 0) return;
    if (files.length > 1) undo.notify('Pick one file as the new version; only the first was imported.');
    showLibrary(); // where the import shows its progress and any refusal
    const [outcome] = await importer.start(files.slice(0, 1), { versionOf: earlier });
    if (outcome?.kind !== 'added') return;
    openDocument(outcome.documentId);
    setVersionImport({
      earlier,
      newTitle: outcome.title,
      newDocumentId: outcome.documentId,
      report: outcome.carryOver ?? { exact: 0, areas: [], fuzzy: [], orphaned: [] },
    });
  };

  const switchCase = (id: string) => void setSetting(db(), CURRENT_CASE_KEY, id);

  const onDeleteCase = async () => {
    if (!caseId) return;
    const deleted = await deleteCase(db(), caseId);
    if (deleted)
      undo.push({
        label: `Deleted case “${deleted.caseRecord.name}”.`,
        undo: async () => {
          await restoreCase(db(), deleted);
          await setSetting(db(), CURRENT_CASE_KEY, deleted.caseRecord.id);
        },
      });
  };

  // One implementation per registered command (shared/commands.ts), whether a key, the native
  // menu or the Help button asked. False: not the workspace's (the reader's, or not wired yet).
  const runCommand = useRef<(c: CommandId) => boolean>(() => false);
  // A restore replaces every table: documents open in tabs may be gone, so the library shows.
  const exchange = useExchange(profile, () => {
    setTabs([]);
    setActiveTab(null);
  });
  runCommand.current = (command) => {
    if (command === 'import-pdfs') void importPdfs();
    else if (command === 'new-case') setCaseDialog('new');
    else if (command === 'search') showSearch();
    else if (command === 'show-entities') showEntities();
    else if (command === 'show-compare') showCompare();
    else if (command === 'show-shortcuts') setHelp('shortcuts');
    else if (command === 'show-about') setHelp('about');
    else if (command === 'reset-sample-case') setHelp('reset-sample');
    else if (command === 'undo') void undo.undoLast();
    else if (command === 'redo') void undo.redoLast();
    else if (command === 'close-document') showLibrary();
    else if (command === 'import-bundle') void exchange.importBundle();
    else if (command === 'back-up') void exchange.backUp();
    else if (command === 'restore') void exchange.restore();
    else return false;
    return true;
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const command = shortcutCommand(e);
      // Only a key the workspace acted on is consumed: the reader's keys reach its listener.
      if (command && runCommand.current(command)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const offMenu = host().onMenuCommand((c) => runCommand.current(c));
    const offFiles = host().onFilesOpened((files) => void importer.start(files));
    host().rendererReady();
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
      offFiles();
    };
    // The importer identity changes with the case; the listeners must import into the current case.
  }, [importer]);

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">Clausebench</span>
        <nav aria-label="Workspace" className="workspace-nav">
          <button type="button" aria-current={activeTab || view ? undefined : 'page'} onClick={showLibrary}>
            Library
          </button>
          <button type="button" aria-current={view === 'entities' ? 'page' : undefined} onClick={showEntities}>
            Entities
          </button>
          <button type="button" aria-current={view === 'compare' ? 'page' : undefined} onClick={showCompare}>
            Compare
          </button>
          <button type="button" aria-current={searchShown ? 'page' : undefined} onClick={showSearch}>
            Search
          </button>
        </nav>
        <CaseSwitcher
          cases={cases}
          currentCaseId={currentCaseId}
          onSwitch={switchCase}
          onNew={() => setCaseDialog('new')}
          onRename={() => setCaseDialog('rename')}
          onDelete={() => void onDeleteCase()}
        />
        <ExportMenu currentCase={currentCase} profile={profile} />
        <div className="exchange-buttons">
          <button type="button" onClick={() => void exchange.importBundle()}>
            Import bundle
          </button>
          <button type="button" onClick={() => void exchange.backUp()}>
            Back up
          </button>
          <button type="button" onClick={() => void exchange.restore()}>
            Restore
          </button>
        </div>
        <MenuButton label="Help" items={commandsInMenu('help').map((c) => ({ label: c.label, onSelect: () => void runCommand.current(c.id) }))} />
      </header>
      <SampleBanner state={sample} />
      <BackupReminderBanner onBackUp={() => void runCommand.current('back-up')} />
      <main className="app-main">
        {searchOpened && (
          <div className="view-slot" hidden={!searchShown}>
            <SearchView caseId={caseId} caseName={currentCase?.name ?? 'All cases'} focusRequest={searchFocus} onOpen={openSearchHit} />
          </div>
        )}
        {view === 'entities' && (
          <EntitiesView
            caseId={caseId}
            caseName={currentCase?.name ?? 'All cases'}
            profile={profile}
            openClause={openClause}
            openDocument={(documentId, pageNumber, text) => openDocument(documentId, pageNumber ? { documentId, pageNumber, text } : undefined)}
            place={entitiesPlace}
            onPlace={setEntitiesPlace}
          />
        )}
        {view === 'compare' && <CompareView caseId={caseId} caseName={currentCase?.name ?? 'All cases'} profile={profile} openClause={openClause} />}
        {view ? null : activeTab && tabDocs.some((d) => d.id === activeTab) ? (
          <ReaderArea
            documents={tabDocs}
            activeId={activeTab}
            onActivate={(id) => {
              setReveal(undefined);
              setActiveTab(id);
            }}
            onCloseTab={closeTab}
            scope={{ caseId, cases, profile, onNewVersion: (d) => void importNewVersion(d) }}
            reveal={reveal}
          />
        ) : (
          <LibraryView
            documents={documents}
            caseId={caseId}
            caseName={currentCase?.name ?? 'All cases'}
            importer={importer}
            onImportClick={() => void importPdfs()}
            onOpen={(doc) => openDocument(doc.id)}
          />
        )}
      </main>
      <StorageStatus />
      <CaseNameDialog
        mode={caseDialog}
        initialName={caseDialog === 'rename' ? (currentCase?.name ?? '') : ''}
        onClose={() => setCaseDialog(null)}
        onSubmit={async (name) => {
          if (caseDialog === 'rename' && caseId) await renameCase(db(), caseId, name);
          else {
            const created = await createCase(db(), name, profile);
            await setSetting(db(), CURRENT_CASE_KEY, created.id);
          }
          setCaseDialog(null);
        }}
      />
      <ShortcutsDialog open={help === 'shortcuts'} onClose={() => setHelp(null)} />
      <AboutDialog open={help === 'about'} onClose={() => setHelp(null)} hostKind={host().kind} />
      <VersionReportDialog result={versionImport} onClose={() => setVersionImport(null)} />
      {exchange.dialogs}
      <ResetSampleDialog
        open={help === 'reset-sample'}
        onClose={() => setHelp(null)}
        onConfirm={() => {
          setHelp(null);
          setTabs([]);
          setActiveTab(null);
          void sample.reset();
        }}
      />
    </div>
  );
}
