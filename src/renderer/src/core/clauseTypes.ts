/**
 * The clause types an analyst starts with, their labels and default highlight colours.
 * Users may add their own (any other string id); those get OTHER_COLOUR unless they pick one.
 */
export interface ClauseTypeInfo {
  id: string;
  label: string;
  /** Default highlight colour (#rrggbb); chosen to stay legible under a translucent highlight. */
  colour: string;
}

export const BUILT_IN_CLAUSE_TYPES: readonly ClauseTypeInfo[] = [
  { id: 'definition', label: 'Definition', colour: '#4e79a7' },
  { id: 'scope', label: 'Scope', colour: '#76b7b2' },
  { id: 'prohibition', label: 'Prohibition', colour: '#e15759' },
  { id: 'obligation', label: 'Obligation', colour: '#f28e2b' },
  { id: 'authorisation', label: 'Authorisation', colour: '#59a14f' },
  { id: 'exemption', label: 'Exemption', colour: '#8cd17d' },
  { id: 'licence-requirement', label: 'Licence requirement', colour: '#edc948' },
  { id: 'penalty-enforcement', label: 'Penalty / enforcement', colour: '#b07aa1' },
  { id: 'effective-date', label: 'Effective date', colour: '#9c755f' },
  { id: 'finding-purpose', label: 'Finding / purpose', colour: '#bab0ac' },
  { id: 'factual-allegation', label: 'Factual allegation', colour: '#ff9da7' },
  { id: 'claim', label: 'Claim', colour: '#d37295' },
  { id: 'relief-requested', label: 'Relief requested', colour: '#499894' },
  { id: 'other', label: 'Other', colour: '#a0a0a0' },
];

export const OTHER_COLOUR = '#a0a0a0';

/** The label shown for a type id: the built-in label, or the user's own id as typed. */
export function clauseTypeLabel(id: string): string {
  return BUILT_IN_CLAUSE_TYPES.find((t) => t.id === id)?.label ?? id;
}

/** The default colour of a type id. */
export function clauseTypeColour(id: string): string {
  return BUILT_IN_CLAUSE_TYPES.find((t) => t.id === id)?.colour ?? OTHER_COLOUR;
}
