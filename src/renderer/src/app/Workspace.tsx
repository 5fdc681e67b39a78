import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentRecord } from '../core/types';
import { db } from '../db/database';
import { createCase, deleteCase, renameCase, restoreCase } from '../db/casesRepo';
import { ALL_CASES, CURRENT_CASE_KEY, setSetting } from '../db/settingsRepo';
import { CaseNameDialog, CaseSwitcher } from '../features/cases';
import { LibraryView, useImport } from '../features/library';
import { ReaderArea } from '../features/reader';
import { host, type MenuCommand } from '../platform/host';
import { useUndo } from '../ui/undo';
import { MenuButton } from '../ui/MenuButton';
import { AboutDialog, ShortcutsDialog } from './HelpDialogs';
import { ResetSampleDialog } from './ResetSampleDialog';
import { SampleBanner } from './SampleBanner';
import { useSampleCase } from './useSampleCase';
import { SHORTCUTS, type Shortcut } from './shortcuts';
import { useWorkspaceData } from './useWorkspaceData';

export function Workspace({ profile }: { profile: string }) {
  const { cases, currentCaseId, documents } = useWorkspaceData();
  // Open document tabs (ids, in order) and what the main area shows: the library or one of them.
  const [tabs, setTabs] = useState<string[]>([]);
  const [activeTab, setActiveTab] = useState<string | null>(null);
  const tabDocs = useLiveQuery(async () => (await db().documents.bulkGet(tabs)).filter((d): d is DocumentRecord => !!d), [tabs]) ?? [];
  const showLibrary = () => setActiveTab(null);
  const openDocument = (doc: DocumentRecord) => {
    setTabs((t) => (t.includes(doc.id) ? t : [...t, doc.id]));
    setActiveTab(doc.id);
  };
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
  const importer = useImport(caseId, profile);

  const importPdfs = useCallback(async () => {
    showLibrary();
    const files = await host().pickPdfFiles();
    await importer.start(files);
  }, [importer]);

  const switchCase = (id: string) => void setSetting(db(), CURRENT_CASE_KEY, id);

  const onDeleteCase = async () => {
    if (!caseId) return;
    const deleted = await deleteCase(db(), caseId);
    if (deleted) undo.push({ label: `Deleted case “${deleted.caseRecord.name}”.`, undo: async () => {
      await restoreCase(db(), deleted);
      await setSetting(db(), CURRENT_CASE_KEY, deleted.caseRecord.id);
    } });
  };

  const runCommand = useRef<(c: MenuCommand | Shortcut['id']) => void>(() => undefined);
  runCommand.current = (command) => {
    if (command === 'import-pdfs' || command === 'import') void importPdfs();
    else if (command === 'new-case') setCaseDialog('new');
    else if (command === 'show-shortcuts' || command === 'help') setHelp('shortcuts');
    else if (command === 'show-about') setHelp('about');
    else if (command === 'reset-sample-case') setHelp('reset-sample');
    else if (command === 'undo') void undo.undoLast();
    else if (command === 'close-document') showLibrary();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const shortcut = SHORTCUTS.find((s) => s.matches(e));
      if (!shortcut) return;
      e.preventDefault();
      runCommand.current(shortcut.id);
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
          <button type="button" aria-current={activeTab ? undefined : 'page'} onClick={showLibrary}>
            Library
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
        <MenuButton
          label="Help"
          items={[
            { label: 'Keyboard shortcuts', onSelect: () => setHelp('shortcuts') },
            { label: 'Reset sample case', onSelect: () => setHelp('reset-sample') },
            { label: 'About Clausebench', onSelect: () => setHelp('about') },
          ]}
        />
      </header>
      <SampleBanner state={sample} />
      <main className="app-main">
        {activeTab && tabDocs.some((d) => d.id === activeTab) ? (
          <ReaderArea documents={tabDocs} activeId={activeTab} onActivate={setActiveTab} onCloseTab={closeTab} />
        ) : (
          <LibraryView
            documents={documents}
            caseId={caseId}
            caseName={currentCase?.name ?? 'All cases'}
            importer={importer}
            onImportClick={() => void importPdfs()}
            onOpen={openDocument}
          />
        )}
      </main>
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
