/**
 * The "Links" part of the clause dialog: which entities the clause concerns, and how. For a stored
 * clause each add or remove is written at once (with undo), as on the entity page; for a new
 * clause the choices wait in `pending` and are written right after the clause is saved.
 */
import { useState, type KeyboardEvent } from 'react';
import { LINK_ROLES, linkRoleLabel } from '../../core/entities/entityKinds';
import type { Entity, LinkRole } from '../../core/types';
import { db } from '../../db/database';
import { linksOfClause, listEntities } from '../../db/entitiesRepo';
import { useLiveQuery } from '../../db/live';
import { useUndo } from '../../ui/undo';
import { addLinksUndoably, describeLink, isRepeatLink, newLink, removeLinksUndoably, type LinkChoice } from './linkActions';
import { ChoiceField } from '../../ui/ChoiceField';

interface ClauseLinksProps {
  /** The clause's case; undefined while the user has still to choose one (All cases). */
  caseId: string | undefined;
  /** The stored clause; undefined for a new one. */
  clauseId: string | undefined;
  clauseName: string;
  profile: string;
  pending: readonly LinkChoice[];
  setPending(choices: LinkChoice[]): void;
}

interface ShownLink extends LinkChoice {
  key: string;
  linkId?: string;
}

export function ClauseLinks({ caseId, clauseId, clauseName, profile, pending, setPending }: ClauseLinksProps) {
  const undo = useUndo();
  const entities = useLiveQuery(() => (caseId ? listEntities(db(), caseId) : []), [caseId]) ?? [];
  const stored = useLiveQuery(() => (clauseId ? linksOfClause(db(), clauseId) : []), [clauseId]) ?? [];
  const [entityId, setEntityId] = useState('');
  const [role, setRole] = useState<LinkRole>('mentions');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const byId = new Map<string, Entity>(entities.map((e) => [e.id, e]));
  const nameOf = (id: string) => byId.get(id)?.name ?? 'an entity no longer here';

  const shown: ShownLink[] = clauseId
    ? stored.map((l) => ({ key: l.id, linkId: l.id, entityId: l.entityId, role: l.role, note: l.note }))
    : pending.map((p, i) => ({ ...p, key: `${i}` }));

  const add = async () => {
    setProblem('');
    if (!caseId) return setProblem('Choose the case first: a clause links to entities of its own case.');
    if (!entityId) return setProblem('Choose the entity to link in “Link entity”.');
    const choice: LinkChoice = { entityId, role, note: note.trim() };
    const existing = clauseId ? stored : pending.map((p) => ({ ...p, clauseId: '' }));
    if (isRepeatLink(existing, clauseId ?? '', choice))
      return setProblem(`This clause is already linked to ${describeLink(nameOf(entityId), role)}.`);
    if (clauseId) {
      try {
        const link = newLink(choice, caseId, clauseId, profile);
        await addLinksUndoably([link], `Linked ${clauseName} to ${describeLink(nameOf(entityId), role)}.`, undo);
      } catch (e) {
        return setProblem(`Not linked: ${e instanceof Error ? e.message : String(e)}`);
      }
    } else {
      setPending([...pending, choice]);
    }
    setEntityId('');
    setNote('');
  };

  const remove = (link: ShownLink) => {
    if (link.linkId) {
      void removeLinksUndoably([link.linkId], `Removed the link of ${clauseName} to ${describeLink(nameOf(link.entityId), link.role)}.`, undo).catch(
        (e: unknown) => setProblem(`Not removed: ${e instanceof Error ? e.message : String(e)}`),
      );
    } else {
      setPending(pending.filter((_, i) => `${i}` !== link.key));
    }
  };

  // Enter in the note adds the link rather than saving the whole clause.
  const onNoteKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void add();
  };

  return (
    <fieldset className="clause-links">
      <legend>Links</legend>
      {shown.length === 0 ? (
        <p className="hint">Not linked to any entity yet.</p>
      ) : (
        <ul aria-label="Links" className="clause-links-list">
          {shown.map((link) => (
            <li key={link.key}>
              <span>
                <strong>{nameOf(link.entityId)}</strong> · {linkRoleLabel(link.role)}
                {link.note && <span className="hint"> — {link.note}</span>}
              </span>
              <button
                type="button"
                aria-label={`Remove link to ${nameOf(link.entityId)} as ${linkRoleLabel(link.role)}`}
                onClick={() => remove(link)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {caseId && entities.length === 0 ? (
        <p className="hint">This case has no entities yet: add them under Entities, then link them here.</p>
      ) : (
        <div className="clause-form-row">
          <label className="field">
            Link entity
            <select value={entityId} onChange={(e) => setEntityId(e.target.value)} disabled={!caseId}>
              <option value="">{caseId ? 'Choose an entity…' : 'Choose the case first'}</option>
              {entities.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </label>
          <ChoiceField label="Role" value={role} options={LINK_ROLES} onChange={setRole} />
          <label className="field">
            Link note
            <input value={note} onChange={(e) => setNote(e.target.value)} onKeyDown={onNoteKey} placeholder="Optional" />
          </label>
          <button type="button" onClick={() => void add()} disabled={!caseId}>
            Add link
          </button>
        </div>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
