import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutCommand, type KeyEventLike } from './keyboard';

const textInput = { tagName: 'INPUT', type: 'text', isContentEditable: false };
const searchBox = { tagName: 'INPUT', type: 'search', isContentEditable: false };
const checkbox = { tagName: 'INPUT', type: 'checkbox', isContentEditable: false };
const body = { tagName: 'BODY', isContentEditable: false };

function key(k: string, mods: Partial<Omit<KeyEventLike, 'key'>> = {}): KeyEventLike {
  return { key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, defaultPrevented: false, target: body, ...mods };
}

describe('isTypingTarget', () => {
  it('is true for text inputs, textareas, selects and contenteditable', () => {
    expect(isTypingTarget(textInput)).toBe(true);
    expect(isTypingTarget(searchBox)).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is false for buttons, checkboxes and the page', () => {
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'button' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({})).toBe(false);
  });
});

describe('shortcutCommand', () => {
  it('maps keys to registry commands', () => {
    expect(shortcutCommand(key('o', { ctrlKey: true }))).toBe('import-pdfs');
    expect(shortcutCommand(key('N', { metaKey: true, shiftKey: true }))).toBe('new-case');
    expect(shortcutCommand(key('F1'))).toBe('show-shortcuts');
    expect(shortcutCommand(key('?', { shiftKey: true }))).toBe('show-shortcuts');
    expect(shortcutCommand(key('Escape'))).toBe('close-document');
    expect(shortcutCommand(key('j'))).toBe('next-page');
    expect(shortcutCommand(key('y', { ctrlKey: true }))).toBe('redo');
    expect(shortcutCommand(key('A', { ctrlKey: true, shiftKey: true }))).toBe('annotate-selection');
    expect(shortcutCommand(key('x'))).toBeUndefined();
  });

  it('in a field: Ctrl/Cmd and function keys still work, plain keys type', () => {
    expect(shortcutCommand(key('f', { ctrlKey: true, target: searchBox }))).toBe('find');
    expect(shortcutCommand(key('o', { ctrlKey: true, target: textInput }))).toBe('import-pdfs');
    expect(shortcutCommand(key('F3', { target: searchBox }))).toBe('next-match');
    expect(shortcutCommand(key('F1', { target: textInput }))).toBe('show-shortcuts');
    expect(shortcutCommand(key('n', { target: searchBox }))).toBeUndefined();
    expect(shortcutCommand(key('?', { shiftKey: true, target: textInput }))).toBeUndefined();
    expect(shortcutCommand(key('Escape', { target: textInput }))).toBeUndefined();
    expect(shortcutCommand(key('Home', { target: { tagName: 'SELECT' } }))).toBeUndefined();
  });

  it("in a field, the field's own editing keys stay the field's", () => {
    expect(shortcutCommand(key('z', { ctrlKey: true, target: textInput }))).toBeUndefined();
    expect(shortcutCommand(key('Z', { ctrlKey: true, shiftKey: true, target: textInput }))).toBeUndefined();
    expect(shortcutCommand(key('y', { metaKey: true, target: textInput }))).toBeUndefined();
    expect(shortcutCommand(key('z', { ctrlKey: true }))).toBe('undo');
    // A checkbox takes no typing: its keys are the app's.
    expect(shortcutCommand(key('z', { ctrlKey: true, target: checkbox }))).toBe('undo');
    expect(shortcutCommand(key('r', { target: checkbox }))).toBe('rotate-cw');
  });

  it('leaves a key a control already handled', () => {
    expect(shortcutCommand(key('Home', { defaultPrevented: true }))).toBeUndefined();
    expect(shortcutCommand(key('Home'))).toBe('first-page');
  });

  it('never matches keys that only a focused control handles', () => {
    expect(shortcutCommand(key('F2'))).toBeUndefined();
    expect(shortcutCommand(key('Delete'))).toBeUndefined();
    expect(shortcutCommand(key('ArrowLeft'))).toBeUndefined();
  });
});
