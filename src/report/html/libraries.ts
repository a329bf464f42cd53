// The Vega, Vega-Lite and vega-embed browser builds, read from node_modules and made safe to
// inline, so the report fetches nothing from the network.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const libCache = new Map<string, string>();

function packageRoot(pkg: string): string {
  try {
    return dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    // Packages with an "exports" map hide package.json: walk up from the entry point.
    let dir = dirname(require.resolve(pkg));
    for (;;) {
      const pj = join(dir, 'package.json');
      if (existsSync(pj)) {
        try {
          if ((JSON.parse(readFileSync(pj, 'utf8')) as { name?: string }).name === pkg) return dir;
        } catch {
          /* keep walking */
        }
      }
      const up = dirname(dir);
      if (up === dir) throw new Error(`cannot find the ${pkg} package`);
      dir = up;
    }
  }
}

/** The browser build of a library, ready to sit inside a <script> element. */
export function libraryScript(pkg: 'vega' | 'vega-lite' | 'vega-embed'): string {
  let js = libCache.get(pkg);
  if (js === undefined) {
    const file = join(packageRoot(pkg), 'build', `${pkg}.min.js`);
    js = readFileSync(file, 'utf8')
      .replace(/<\/(script)/gi, '<\\/$1')
      .replace(/<!--/g, '<\\!--')
      .replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n');
    libCache.set(pkg, js);
  }
  return js;
}
