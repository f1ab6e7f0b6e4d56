/**
 * One scan: the unit files to consider -> each effective unit loaded, scored, linted. Pure: the
 * tree is handed in, nothing is read from anywhere else.
 */
import { scoreUnit, type Score, type SecurityPolicy } from "./checks/score.js";
import { isDropinPath } from "./discover.js";
import { sortFindings, type Finding } from "./findings.js";
import { lintUnit, lintFileOnly, fileProblem, type LintOptions } from "./lint/lint.js";
import { parseSource, type UnitFile } from "./syntax/parser.js";
import { decodeSource } from "./syntax/source.js";
import { analysedName, findDropins, loadFromFiles, type LoadedUnit, type ParseCache } from "./units/load.js";
import { parseUnitName, type UnitName } from "./units/names.js";
import { basename, dirname, type UnitTree } from "./units/tree.js";

export interface UnitReport {
  /** Path of the unit file (or of a drop-in whose unit is not in the tree). */
  readonly path: string;
  /** The unit name systemd analyses (`foo@i.service` for a template). */
  readonly unit: string;
  /** Scored units are services that systemd loads; others are only linted. */
  readonly score: Score | null;
  /** Why systemd would refuse the unit, if it would. */
  readonly refusal: string | null;
  readonly loaded: LoadedUnit | null;
  readonly findings: readonly Finding[];
}

export interface ScanOptions extends LintOptions {
  readonly securityPolicy?: SecurityPolicy;
}

/** A cache of parsed files for one tree, shared by every unit of a scan. */
export function parseCache(): ParseCache {
  return new Map();
}

function readFile(tree: UnitTree, path: string, cache: ParseCache): { file: UnitFile } | { problem: Finding } | null {
  const cached = cache.get(path);
  if (cached) return { file: cached };
  const bytes = tree.read(path);
  if (bytes === undefined) return null;
  const problem = fileProblem(path, bytes);
  if (problem) return { problem };
  const file = parseSource(path, decodeSource(bytes));
  cache.set(path, file);
  return { file };
}

/** Loads, scores and lints the unit file at `path`. */
export function scanUnit(tree: UnitTree, path: string, options: ScanOptions = {}, cache: ParseCache = parseCache()): UnitReport {
  const name = analysedName(path);
  const unitName = name?.name ?? basename(path);
  const read = readFile(tree, path, cache);
  if (!name || !read || "problem" in read) {
    const problem = read && "problem" in read ? read.problem : undefined;
    const findings = problem ? [problem] : [];
    return { path, unit: unitName, score: null, refusal: null, loaded: null, findings };
  }
  const dropinFiles: UnitFile[] = [];
  const findings: Finding[] = [];
  for (const p of findDropins(tree, dirname(path), name)) {
    const r = readFile(tree, p, cache);
    if (!r) continue;
    if ("problem" in r) findings.push(r.problem);
    else dropinFiles.push(r.file);
  }
  const loaded = loadFromFiles(name, read.file, dropinFiles, path);
  let score: Score | null = null;
  if (name.type === "service" && !loaded.refusal) score = scoreUnit(loaded, options.securityPolicy);
  findings.push(...lintUnit(loaded, score, options));
  return { path, unit: name.name, score, refusal: loaded.refusal, loaded, findings: sortFindings(findings) };
}

/** A drop-in whose unit file is not in the tree (an override for a unit shipped elsewhere): linted alone. */
export function scanOrphanDropin(tree: UnitTree, path: string, options: ScanOptions = {}, cache: ParseCache = parseCache()): UnitReport {
  const dir = basename(dirname(path));
  const stem = dir.slice(0, -2);
  const name: UnitName | null = parseUnitName(stem) ?? null;
  const read = readFile(tree, path, cache);
  const unit = name?.name ?? stem;
  if (!read || "problem" in read) {
    return { path, unit, score: null, refusal: null, loaded: null, findings: read && "problem" in read ? [read.problem] : [] };
  }
  return { path, unit, score: null, refusal: null, loaded: null, findings: sortFindings(lintFileOnly(read.file, name, options)) };
}

/** Scans unit files and orphan drop-ins, in path order. */
export function scanPaths(tree: UnitTree, units: readonly string[], orphanDropins: readonly string[], options: ScanOptions = {}): UnitReport[] {
  const cache = parseCache();
  const reports = [
    ...units.map((u) => scanUnit(tree, u, options, cache)),
    ...orphanDropins.filter(isDropinPath).map((d) => scanOrphanDropin(tree, d, options, cache)),
  ];
  return reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
