import { IpcChannel } from '../shared/ipcChannels';
import type { MenuCommand, PickedFile } from '../shared/hostApi';

/** What main sends to the renderer, typed per channel so nothing else can be posted. */
export type OutboundMessage =
  { channel: typeof IpcChannel.filesOpened; payload: PickedFile[] } | { channel: typeof IpcChannel.menuCommand; payload: MenuCommand };

/** The slice of WebContents the outbox uses. */
export interface OutboxTarget {
  /** webContents id: IPC events may carry a different wrapper object for the same contents. */
  readonly id: number;
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
}

/**
 * Holds messages for the renderer until it says it is listening (host.rendererReady()).
 *
 * Files given on the command line arrive before the page has loaded, and a reload throws
 * away the listeners, so sending straight away would lose them. Messages wait here, in
 * order, and go out when the current page calls rendererReady; a new navigation of the
 * window (reload) makes them wait again.
 */
export class RendererOutbox {
  private target: OutboxTarget | null = null;
  private ready = false;
  private readonly queue: OutboundMessage[] = [];

  /** A new window's webContents: not ready until its page says so. */
  attach(target: OutboxTarget): void {
    this.target = target;
    this.ready = false;
  }

  /** The window closed; keep queued messages for the next window (macOS keeps the app alive). */
  detach(target: Pick<OutboxTarget, 'id'>): void {
    if (!this.isCurrent(target)) return;
    this.target = null;
    this.ready = false;
  }

  /** The page is being replaced (reload): its listeners are about to go. */
  markNotReady(target: Pick<OutboxTarget, 'id'>): void {
    if (this.isCurrent(target)) this.ready = false;
  }

  /** Only the attached window's page can declare itself ready. */
  markReady(target: Pick<OutboxTarget, 'id'>): boolean {
    if (!this.isCurrent(target)) return false;
    this.ready = true;
    this.flush();
    return true;
  }

  post(message: OutboundMessage): void {
    this.queue.push(message);
    this.flush();
  }

  get pending(): number {
    return this.queue.length;
  }

  get isReady(): boolean {
    return this.ready;
  }

  private isCurrent(target: Pick<OutboxTarget, 'id'>): boolean {
    return this.target !== null && this.target.id === target.id;
  }

  private flush(): void {
    while (this.ready && this.target && !this.target.isDestroyed() && this.queue.length > 0) {
      const message = this.queue.shift()!;
      this.target.send(message.channel, message.payload);
    }
  }
}
