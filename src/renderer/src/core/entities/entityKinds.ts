/**
 * The entity types and link roles an analyst picks from, with the words the UI shows for them.
 * The ids are the stored values (core/types.ts); the order is the order of every picker.
 */
import type { EntityType, LinkRole } from '../types';

export const ENTITY_TYPES: readonly { id: EntityType; label: string }[] = [
  { id: 'person', label: 'Person' },
  { id: 'organisation', label: 'Organisation' },
  { id: 'agency', label: 'Government agency' },
  { id: 'court', label: 'Court' },
  { id: 'country', label: 'Country or jurisdiction' },
  { id: 'ai-model', label: 'AI model or technology' },
  { id: 'class-of-persons', label: 'Class of persons' },
  { id: 'instrument', label: 'Legal instrument' },
  { id: 'other', label: 'Other' },
];

export const LINK_ROLES: readonly { id: LinkRole; label: string }[] = [
  { id: 'issued-by', label: 'Issued by' },
  { id: 'addressed-to', label: 'Addressed to' },
  { id: 'restricts', label: 'Restricts' },
  { id: 'obligates', label: 'Obligates' },
  { id: 'authorises', label: 'Authorises' },
  { id: 'exempts', label: 'Exempts' },
  { id: 'harms', label: 'Harms' },
  { id: 'benefits', label: 'Benefits' },
  { id: 'plaintiff', label: 'Plaintiff' },
  { id: 'defendant', label: 'Defendant' },
  { id: 'mentions', label: 'Mentions' },
];

export function entityTypeLabel(type: EntityType): string {
  return ENTITY_TYPES.find((t) => t.id === type)?.label ?? type;
}

export function linkRoleLabel(role: LinkRole): string {
  return LINK_ROLES.find((r) => r.id === role)?.label ?? role;
}

export function isEntityType(value: string): value is EntityType {
  return ENTITY_TYPES.some((t) => t.id === value);
}

export function isLinkRole(value: string): value is LinkRole {
  return LINK_ROLES.some((r) => r.id === value);
}
