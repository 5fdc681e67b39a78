/**
 * "Link a clause" on an entity's page: find a clause of the case by its label, quote, citation or
 * document, pick the role and an optional note. The same link the clause dialog makes (one
 * implementation in features/clauses), so both places agree on checks and undo.
 */
import { useId, useMemo, useState } from 'react';
import { clauseTypeLabel } from '../../core/clauseTypes';
import { LINK_ROLES } from '../../core/entities/entityKinds';
import type { Entity, Link, LinkRole } from '../../core/types';
import { useUndo } from '../../ui/undo';
import { addLinksUndoably, describeLink, isRepeatLink, newLink } from '../clauses';
import { ChoiceField } from '../../ui/ChoiceField';
import type { PickerClause } from './linkPickerClauses';

interface LinkClauseFormProps {
  entity: Entity;
  /** The clauses of the entity's case, with their quotes and citations. */
  clauses: readonly PickerClause[];
  links: readonly Link[];
  profile: string;
}

const SHOWN = 50;

function clauseName(item: PickerClause): string {
  return item.clause.label || clauseTypeLabel(item.clause.type);
}

function optionText(item: PickerClause): string {
  const quote = item.quote.replace(/\s+/g, ' ');
  const orphaned = item.clause.anchorStatus === 'orphaned' ? ' (orphaned)' : '';
  return `${clauseName(item)}${orphaned} — ${item.documentTitle} — “${quote.length > 90 ? `${quote.slice(0, 90)}…` : quote}”`;
}

export function LinkClauseForm({ entity, clauses: items, links, profile }: LinkClauseFormProps) {
  const undo = useUndo();
  const [query, setQuery] = useState('');
  const [clauseId, setClauseId] = useState('');
  const [role, setRole] = useState<LinkRole>('mentions');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const listId = useId();

  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return items.filter((item) => {
      const text = `${item.clause.label} ${clauseTypeLabel(item.clause.type)} ${item.quote} ${item.citation} ${item.documentTitle}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
  }, [items, query]);
  const chosen = items.find((i) => i.clause.id === clauseId);

  const submit = async () => {
    setProblem('');
    if (!chosen) return setProblem('Choose the clause to link in the list (search narrows it).');
    const choice = { entityId: entity.id, role, note };
    if (isRepeatLink(links, chosen.clause.id, choice))
      return setProblem(`${clauseName(chosen)} is already linked as ${describeLink(entity.name, role)}.`);
    try {
      const link = newLink(choice, entity.caseId, chosen.clause.id, profile);
      await addLinksUndoably([link], `Linked ${clauseName(chosen)} to ${describeLink(entity.name, role)}.`, undo);
      setNote('');
      setClauseId('');
    } catch (e) {
      setProblem(`Not linked: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <form
      className="entity-link-form"
      aria-label="Link a clause"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Link a clause</h3>
      {items.length === 0 ? (
        <p className="hint">This case has no clauses yet: mark them in a document’s reader, then link them here.</p>
      ) : (
        <>
          <label className="field">
            Find clause
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Label, words of the quote, document…" />
          </label>
          {/* Labelled by id: a list box inside its label would take its options' text into its name. */}
          <div className="field">
            <label htmlFor={listId}>Clause</label>
            <select id={listId} size={Math.min(6, Math.max(2, matches.length))} value={clauseId} onChange={(e) => setClauseId(e.target.value)}>
              {matches.slice(0, SHOWN).map((item) => (
                <option key={item.clause.id} value={item.clause.id}>
                  {optionText(item)}
                </option>
              ))}
            </select>
          </div>
          <p className="hint" aria-live="polite">
            {matches.length === 0
              ? 'No clause matches.'
              : matches.length > SHOWN
                ? `First ${SHOWN} of ${matches.length} clauses; search to narrow.`
                : `${matches.length} clauses`}
          </p>
          <div className="entity-link-row">
            <ChoiceField label="Role" value={role} options={LINK_ROLES} onChange={setRole} />
            <label className="field">
              Note
              <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Optional" />
            </label>
            <button type="submit">Link clause</button>
          </div>
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
        </>
      )}
    </form>
  );
}
