// Paths as the engine wants them: relative to the workspace folder that holds the file, so
// `include` globs such as "policies/**/*.md" match the way users write them.

import { fileURLToPath } from 'node:url';
import type { WorkspaceFolder } from 'vscode-languageserver/node';

export class WorkspacePaths {
  private folders: string[] = [];

  set(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const uris = folders?.length ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.folders = uris.map((uri) => uri.replace(/\/+$/, ''));
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => f.uri.replace(/\/+$/, '')));
    this.folders = [...this.folders.filter((f) => !gone.has(f)), ...added.map((f) => f.uri.replace(/\/+$/, ''))];
  }

  /**
   * The path for include globs and README detection: relative to the innermost workspace folder,
   * else the file's absolute path, else undefined (untitled documents).
   */
  pathOf(uri: string): string | undefined {
    const best = this.innermost(uri);
    if (best) return decode(uri.slice(best.length + 1));
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  }

  /** The file system path of the innermost workspace folder holding the file (config files are not looked for above it). */
  folderOf(uri: string): string | undefined {
    const best = this.innermost(uri);
    if (!best?.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(best);
    } catch {
      return undefined;
    }
  }

  private innermost(uri: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      if (uri.startsWith(`${folder}/`) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }
}

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
