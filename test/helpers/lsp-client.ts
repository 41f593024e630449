// A small LSP client for tests: spawns the server over stdio, frames JSON-RPC by hand and lets a
// test wait for a message with a timeout (never a sleep). Server-to-client requests get sensible
// default answers; a test can replace any of them.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string; data?: unknown };
}

type RequestHandler = (params: any) => unknown;

export const DEFAULT_TIMEOUT_MS = 5000;

export class LspClient {
  /** Every message from the server, in order of arrival. */
  readonly received: Message[] = [];
  /** Requests the server made of the client, in order. */
  readonly serverRequests: Message[] = [];
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number | string, { resolve: (m: Message) => void }>();
  private readonly waiters = new Set<() => void>();
  private readonly handlers = new Map<string, RequestHandler>([
    ['workspace/configuration', (params) => params.items.map(() => null)],
    ['client/registerCapability', () => null],
    ['client/unregisterCapability', () => null],
    ['window/workDoneProgress/create', () => null],
    ['workspace/applyEdit', () => ({ applied: true })],
    ['workspace/diagnostic/refresh', () => null],
    ['window/showMessageRequest', () => null],
  ]);
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private killed = false;

  constructor(command: string, args: string[]) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    // Answers to a server that has just been stopped have nowhere to go; that is not a failure.
    this.child.stdin.on('error', () => undefined);
    this.child.stdout.on('data', (d: Buffer) => this.read(d));
    this.exited = new Promise((resolve) =>
      this.child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
        this.wake();
      }),
    );
  }

  /** Replaces the answer to a server-to-client request. */
  answer(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  notify(method: string, params?: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Sends a request and resolves with the whole response (so tests can see errors too). */
  send(method: string, params?: unknown): { id: number; response: Promise<Message> } {
    const id = this.nextId++;
    const response = new Promise<Message>((resolve) => this.pending.set(id, { resolve }));
    this.write({ jsonrpc: '2.0', id, method, params });
    return { id, response };
  }

  /** Sends a request and resolves with its result; rejects on an error or a timeout. */
  async request<T = any>(method: string, params?: unknown, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    const { response } = this.send(method, params);
    const message = await withTimeout(response, timeoutMs, `no response to ${method}`);
    if (message.error) throw new Error(`${method} failed: ${JSON.stringify(message.error)}`);
    return message.result as T;
  }

  /** Position in `received`, to wait only for messages that come after it. */
  mark(): number {
    return this.received.length;
  }

  /** The first message (from `since`) that matches, waiting for it if need be. */
  waitFor(match: (m: Message) => boolean, what: string, since = 0, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Message> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.slice(since).find(match);
        if (found) return done(() => resolve(found));
        if (this.exitInfo) return done(() => reject(new Error(`server exited (${JSON.stringify(this.exitInfo)}) while waiting for ${what}\n${this.stderr}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))), timeoutMs);
      const done = (finish: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        finish();
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Waits for a notification by method, optionally filtered on its params. */
  async notification(method: string, match: (params: any) => boolean = () => true, since = 0, timeoutMs?: number): Promise<any> {
    const message = await this.waitFor((m) => m.method === method && m.id === undefined && match(m.params), method, since, timeoutMs);
    return message.params;
  }

  /** Waits for a request from the server (already answered by the handlers). */
  async serverRequest(method: string, since = 0, timeoutMs?: number): Promise<Message> {
    return this.waitFor((m) => m.method === method && m.id !== undefined, `server request ${method}`, since, timeoutMs);
  }

  notifications(method: string, since = 0): any[] {
    return this.received.slice(since).filter((m) => m.method === method && m.id === undefined).map((m) => m.params);
  }

  kill(): void {
    this.killed = true;
    if (!this.exitInfo) this.child.kill();
  }

  private write(message: Message): void {
    if (this.killed || this.exitInfo) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = /Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
      if (!length) throw new Error(`bad header from server: ${this.buffer.subarray(0, headerEnd).toString()}`);
      const end = headerEnd + 4 + Number(length[1]);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, end).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    this.received.push(message);
    if (message.method === undefined && message.id !== undefined) {
      this.pending.get(message.id)?.resolve(message);
      this.pending.delete(message.id);
    } else if (message.method !== undefined && message.id !== undefined) {
      this.serverRequests.push(message);
      const handler = this.handlers.get(message.method);
      if (handler) this.write({ jsonrpc: '2.0', id: message.id, result: handler(message.params) ?? null });
      else this.write({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: `test client: no handler for ${message.method}` } });
    }
    this.wake();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms))),
  ]);
}

// ---- text helpers -----------------------------------------------------------------------------

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}

/** Offset → position, computed independently of the server (LF, CRLF and CR line breaks). */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

export function offsetAt(text: string, position: Position): number {
  let line = 0;
  let i = 0;
  while (line < position.line && i < text.length) {
    const c = text[i++];
    if (c === '\n' || (c === '\r' && text[i] !== '\n')) line++;
  }
  return Math.min(i + position.character, text.length);
}

/** Applies LSP edits (which all refer to the original text) as an editor would. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
