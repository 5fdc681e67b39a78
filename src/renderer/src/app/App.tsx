import { useEffect, useState } from 'react';
import { UndoProvider } from '../ui/undo';
import { db } from '../db/database';
import { ensureFirstCase } from '../db/casesRepo';
import { Workspace } from './Workspace';

const PROFILE = 'Local analyst';

/** Prepares the database (first-run case), then shows the workspace. */
export function App() {
  const [ready, setReady] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    ensureFirstCase(db(), PROFILE)
      .then(() => setReady(true))
      .catch((e: unknown) =>
        setError(
          `The local database could not be opened (${e instanceof Error ? e.message : String(e)}). Close other Clausebench windows and start again.`,
        ),
      );
  }, []);
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!ready) return <p className="loading">Opening your library…</p>;
  return (
    <UndoProvider>
      <Workspace profile={PROFILE} />
    </UndoProvider>
  );
}
