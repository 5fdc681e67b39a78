// Types for layout.mjs (plain JS so the CLI runs on Node 20 without a TypeScript runner).
import type { Block } from './parse.mjs';

export type FontKey = 'roman' | 'bold' | 'italic' | 'heading' | 'sans';
export type Metrics = { widthOfTextAtSize(text: string, size: number): number };
export type FontSet = Record<FontKey, Metrics>;
export type TextOp = { kind: 'text'; x: number; y: number; text: string; font: FontKey; size: number };
export type LineOp = { kind: 'line'; x1: number; y1: number; x2: number; y2: number; thickness: number };
export type Op = TextOp | LineOp;
export type Page = { ops: Op[] };
export type Token = { word: string; font: FontKey };

export const PAGE: { width: number; height: number; margin: number; bodyTop: number; bodyBottom: number };
export const ILLUSTRATIVE_MARK: string;
export function tokenize(runs: { text: string; font: FontKey }[]): Token[];
export function wrapTokens(tokens: Token[], maxWidth: number, size: number, fonts: FontSet): Token[][];
export function layoutBody(doc: { title: string; blocks: Block[] }, fonts: FontSet): Page[];
export function decoratePages(pages: Page[], header: string, fonts: FontSet): Page[];
