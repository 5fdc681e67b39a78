import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../shared/ipcChannels';
import { RendererOutbox, type OutboundMessage } from './rendererOutbox';

function target(id: number) {
  return { id, send: vi.fn(), isDestroyed: vi.fn(() => false) };
}
const files = (name: string): OutboundMessage => ({ channel: IpcChannel.filesOpened, payload: [{ name, bytes: new Uint8Array([1]) }] });
const command: OutboundMessage = { channel: IpcChannel.menuCommand, payload: 'import-pdfs' };

describe('RendererOutbox', () => {
  it('holds messages until the page is ready, then sends them in order', () => {
    const outbox = new RendererOutbox();
    const window = target(1);
    outbox.post(files('early.pdf'));
    outbox.attach(window);
    outbox.post(command);
    expect(window.send).not.toHaveBeenCalled();
    expect(outbox.pending).toBe(2);
    expect(outbox.markReady({ id: 1 })).toBe(true);
    expect(window.send.mock.calls).toEqual([
      [IpcChannel.filesOpened, files('early.pdf').payload],
      [IpcChannel.menuCommand, 'import-pdfs'],
    ]);
    outbox.post(files('late.pdf'));
    expect(window.send).toHaveBeenCalledTimes(3);
    expect(outbox.pending).toBe(0);
  });

  it('queues again after a reload until the new page is ready', () => {
    const outbox = new RendererOutbox();
    const window = target(1);
    outbox.attach(window);
    outbox.markReady(window);
    outbox.markNotReady(window);
    outbox.post(command);
    expect(window.send).not.toHaveBeenCalled();
    outbox.markReady(window);
    expect(window.send).toHaveBeenCalledOnce();
  });

  it('ignores readiness from any other webContents', () => {
    const outbox = new RendererOutbox();
    const window = target(1);
    outbox.attach(window);
    outbox.post(command);
    expect(outbox.markReady({ id: 2 })).toBe(false);
    expect(window.send).not.toHaveBeenCalled();
  });

  it('keeps the queue for the next window when the window closes', () => {
    const outbox = new RendererOutbox();
    const first = target(1);
    outbox.attach(first);
    outbox.detach(first);
    outbox.post(command);
    const second = target(2);
    outbox.attach(second);
    outbox.markReady(second);
    expect(first.send).not.toHaveBeenCalled();
    expect(second.send).toHaveBeenCalledOnce();
  });

  it('does not send to destroyed contents', () => {
    const outbox = new RendererOutbox();
    const window = target(1);
    window.isDestroyed.mockReturnValue(true);
    outbox.attach(window);
    outbox.markReady(window);
    outbox.post(command);
    expect(window.send).not.toHaveBeenCalled();
    expect(outbox.pending).toBe(1);
  });
});
