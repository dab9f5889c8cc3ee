// What a V8 CPU profile (`node --cpu-prof`) spent its time on: self time per function and per
// package (node_modules/<name>, node: internals, our dist/), busiest first. Used by
// `npm run bench:load -- --cpu-prof DIR`.
import { readFileSync } from 'node:fs';

/** The package a script URL belongs to. */
function packageOf(url) {
  if (!url) return '(native / idle / GC)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const ours = /\/dist\/src\/(.+)$/.exec(url);
  return ours ? `diplograph ${ours[1].split('/')[0]}` : url;
}

/** Self milliseconds by function and by package; the idle time left out. */
export function summariseProfile(file, top = 25) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  /** Samples taken while the profiler itself was being stopped and serialised: not the API's. */
  const profilerOwn = (id) => {
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      if (byId.get(at).callFrame.url === 'node:inspector') return true;
    }
    return false;
  };
  const selfMs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const functions = new Map();
  const packages = new Map();
  let busy = 0;
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    if (functionName === '(idle)' || functionName === '(program)' || profilerOwn(id)) continue;
    busy += ms;
    const name = `${functionName || '(anonymous)'} ${packageOf(url)}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    const pkg = functionName === '(garbage collector)' ? 'garbage collector' : packageOf(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
  }
  const sorted = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), percent: ((100 * ms) / busy).toFixed(1) }));
  return { busyMs: Math.round(busy), functions: sorted(functions), packages: sorted(packages) };
}
