// Types for parse.mjs (plain JS so the CLI runs on Node 20 without a TypeScript runner).
export type HeadingBlock = { kind: 'heading'; level: 2 | 3; text: string; line: number };
export type ParagraphBlock = { kind: 'paragraph'; indent: number; marker: string | null; lead: string | null; text: string; line: number };
export type CenterBlock = { kind: 'center'; lead: string | null; text: string; line: number };
export type NoticeBlock = { kind: 'notice'; text: string; line: number };
export type RuleBlock = { kind: 'rule'; line: number };
export type Block = HeadingBlock | ParagraphBlock | CenterBlock | NoticeBlock | RuleBlock;
export type ParsedSource = { header: string | null; blocks: Block[] };

export function assertPrintable(text: string, where: string): void;
export function parseSource(source: string, name?: string): ParsedSource;
export function blockText(block: Block): string;
