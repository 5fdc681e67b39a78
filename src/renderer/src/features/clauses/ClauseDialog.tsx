import { useEffect, useState } from 'react';
import { BUILT_IN_CLAUSE_TYPES, clauseTypeColour } from '../../core/clauseTypes';
import type { Case } from '../../core/types';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import type { ClauseDraft } from './clauseDraft';
import { ClauseLinks } from './ClauseLinks';
import type { LinkChoice } from './linkActions';

const NEW_TYPE = '__new-type__';

interface ClauseDialogProps {
  mode: 'new' | 'edit';
  draft: ClauseDraft | null;
  /** The user's own clause types (ids are their names). */
  customTypes: readonly string[];
  /** Cases the clause may be made in, when the workspace shows all cases; empty otherwise. */
  caseChoices: readonly Case[];
  /** The workspace's case (undefined: all cases; the draft then names its case). */
  caseId: string | undefined;
  profile: string;
  /** `links` are those chosen for a new clause (a stored clause's links are written as they are made). */
  onSave(draft: ClauseDraft, newType: string | undefined, links: readonly LinkChoice[]): Promise<void>;
  onClose(): void;
}

/** "New clause" / "Edit clause": type, label, Markdown comment, tags, colour and entity links of one clause. */
export function ClauseDialog({ mode, draft: initial, customTypes, caseChoices, caseId, profile, onSave, onClose }: ClauseDialogProps) {
  const [draft, setDraft] = useState<ClauseDraft | null>(initial);
  const [tagsText, setTagsText] = useState('');
  const [newType, setNewType] = useState('');
  const [colourTouched, setColourTouched] = useState(false);
  const [error, setError] = useState('');
  const [pendingLinks, setPendingLinks] = useState<LinkChoice[]>([]);
  useEffect(() => {
    setDraft(initial);
    setTagsText(initial?.tags.join(', ') ?? '');
    setNewType('');
    setColourTouched(mode === 'edit');
    setError('');
    setPendingLinks([]);
  }, [initial, mode]);

  const update = (patch: Partial<ClauseDraft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const chooseType = (type: string) => update(colourTouched || type === NEW_TYPE ? { type } : { type, colour: clauseTypeColour(type) });

  const submit = async () => {
    if (!draft) return;
    const quote = draft.quote.trim();
    if (!quote)
      return setError(
        draft.area
          ? 'Type the words this area shows into "Quote", so the clause can be cited and found.'
          : 'The selection has no text; select the words again.',
      );
    if (draft.type === NEW_TYPE && !newType.trim()) return setError('Name the new clause type, or pick one from the list.');
    if (caseChoices.length > 0 && !draft.caseId) return setError('Choose the case this clause belongs to.');
    const tags = [
      ...new Set(
        tagsText
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ];
    try {
      await onSave({ ...draft, quote, tags }, draft.type === NEW_TYPE ? newType.trim() : undefined, pendingLinks);
    } catch (e) {
      setError(`The clause was not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <Dialog
      title={mode === 'new' ? 'New clause' : 'Edit clause'}
      open={initial !== null}
      onClose={onClose}
      description={draft?.citation || undefined}
    >
      {draft && (
        <form
          className="clause-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {draft.area ? (
            <label className="field">
              Quote
              <textarea
                rows={3}
                value={draft.quote}
                placeholder="The words shown in the area, as printed"
                onChange={(e) => update({ quote: e.target.value })}
              />
            </label>
          ) : (
            <blockquote className="clause-quote" aria-label="Quote">
              {draft.quote}
            </blockquote>
          )}
          {caseChoices.length > 0 && (
            <label className="field">
              Case
              <select
                value={draft.caseId ?? ''}
                onChange={(e) => {
                  update({ caseId: e.target.value || undefined });
                  setPendingLinks([]); // links chosen were to the other case's entities
                }}
              >
                <option value="">Choose a case…</option>
                {caseChoices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div className="clause-form-row">
            <label className="field">
              Clause type
              <select value={draft.type} onChange={(e) => chooseType(e.target.value)}>
                {BUILT_IN_CLAUSE_TYPES.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
                {customTypes.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
                <option value={NEW_TYPE}>New type…</option>
              </select>
            </label>
            {draft.type === NEW_TYPE && (
              <label className="field">
                New type name
                <input value={newType} onChange={(e) => setNewType(e.target.value)} autoFocus />
              </label>
            )}
            <label className="field">
              Label
              <input value={draft.label} placeholder="Sec. 3(b), ¶ 42" onChange={(e) => update({ label: e.target.value })} />
            </label>
            <label className="field colour-field">
              Colour
              <input
                type="color"
                value={draft.colour}
                onChange={(e) => {
                  setColourTouched(true);
                  update({ colour: e.target.value });
                }}
              />
            </label>
          </div>
          <label className="field">
            Comment
            <textarea
              rows={4}
              value={draft.comment}
              placeholder="Markdown: **bold**, *italic*, lists, links"
              onChange={(e) => update({ comment: e.target.value })}
            />
          </label>
          <label className="field">
            Tags
            <input value={tagsText} placeholder="comma, separated" onChange={(e) => setTagsText(e.target.value)} />
          </label>
          <ClauseLinks
            key={draft.id ?? 'new'}
            caseId={draft.caseId ?? caseId}
            clauseId={mode === 'edit' ? draft.id : undefined}
            clauseName={draft.label.trim() ? `clause ${draft.label.trim()}` : 'the clause'}
            profile={profile}
            pending={pendingLinks}
            setPending={setPendingLinks}
          />
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <DialogActions onCancel={onClose} confirmLabel="Save clause" />
        </form>
      )}
    </Dialog>
  );
}
