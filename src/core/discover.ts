/**
 * Finding unit files and drop-ins in a tree, and mapping a changed file to the units it affects
 * (a changed `web.service.d/x.conf` affects `web.service`; a changed `service.d/x.conf` every
 * service beside it).
 */
import { analysedName, findDropins } from "./units/load.js";
import { parseUnitName, unitTypeOf } from "./units/names.js";
import { basename, dirname, joinPath, type UnitTree } from "./units/tree.js";

/** Folders never searched: version control, dependencies, build output. */
const SKIPPED_DIRS = new Set([".git", "node_modules", ".hg", ".svn"]);

export interface DiscoveredFiles {
  /** Unit files (`*.service`, `*.socket`, …), sorted. */
  readonly units: string[];
  /** Files named like units whose names are not valid unit names. */
  readonly invalid: string[];
  /** Drop-in files (`*.d/*.conf` beside a unit type), sorted. */
  readonly dropins: string[];
}

/** Whether a path is a drop-in: `NAME.TYPE.d/*.conf` or `TYPE.d/*.conf`. */
export function isDropinPath(path: string): boolean {
  if (!path.endsWith(".conf")) return false;
  const dir = basename(dirname(path));
  if (!dir.endsWith(".d")) return false;
  const stem = dir.slice(0, -2);
  return unitTypeOf(stem) !== null || unitTypeOf(`x.${stem}`) === stem;
}

/** Whether a path names a unit file (its file name is a valid unit name). */
export function isUnitPath(path: string): boolean {
  return parseUnitName(basename(path)) !== null;
}

/** A file named like a unit (NAME.service, …) whose name systemd would reject (spaces, non-ASCII, …). */
export function isInvalidUnitName(path: string): boolean {
  const name = basename(path);
  return !isUnitPath(path) && unitTypeOf(name) !== null && !name.startsWith(".");
}

const isDirectory = (tree: UnitTree, path: string): boolean => tree.list(path) !== undefined;

/** Every unit file and drop-in under `dir`, recursively. */
export function discover(tree: UnitTree, dir = ""): DiscoveredFiles {
  const units: string[] = [];
  const invalid: string[] = [];
  const dropins: string[] = [];
  const walk = (d: string): void => {
    for (const name of tree.list(d) ?? []) {
      const path = joinPath(d, name);
      if (isDirectory(tree, path)) {
        if (!SKIPPED_DIRS.has(name)) walk(path);
      } else if (isDropinPath(path)) dropins.push(path);
      else if (isUnitPath(path)) units.push(path);
      else if (isInvalidUnitName(path)) invalid.push(path);
    }
  };
  walk(dir);
  return { units: units.sort(), invalid: invalid.sort(), dropins: dropins.sort() };
}

export interface Selection {
  /** Unit files to scan (including files named like units whose names systemd rejects: reported). */
  readonly units: string[];
  /** Drop-ins whose unit file is not in the tree: linted alone. */
  readonly orphans: string[];
  /** Inputs that are neither a folder, a unit file nor a drop-in. */
  readonly rejected: string[];
}

/** The units to scan for some inputs: folders (searched recursively), unit files, drop-ins. */
export function selectUnits(tree: UnitTree, inputs: readonly string[]): Selection {
  const units = new Set<string>();
  const dropins = new Set<string>();
  const rejected: string[] = [];
  for (const input of inputs) {
    if (isDirectory(tree, input)) {
      const found = discover(tree, input);
      found.units.forEach((u) => units.add(u));
      found.invalid.forEach((u) => units.add(u));
      found.dropins.forEach((d) => dropins.add(d));
    } else if (tree.read(input) === undefined) rejected.push(input);
    else if (isDropinPath(input)) dropins.add(input);
    else if (isUnitPath(input) || isInvalidUnitName(input)) units.add(input);
    else rejected.push(input);
  }
  // A drop-in applies to the units beside its folder whose drop-in search finds it; one search
  // per unit file of each folder that holds drop-ins.
  const orphans: string[] = [];
  const byBase = new Map<string, string[]>();
  for (const d of dropins) {
    const base = dirname(dirname(d));
    const list = byBase.get(base);
    if (list) list.push(d);
    else byBase.set(base, [d]);
  }
  for (const [base, own] of byBase) {
    const applied = new Map<string, string[]>();
    for (const n of tree.list(base) ?? []) {
      const u = joinPath(base, n);
      const name = isUnitPath(u) && !isDirectory(tree, u) ? analysedName(u) : null;
      if (!name) continue;
      for (const d of findDropins(tree, base, name)) {
        const list = applied.get(d);
        if (list) list.push(u);
        else applied.set(d, [u]);
      }
    }
    for (const d of own) {
      const affected = applied.get(d);
      if (!affected) orphans.push(d);
      else affected.forEach((u) => units.add(u));
    }
  }
  return { units: [...units].sort(), orphans: orphans.sort(), rejected };
}

/**
 * The unit files in `units` whose effective unit includes the drop-in at `dropin` (a drop-in
 * only applies to units in the folder that holds its `*.d` folder).
 */
export function unitsAffectedByDropin(
  tree: UnitTree,
  dropin: string,
  units: readonly string[],
): string[] {
  const base = dirname(dirname(dropin));
  return units.filter((u) => {
    if (dirname(u) !== base) return false;
    const name = analysedName(u);
    return name !== null && findDropins(tree, base, name).includes(dropin);
  });
}
