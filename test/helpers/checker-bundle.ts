// A fresh bundle of server/src/checker.ts for tests that must load the engine on their own terms:
// with the global RegExp wrapped (to see every pattern built at run time), or in a worker thread
// that can be stopped when an input takes too long.

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as Esbuild from 'esbuild';
import { devRequire, ROOT } from './robustness';

/** Bundles the checker to out/test/robustness/<name>, with an inline source map; returns the path. */
export function bundleChecker(name: string): string {
  const esbuild = devRequire('esbuild') as typeof Esbuild;
  const outfile = join(ROOT, 'out/test/robustness', name);
  mkdirSync(dirname(outfile), { recursive: true });
  esbuild.buildSync({
    entryPoints: [join(ROOT, 'server/src/checker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Stack traces then name the TypeScript file and line that built each pattern.
    sourcemap: 'inline',
    sourcesContent: false,
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
