// The language server seen from an editor: a small stdio LSP client (no pull diagnostics, so the
// server pushes) measures keystroke → publishDiagnostics on a large document, the server's memory
// with it open, and spawn → first diagnostics on a small one. Prints one line of JSON.
//
//   node test/bench/lsp.mjs <server.js> <large.md> <small.md> [edits=50] [starts=10]
//
// Env SERVER_NODE_ARGS adds Node options to the server, e.g. "--cpu-prof --cpu-prof-dir=out/bench/prof".
// Settings are answered with { debounceMs: 0 }, so the latency is the server's compute plus
// transport; an editor adds the debounce (coproductionLint.debounceMs) on top.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [serverJs, largeFile, smallFile, edits = '50', starts = '10'] = process.argv.slice(2);
const FRONT_MATTER = '---\ntype: policy\n---\n';
const TIMEOUT_MS = 120_000;
const NODE_ARGS = process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];

class Server {
  constructor(settings) {
    this.settings = settings;
    this.spawnedAt = performance.now();
    this.child = spawn(process.execPath, [...NODE_ARGS, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.child.stderr.on('data', (d) => (this.stderr += d));
    this.child.stdin.on('error', () => undefined);
    this.chunks = [];
    this.size = 0;
    this.want = 0;
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = new Set();
    this.child.stdout.on('data', (d) => this.read(d));
    this.exited = new Promise((done) => this.child.on('exit', (code, signal) => done({ code, signal })));
    this.exited.then((how) => {
      const error = new Error(`server exited (${JSON.stringify(how)})\n${this.stderr.slice(-2000)}`);
      for (const w of this.waiters) w.fail(error);
    });
  }

  write(message) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method, params) {
    const id = this.nextId++;
    this.write({ id, method, params });
    return new Promise((ok, fail) => this.pending.set(id, { ok, fail }));
  }

  notify(method, params) {
    this.write({ method, params });
  }

  /** Chunks are joined only once a whole message has arrived (payloads can be megabytes). */
  read(chunk) {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size < this.want) return;
    let buf = Buffer.concat(this.chunks);
    for (;;) {
      const head = buf.indexOf('\r\n\r\n');
      if (head < 0) break;
      const end = head + 4 + Number(/Content-Length: *(\d+)/i.exec(buf.toString('ascii', 0, head))[1]);
      if (buf.length < end) {
        this.want = end;
        break;
      }
      const at = performance.now();
      const message = JSON.parse(buf.toString('utf8', head + 4, end));
      buf = buf.subarray(end);
      this.want = 0;
      this.dispatch(message, at);
    }
    this.chunks = buf.length ? [buf] : [];
    this.size = buf.length;
  }

  dispatch(message, at) {
    if (message.id !== undefined && message.method === undefined) {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) p?.fail(new Error(JSON.stringify(message.error)));
      else p?.ok(message.result);
    } else if (message.id !== undefined) {
      const result =
        message.method === 'workspace/configuration'
          ? message.params.items.map((item) => (item.section === 'coproductionLint' ? this.settings : null))
          : null;
      this.write({ id: message.id, result });
    } else if (message.method === 'textDocument/publishDiagnostics') {
      for (const w of [...this.waiters]) w.check(message.params, at);
    }
  }

  /** Resolves with the arrival time of the diagnostics for `uri` at `version`. */
  published(uri, version) {
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => waiter.fail(new Error(`no diagnostics for version ${version} after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      const waiter = {
        check: (params, at) => {
          if (params.uri !== uri || (params.version ?? version) !== version) return;
          waiter.done();
          ok({ at, count: params.diagnostics.length });
        },
        fail: (error) => {
          waiter.done();
          fail(error);
        },
        done: () => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
        },
      };
      this.waiters.add(waiter);
    });
  }

  async start() {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } },
        workspace: { configuration: true },
      },
    });
    this.notify('initialized', {});
  }

  async open(uri, text) {
    const seen = this.published(uri, 1);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return seen;
  }

  memory() {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = (key) => Number(new RegExp(`^${key}:\\s*(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
      return { rssBytes: kb('VmRSS'), hwmBytes: kb('VmHWM') };
    } catch {
      return { rssBytes: null, hwmBytes: null };
    }
  }

  async stop() {
    const timer = setTimeout(() => this.child.kill(), 5000);
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } catch {
      this.child.kill();
    }
    await this.exited;
    clearTimeout(timer);
  }
}

/** Lines of prose (not code, tables, lists, headings or front matter), for edits. */
function proseLines(lines) {
  const found = [];
  let fence = null;
  lines.forEach((line, i) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence ? null : marker;
    else if (!fence && i > 2 && line.length >= 60 && /^[A-Za-z]/.test(line) && line.indexOf(' ', line.length >> 1) > 0) found.push(i);
  });
  return found;
}

const stats = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const rank = (p) => s[Math.max(0, Math.ceil(p * s.length) - 1)];
  return { n: s.length, median: (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2, p95: rank(0.95), min: s[0], max: s[s.length - 1] };
};

async function keystrokes() {
  const text = FRONT_MATTER + readFileSync(largeFile, 'utf8');
  const uri = pathToFileURL(resolve('out/bench/keystroke.md')).href;
  const server = new Server({ debounceMs: 0 });
  await server.start();
  const t0 = performance.now();
  const opened = await server.open(uri, text);
  const openMs = opened.at - t0;

  // Spread across the document, visited in a scattered order; one character typed at the end
  // of a word in the middle of a line. The lines differ, so earlier edits never move later ones.
  const lines = text.split('\n');
  const candidates = proseLines(lines);
  const n = Number(edits);
  const picked = Array.from({ length: n }, (_, i) => candidates[Math.floor(((i + 0.5) * candidates.length) / n)]);
  const order = Array.from({ length: n }, (_, i) => picked[(i * 17) % n]);
  const latencies = [];
  let version = 1;
  let diagnostics = opened.count;
  for (const line of order) {
    const character = lines[line].indexOf(' ', lines[line].length >> 1);
    const seen = server.published(uri, ++version);
    const sent = performance.now();
    server.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 's' }],
    });
    const { at, count } = await seen;
    latencies.push(at - sent);
    diagnostics = count;
  }
  const memory = server.memory();
  await server.stop();
  return { bytes: Buffer.byteLength(text), openMs, diagnostics, latencyMs: { ...stats(latencies), all: latencies }, memory };
}

async function coldStarts() {
  const text = FRONT_MATTER + readFileSync(smallFile, 'utf8');
  const uri = pathToFileURL(resolve('out/bench/start.md')).href;
  const times = [];
  for (let i = 0; i < Number(starts); i++) {
    const server = new Server({});
    await server.start();
    const { at } = await server.open(uri, text);
    times.push(at - server.spawnedAt);
    await server.stop();
  }
  return { bytes: Buffer.byteLength(text), firstDiagnosticsMs: { ...stats(times), all: times } };
}

const keystroke = await keystrokes();
const start = await coldStarts();
console.log(JSON.stringify({ keystroke, start }));
