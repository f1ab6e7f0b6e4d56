/**
 * Which units a run scores: on pull requests with scope `changed`, the units the pull request
 * changes plus the units whose drop-ins it changes; otherwise every unit in the tree. Only units
 * matching the `files` globs count; drop-ins come with their units.
 */
import { isDropinPath, isUnitPath, selectUnits, unitsAffectedByDropin } from "../core/discover.js";
import { matchesAny } from "../core/glob.js";
import { basename, dirname, joinPath, MemoryTree, type UnitTree } from "../core/units/tree.js";
import type { PullFile } from "./api.js";

export interface UnitSelection {
  /** Unit files to score (head paths). */
  readonly units: string[];
  /** Drop-ins whose unit is not in the tree: linted alone. */
  readonly orphans: string[];
  /** Units the pull request deletes. */
  readonly removed: string[];
  /** Head path -> base path for renamed units. */
  readonly renamedFrom: ReadonlyMap<string, string>;
}

/** A tree of paths only (for choosing what to read): every listed file reads as empty. */
export function pathsTree(paths: Iterable<string>): MemoryTree {
  return new MemoryTree([...paths].map((p) => [p, ""] as const));
}

export function selectAll(tree: UnitTree, globs: readonly string[]): UnitSelection {
  const sel = selectUnits(tree, [""]);
  return {
    units: sel.units.filter((u) => matchesAny(u, globs)),
    orphans: sel.orphans.filter((d) => orphanMatches(d, globs)),
    removed: [],
    renamedFrom: new Map(),
  };
}

/**
 * Whether a drop-in whose unit is not in the tree is within `files`: when the path its unit
 * would have matches (`dir/web.service` for `dir/web.service.d/x.conf`; for a type-wide
 * `dir/service.d/x.conf`, a service in `dir`).
 */
function orphanMatches(dropin: string, globs: readonly string[]): boolean {
  const folder = basename(dirname(dropin));
  const stem = folder.slice(0, -2);
  const unitName = stem.includes(".") ? stem : `unit.${stem}`;
  return matchesAny(joinPath(dirname(dirname(dropin)), unitName), globs);
}

export function selectChanged(
  tree: UnitTree,
  files: readonly PullFile[],
  globs: readonly string[],
): UnitSelection {
  const units = new Set<string>();
  const orphans = new Set<string>();
  const removed: string[] = [];
  const renamedFrom = new Map<string, string>();
  for (const f of files) {
    const p = f.filename;
    if (f.status === "removed") {
      if (isUnitPath(p) && matchesAny(p, globs)) removed.push(p);
      continue;
    }
    if (isDropinPath(p)) {
      const base = dirname(dirname(p));
      const siblings = (tree.list(base) ?? [])
        .map((n) => joinPath(base, n))
        .filter((x) => tree.list(x) === undefined && isUnitPath(x));
      const all = unitsAffectedByDropin(tree, p, siblings);
      if (all.length === 0) {
        if (orphanMatches(p, globs)) orphans.add(p);
      } else all.filter((u) => matchesAny(u, globs)).forEach((u) => units.add(u));
      continue;
    }
    if (isUnitPath(p) && matchesAny(p, globs)) {
      units.add(p);
      if (f.status === "renamed" && f.previousFilename) renamedFrom.set(p, f.previousFilename);
    }
  }
  return {
    units: [...units].sort(),
    orphans: [...orphans].sort(),
    removed: removed.sort(),
    renamedFrom,
  };
}
