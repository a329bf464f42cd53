// No module under src/ imports itself through others (type-only imports included): the data
// loaders sit below the compiled data cache's reader, the cache's builder above them (src/compiled/).
// `node test/helpers/import-cycles.mjs` lists the cycles.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script without types
import { cyclicGroups, elementaryCycles, formatCycles, importCycles, importGraph, importSpecifiers } from '../helpers/import-cycles.mjs';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

describe('import cycles', () => {
  it('none among the modules under src/', () => {
    const graph = importGraph(SRC) as Map<string, string[]>;
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('cli.ts')).toEqual(expect.arrayContaining(['flags.cts', 'commands/extract.ts']));
    const groups = importCycles(SRC);
    expect(formatCycles(groups)).toBe('');
  });

  it('sees every kind of import, and finds a cycle', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export { c } from './c.js';",
      "export * from './d.js';",
      "import './e.js';",
      "const f = await import('./f.js');",
      "type G = typeof import('./g.js');",
      "import {\n  h,\n  type H,\n} from './h.js';",
      "import x from 'node:fs';",
      "// import { no } from './comment.js';",
      "/* import { no } from './block.js'; */",
      "const s = \"from './string.js'\";",
    ].join('\n');
    expect((importSpecifiers(source) as string[]).sort()).toEqual(['../b.js', './a.js', './c.js', './d.js', './e.js', './f.js', './g.js', './h.js']);
    const graph = new Map([['a', ['b']], ['b', ['c', 'a']], ['c', ['a']], ['d', ['d']], ['e', ['a']]]);
    expect(cyclicGroups(graph)).toEqual([['a', 'b', 'c'], ['d']]);
    expect(elementaryCycles(graph, ['a', 'b', 'c'])).toEqual([['a', 'b', 'c', 'a'], ['a', 'b', 'a']]);
  });
});
