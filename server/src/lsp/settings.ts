// User settings (`coproductionLint.*`): pulled per document with workspace/configuration, cached
// until the client says they changed. Bad values are dropped one by one and reported once each.
// A config file found from the document's folder upward goes on top (see ../config); its problems
// are shown on the config file itself.

import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType, MessageType, ShowMessageNotification, type Connection, type FileEvent } from 'vscode-languageserver/node';
import { readSettings, type LintSettings } from '../engine';
import { allRules, DEFAULT_SIZE_LIMIT_MB } from '../checker';
import { CONFIG_FILE_NAMES, forgetConfigFiles, loadConfigFor, mergeSettings } from '../config';
import { ConfigDiagnostics } from './config-diagnostics';
import { SETTINGS_SECTION } from './protocol';

export interface ServerSettings {
  enable: boolean;
  lint: LintSettings;
  debounceMs: number;
  /** Documents larger than this are not checked; they get one notice. */
  sizeLimitMB: number;
  /** Training sessions: hovers end with a question for group discussion. */
  workshopMode: boolean;
  /** The config files applied to the document, in order; absent when none was looked for. */
  configSources?: string[];
  /** The document matches an "exclude" glob of its config file, so it is not checked. */
  excluded?: boolean;
}

export const DEFAULT_DEBOUNCE_MS = 200;

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  lint: { rules: {}, kinds: {}, options: {}, include: [] },
  debounceMs: DEFAULT_DEBOUNCE_MS,
  sizeLimitMB: DEFAULT_SIZE_LIMIT_MB,
  workshopMode: false,
};

/** Reads the raw `coproductionLint` section; null or missing values mean the defaults. */
export function readServerSettings(raw: unknown): { settings: ServerSettings; problems: string[] } {
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: DEFAULT_SETTINGS, problems: ['the settings must be an object; they were ignored.'] };
  }
  const section = raw as Record<string, unknown>;
  const { settings: lint, problems } = readSettings(section, allRules);

  let enable = true;
  if (section.enable !== undefined && section.enable !== null) {
    if (typeof section.enable === 'boolean') enable = section.enable;
    else problems.push('"enable" must be true or false; it was ignored.');
  }

  let debounceMs = DEFAULT_DEBOUNCE_MS;
  if (section.debounceMs !== undefined && section.debounceMs !== null) {
    const value = section.debounceMs;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) debounceMs = value;
    else problems.push(`"debounceMs": ${JSON.stringify(value)} is not a number of milliseconds (0 or more); it was ignored.`);
  }

  let sizeLimitMB = DEFAULT_SIZE_LIMIT_MB;
  if (section.sizeLimitMB !== undefined && section.sizeLimitMB !== null) {
    const value = section.sizeLimitMB;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) sizeLimitMB = value;
    else problems.push(`"sizeLimitMB": ${JSON.stringify(value)} is not a size in megabytes (more than 0); it was ignored.`);
  }

  let workshopMode = false;
  if (section.workshopMode !== undefined && section.workshopMode !== null) {
    if (typeof section.workshopMode === 'boolean') workshopMode = section.workshopMode;
    else problems.push('"workshopMode" must be true or false; it was ignored.');
  }
  return { settings: { enable, lint, debounceMs, sizeLimitMB, workshopMode }, problems };
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  private readonly latest = new Map<string, ServerSettings>();
  private readonly shown = new Set<string>();
  /** Settings pushed with didChangeConfiguration, for clients that cannot be asked. */
  private pushed: unknown = null;
  private readonly configDiagnostics: ConfigDiagnostics;
  /** Config files in use (as URIs), so a change to any of them, whatever its name, is noticed. */
  private readonly configFiles = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    /** The workspace folder holding a document: the upward search for a config file stops there. */
    private readonly folderOf: (uri: string) => string | undefined = () => undefined,
  ) {
    this.configDiagnostics = new ConfigDiagnostics((uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }));
  }

  /** Settings for one document (or any URI: the client resolves folder-level values). */
  get(uri: string): Promise<ServerSettings> {
    return this.getMany([uri]).then((all) => all[0]);
  }

  /** Settings for several URIs with one workspace/configuration round trip for those not cached. */
  async getMany(uris: string[]): Promise<ServerSettings[]> {
    const missing = [...new Set(uris.filter((uri) => !this.cache.has(uri)))];
    if (missing.length > 0) {
      const fetched = this.readFromClient(missing);
      missing.forEach((uri, i) => {
        const one = fetched.then((all) => all[i]);
        this.cache.set(uri, one);
        void one.then((s) => this.latest.set(uri, s));
      });
    }
    return Promise.all(uris.map((uri) => this.cache.get(uri)!));
  }

  /** The last settings read for a URI, without asking the client (for debounce timing). */
  cached(uri: string): ServerSettings | undefined {
    return this.latest.get(uri);
  }

  /** Called on didChangeConfiguration: forget everything, keep what was pushed. */
  reset(pushed: unknown): void {
    this.pushed = pushed;
    this.cache.clear();
    this.latest.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.latest.delete(uri);
  }

  /**
   * Called on workspace/didChangeWatchedFiles. When a config file (or a file one extends) changed,
   * every document's settings are read again; returns true, and the caller re-checks. Problems on
   * a deleted config file are cleared.
   */
  configFilesChanged(changes: readonly FileEvent[]): boolean {
    const relevant = changes.filter((c) => this.configFiles.has(c.uri) || CONFIG_FILE_NAMES.some((name) => c.uri.endsWith(`/${name}`)));
    if (relevant.length === 0) return false;
    for (const change of relevant) {
      if (change.type === FileChangeType.Deleted) {
        this.configFiles.delete(change.uri);
        this.configDiagnostics.clear(change.uri);
      }
    }
    forgetConfigFiles();
    this.cache.clear();
    this.latest.clear();
    return true;
  }

  private async readFromClient(uris: string[]): Promise<ServerSettings[]> {
    let raws: unknown[];
    if (this.canPull) {
      try {
        const answer: unknown = await this.connection.workspace.getConfiguration(
          uris.map((scopeUri) => ({ scopeUri, section: SETTINGS_SECTION })),
        );
        // Some clients answer null instead of a list; that means "no settings".
        raws = Array.isArray(answer) ? answer : uris.map(() => null);
      } catch (error) {
        this.connection.console.error(`Could not read settings, so the defaults are used: ${errorText(error)}`);
        raws = uris.map(() => null);
      }
    } else {
      raws = uris.map(() => this.pushed);
    }
    return uris.map((uri, i) => {
      const { settings, problems } = readServerSettings(raws[i]);
      this.report(problems);
      return this.withConfigFile(uri, settings);
    });
  }

  /** The settings with the document's config file on top; unchanged for documents not on disk. */
  private withConfigFile(uri: string, settings: ServerSettings): ServerSettings {
    let path: string;
    try {
      if (!uri.startsWith('file:')) return settings;
      path = fileURLToPath(uri);
    } catch {
      return settings;
    }
    try {
      const folder = this.folderOf(uri);
      const loaded = loadConfigFor(path, { stopAt: folder, pathBase: folder });
      for (const file of loaded.files) this.configFiles.add(fileUri(file));
      this.configDiagnostics.update(loaded.files, loaded.problems);
      return {
        ...settings,
        enable: settings.enable && !loaded.excluded,
        lint: mergeSettings(settings.lint, loaded.settings),
        configSources: loaded.sources,
        excluded: loaded.excluded,
      };
    } catch (error) {
      // Never expected (the loader reports problems instead of throwing), but never fatal either.
      this.connection.console.error(`Could not read the config file for ${uri}, so only the settings are used: ${errorText(error)}`);
      return settings;
    }
  }

  private report(problems: string[]): void {
    for (const problem of problems) {
      if (this.shown.has(problem)) continue;
      this.shown.add(problem);
      // A plain notification: nothing to answer, and no client blocks waiting on it.
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Co-production Lint settings: ${problem}`,
      });
    }
  }
}

function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
