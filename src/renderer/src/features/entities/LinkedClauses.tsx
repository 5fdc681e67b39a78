/**
 * An entity's linked clauses, by role and document: each with its quote and citation; a click
 * opens the reader on the clause's highlight. A clause that can no longer be placed in its
 * document stays listed, marked "orphaned" (never hidden, never guessed).
 */
import { ILLUSTRATIVE_SUFFIX } from '../../core/clauseExport';
import { clauseTypeLabel } from '../../core/clauseTypes';
import { linkRoleLabel } from '../../core/entities/entityKinds';
import type { Clause } from '../../core/types';
import type { RoleGroup } from './linkGroups';

interface LinkedClausesProps {
  groups: readonly RoleGroup[];
  onOpen(clause: Clause): void;
  onRemove(linkId: string, clauseName: string, role: RoleGroup['role']): void;
}

export function LinkedClauses({ groups, onOpen, onRemove }: LinkedClausesProps) {
  return (
    <div className="entity-links">
      {groups.map((group) => (
        <section key={group.role} className="entity-role-group" aria-labelledby={`entity-role-${group.role}`}>
          <h4 id={`entity-role-${group.role}`}>
            {group.label} <span className="count">({group.count})</span>
          </h4>
          {group.documents.map((doc) => (
            <div key={doc.documentId} className="entity-doc-group">
              <h5>{doc.title}</h5>
              <ul aria-label={`${group.label}: ${doc.title}`} className="entity-clause-list">
                {doc.entries.map(({ link, item }) => {
                  const name = item.clause.label || clauseTypeLabel(item.clause.type);
                  const orphaned = item.clause.anchorStatus === 'orphaned';
                  return (
                    <li key={link.id} className={`entity-clause${orphaned ? ' entity-clause-orphaned' : ''}`} data-clause-id={item.clause.id}>
                      <button
                        type="button"
                        className="entity-clause-open"
                        onClick={() => onOpen(item.clause)}
                        aria-label={`Open clause ${name}${orphaned ? ', orphaned' : ''}: ${item.citation}`}
                      >
                        <span className="entity-clause-head">
                          <strong>{name}</strong>
                          {orphaned && (
                            <span className="entity-orphaned" title="This clause's words were not found in its document; it is kept as it was.">
                              orphaned
                            </span>
                          )}
                        </span>
                        <span className="entity-clause-quote">“{item.cleanQuote}”</span>
                        <cite className="entity-clause-citation">
                          {item.citation}
                          {item.illustrative && ILLUSTRATIVE_SUFFIX}
                        </cite>
                      </button>
                      {link.note && <p className="entity-link-note">{link.note}</p>}
                      <button
                        type="button"
                        className="entity-link-remove"
                        aria-label={`Remove link to ${name} as ${linkRoleLabel(link.role)}`}
                        onClick={() => onRemove(link.id, name, link.role)}
                      >
                        Remove link
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
