// Lists the import cycles among the modules under src/: `node test/helpers/import-cycles.mjs [dir]`
// prints every strongly connected group of modules that import each other (directly or through
// others) and its elementary cycles (at most MAX_CYCLES of them), and exits with 1 when there is
// any. test/foundation/no-import-cycles.test.ts runs the same check.
//
// Every relative module specifier counts: `import ... from`, `import type ... from`, `export ...
// from`, a bare `import '...'`, `import('...')` (a dynamic import, or a type written as one), in
// code (comments and the insides of other strings are skipped). A '.js' specifier is the '.ts'
// file beside it, as tsc resolves it (or the folder's index.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MAX_CYCLES = 200;

/** Every .ts file under root (not .d.ts), absolute, sorted. */
function tsFiles(root) {
  const out = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(ts|mts|cts|tsx)$/.test(entry.name) && !/\.d\.[mc]?ts$/.test(entry.name)) out.push(path);
    }
  };
  visit(root);
  return out.sort();
}

/** The source without comments, strings emptied except module specifiers' (kept as they are). */
function stripComments(source) {
  let out = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    const d = source[i + 1];
    if (c === '/' && d === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && d === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      // a string: kept whole (a specifier is matched in it below); template literals kept too
      let j = i + 1;
      while (j < n && source[j] !== c) {
        if (source[j] === '\\') j++;
        else if (c !== '`' && source[j] === '\n') break;
        j++;
      }
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The relative module specifiers a module's source imports or re-exports. */
export function importSpecifiers(source) {
  const code = stripComments(source);
  const specs = new Set();
  const patterns = [
    // import x from '...', import type { x } from '...', export { x } from '...', export * from '...'
    /(?:^|[;\n}])\s*(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*(['"])([^'"\n]+)\1/g,
    // import '...'
    /(?:^|[;\n}])\s*import\s*(['"])([^'"\n]+)\1/g,
    // import('...'), typeof import('...')
    /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
  ];
  for (const re of patterns) {
    for (const m of code.matchAll(re)) if (m[2].startsWith('.')) specs.add(m[2]);
  }
  return [...specs];
}

/** The file a relative specifier names (from the importing file), or null if none is there. */
function resolveSpecifier(from, spec) {
  const base = resolve(dirname(from), spec);
  const candidates = [];
  const js = base.match(/^(.*)\.(m|c)?js$/);
  if (js) candidates.push(`${js[1]}.${js[2] ?? ''}ts`, `${js[1]}.tsx`);
  candidates.push(base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'));
  for (const c of candidates) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** The import graph of the modules under root: module (relative, '/' separated) → the modules it imports, sorted. */
export function importGraph(root) {
  const rel = (file) => relative(root, file).split(sep).join('/');
  const graph = new Map();
  for (const file of tsFiles(root)) {
    const deps = new Set();
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolveSpecifier(file, spec);
      if (target && target.startsWith(root + sep)) deps.add(rel(target));
    }
    graph.set(rel(file), [...deps].sort());
  }
  return graph;
}

/** Tarjan: the strongly connected components with a cycle (more than one module, or one importing itself). */
export function cyclicGroups(graph) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const connect = (v) => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v), indices.get(w)));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const group = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) connect(v);
  return groups.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The elementary cycles within a group (Johnson's algorithm), each starting at its least module; at most `max`. */
export function elementaryCycles(graph, group, max = MAX_CYCLES) {
  const nodes = [...group].sort();
  const cycles = [];
  for (let s = 0; s < nodes.length && cycles.length < max; s++) {
    const start = nodes[s];
    const allowed = new Set(nodes.slice(s));
    const blocked = new Set();
    const blockMap = new Map();
    const path = [];
    const unblock = (u) => {
      blocked.delete(u);
      const set = blockMap.get(u);
      if (!set) return;
      blockMap.delete(u);
      for (const w of set) if (blocked.has(w)) unblock(w);
    };
    const circuit = (v) => {
      let found = false;
      path.push(v);
      blocked.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!allowed.has(w) || cycles.length >= max) continue;
        if (w === start) {
          cycles.push([...path, start]);
          found = true;
        } else if (!blocked.has(w) && circuit(w)) {
          found = true;
        }
      }
      if (found) unblock(v);
      else {
        for (const w of graph.get(v) ?? []) {
          if (!allowed.has(w)) continue;
          if (!blockMap.has(w)) blockMap.set(w, new Set());
          blockMap.get(w).add(v);
        }
      }
      path.pop();
      return found;
    };
    circuit(start);
  }
  return cycles;
}

/** A report of the cycles under root: { groups: [{ modules, cycles, more }] }. */
export function importCycles(root) {
  const graph = importGraph(root);
  return cyclicGroups(graph).map((modules) => {
    const cycles = elementaryCycles(graph, modules, MAX_CYCLES + 1);
    return { modules, cycles: cycles.slice(0, MAX_CYCLES), more: cycles.length > MAX_CYCLES };
  });
}

/** The report as text. */
export function formatCycles(groups) {
  const lines = [];
  for (const g of groups) {
    lines.push(`${g.modules.length} modules in a cycle: ${g.modules.join(', ')}`);
    for (const c of g.cycles) lines.push(`  ${c.join(' -> ')}`);
    if (g.more) lines.push(`  (more than ${MAX_CYCLES} cycles; the first ${MAX_CYCLES} shown)`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src'));
  const groups = importCycles(root);
  if (groups.length) {
    process.stdout.write(`${formatCycles(groups)}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`no import cycles among the ${importGraph(root).size} modules under ${relative(process.cwd(), root) || '.'}\n`);
  }
}
