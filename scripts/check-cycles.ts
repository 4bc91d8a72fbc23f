// Fails when the relative imports under src/ form a cycle. Prints each cycle as a chain of files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function edges(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].flatMap(([line, spec]) =>
    spec && !/^\s*import\s+type\s/.test(line.trim()) ? [resolve(dirname(file), spec)] : [],
  );
}

export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

const root = resolve(process.argv[2] ?? 'src');
const graph = new Map(sources(root).map((file) => [file, edges(file)]));
const cycles = findCycles(graph);
for (const cycle of cycles)
  console.error(`import cycle: ${cycle.map((f) => relative(root, f)).join(' -> ')}`);
if (cycles.length > 0) process.exit(1);
console.log(
  `check-cycles: ${graph.size} files under ${relative(process.cwd(), root) || '.'}, no import cycles`,
);
