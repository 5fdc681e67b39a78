/**
 * "Link clauses": the clauses of the case whose text covers where a name occurs, each with a
 * checkbox (checked: the analyst unticks what does not belong) and one role for all of them
 * ("Mentions" unless chosen otherwise). Nothing is linked until "Link" is pressed.
 */
import { useEffect, useState } from 'react';
import { LINK_ROLES } from '../../core/entities/entityKinds';
import type { LinkRole } from '../../core/types';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ChoiceField } from '../../ui/ChoiceField';

export interface ProposedClause {
  id: string;
  label: string;
  documentTitle: string;
  quote: string;
}

export interface LinkProposal {
  entityName: string;
  clauses: ProposedClause[];
}

interface SuggestionLinkDialogProps {
  proposal: LinkProposal | null;
  onCancel(): void;
  /** Links the ticked clauses; throws to report a failure. */
  onLink(clauseIds: string[], role: LinkRole): Promise<void>;
}

const QUOTE_CHARS = 160;

export function SuggestionLinkDialog({ proposal, onCancel, onLink }: SuggestionLinkDialogProps) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [role, setRole] = useState<LinkRole>('mentions');
  const [error, setError] = useState('');
  useEffect(() => {
    setTicked(new Set(proposal?.clauses.map((c) => c.id)));
    setRole('mentions');
    setError('');
  }, [proposal]);

  const toggle = (id: string, on: boolean) =>
    setTicked((now) => {
      const next = new Set(now);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = async () => {
    if (!proposal) return;
    if (ticked.size === 0) return onCancel();
    try {
      await onLink(
        proposal.clauses.filter((c) => ticked.has(c.id)).map((c) => c.id),
        role,
      );
    } catch (e) {
      setError(`Not linked: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <Dialog
      title="Link clauses"
      open={proposal !== null}
      onClose={onCancel}
      description={proposal ? `These clauses cover where “${proposal.entityName}” occurs. Link the ticked ones to it?` : undefined}
    >
      <form
        className="entity-form suggestion-link-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset>
          <legend>Clauses</legend>
          <ul className="suggestion-link-list">
            {proposal?.clauses.map((c) => (
              <li key={c.id}>
                <label>
                  <input type="checkbox" checked={ticked.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                  <span>
                    <strong>{c.label || 'Unlabelled clause'}</strong> <span className="hint">{c.documentTitle}</span>
                    <span className="suggestion-quote">{c.quote.length > QUOTE_CHARS ? `${c.quote.slice(0, QUOTE_CHARS)}…` : c.quote}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <ChoiceField label="Role" value={role} options={LINK_ROLES} onChange={setRole} />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <DialogActions onCancel={onCancel} cancelLabel="Not now" confirmLabel={`Link ${ticked.size} clause${ticked.size === 1 ? '' : 's'}`} />
      </form>
    </Dialog>
  );
}
