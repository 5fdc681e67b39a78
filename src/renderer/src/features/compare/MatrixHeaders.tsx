/**
 * The matrix's headers: a column header per regime (name, jurisdiction, status, a baseline mark and
 * its actions menu) and a row header per question (the question, the analyst's agreement call and
 * its actions menu). Menus are reached from the grid with Enter (their buttons are not tab stops).
 */
import type { Dimension, Regime } from '../../core/types';
import { MenuButton, type MenuItem } from '../../ui/MenuButton';

export interface RegimeActions {
  edit(regime: Regime): void;
  move(regime: Regime, direction: -1 | 1): void;
  hide(regime: Regime): void;
  setBaseline(regime: Regime | undefined): void;
  remove(regime: Regime): void;
}

export function RegimeHeaderContent({
  regime,
  isBaseline,
  first,
  last,
  actions,
}: {
  regime: Regime;
  isBaseline: boolean;
  first: boolean;
  last: boolean;
  actions: RegimeActions;
}) {
  const items: MenuItem[] = [
    { label: 'Edit regime…', onSelect: () => actions.edit(regime) },
    ...(first ? [] : [{ label: 'Move left', onSelect: () => actions.move(regime, -1) }]),
    ...(last ? [] : [{ label: 'Move right', onSelect: () => actions.move(regime, 1) }]),
    { label: 'Hide regime', onSelect: () => actions.hide(regime) },
    isBaseline
      ? { label: 'Clear baseline', onSelect: () => actions.setBaseline(undefined) }
      : { label: 'Set as baseline', onSelect: () => actions.setBaseline(regime) },
    { label: 'Delete regime…', onSelect: () => actions.remove(regime) },
  ];
  const meta = [regime.jurisdiction, regime.status].filter(Boolean).join(' · ');
  return (
    <div className="regime-head">
      <div className="regime-head-text">
        <span className="regime-name" title={regime.instruments.length ? `Instruments:\n${regime.instruments.join('\n')}` : undefined}>
          {regime.name}
        </span>
        {meta && <span className="regime-meta">{meta}</span>}
        {isBaseline && <span className="baseline-tag">Baseline</span>}
      </div>
      <MenuButton label={`Regime actions: ${regime.name}`} text="⋯" tabIndex={-1} items={items} />
    </div>
  );
}

export interface DimensionActions {
  edit(dimension: Dimension): void;
  move(dimension: Dimension, direction: -1 | 1): void;
  setAgreement(dimension: Dimension, agreement: Dimension['agreement']): void;
  remove(dimension: Dimension): void;
}

const AGREEMENT_CHOICES: readonly { id: Dimension['agreement']; label: string }[] = [
  { id: 'agree', label: 'Regimes agree' },
  { id: 'differ', label: 'Regimes differ' },
  { id: undefined, label: 'Decide by answers' },
];

export function DimensionHeaderContent({
  dimension,
  first,
  last,
  actions,
}: {
  dimension: Dimension;
  first: boolean;
  last: boolean;
  actions: DimensionActions;
}) {
  const items: MenuItem[] = [
    { label: 'Edit question…', onSelect: () => actions.edit(dimension) },
    ...(first ? [] : [{ label: 'Move up', onSelect: () => actions.move(dimension, -1) }]),
    ...(last ? [] : [{ label: 'Move down', onSelect: () => actions.move(dimension, 1) }]),
    ...AGREEMENT_CHOICES.filter((c) => c.id !== dimension.agreement).map((c) => ({
      label: c.label,
      onSelect: () => actions.setAgreement(dimension, c.id),
    })),
    { label: 'Delete question…', onSelect: () => actions.remove(dimension) },
  ];
  return (
    <div className="dimension-head">
      <span className="dimension-question" title={dimension.question}>
        {dimension.question}
      </span>
      {dimension.agreement && (
        <span
          className={`agreement-tag ${dimension.agreement}`}
          title="The analyst’s call on this row; “Decide by answers” in the row’s menu clears it."
        >
          {dimension.agreement === 'agree' ? '= Marked: regimes agree' : '≠ Marked: regimes differ'}
        </span>
      )}
      <MenuButton label={`Question actions: ${dimension.question}`} text="⋯" tabIndex={-1} items={items} />
    </div>
  );
}
