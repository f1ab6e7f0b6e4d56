/**
 * One scan: the unit files to consider -> each effective unit loaded, scored, linted. Pure: the
 * tree is handed in, nothing is read from anywhere else.
 */
import { scoreUnit, variantExposure, type Score } from "./checks/score.js";
import { isDropinPath } from "./discover.js";
import { sortFindings, type Finding } from "./findings.js";
import { lintUnit, lintFileOnly, fileProblem, type LintOptions } from "./lint/lint.js";
import { ruleFinding } from "./lint/rules.js";
import { covers, EXPOSURE_RULES, readSuppressions, type Suppression } from "./lint/suppressions.js";
import { CHECKS_BY_ID } from "./checks/table.js";
import { EMPTY_POLICY, securityPolicyFor, waiversFor, type Policy } from "./policy.js";
import { proposeDropin, type FixOptions, type FixResult } from "./fix/propose.js";
import { parseSource, type UnitFile } from "./syntax/parser.js";
import { decodeSource } from "./syntax/source.js";
import {
  analysedName,
  findDropins,
  loadFromFiles,
  type LoadedUnit,
  type ParseCache,
} from "./units/load.js";
import { parseUnitName, type UnitName } from "./units/names.js";
import { basename, dirname, type UnitTree } from "./units/tree.js";
import { DEFAULT_RELEASE, floorOf, onlineVariant, releaseOf, type Release } from "./release.js";

export interface UnitReport {
  /** Path of the unit file (or of a drop-in whose unit is not in the tree). */
  readonly path: string;
  /** The unit name systemd analyses (`foo@i.service` for a template). */
  readonly unit: string;
  /** Scored units are services that systemd loads; others are only linted. */
  readonly score: Score | null;
  /** The score without the policy's and the inline waivers' exclusions, when they changed it. */
  readonly plainScore?: Score;
  /** Checks excluded from the score (weight 0), with the reason. */
  readonly waivedChecks?: ReadonlyMap<string, string>;
  /** The fix engine's drop-in for the unit, or why there is none (when fixes were asked for). */
  readonly fix?: FixResult;
  /**
   * With several systemd releases listed: each one's score of the unit, oldest first (the first is
   * `score`; null where that release refuses the unit).
   */
  readonly scores?: readonly { readonly release: number; readonly score: Score | null }[];
  /**
   * On 252 (the floor), the exposure `systemd-analyze security UNIT` prints on a live host when it
   * differs from the offline one (PID 1 counts the PrivateMounts= that other settings imply).
   */
  readonly onlineExposure?: number;
  /** Why systemd would refuse the unit, if it would. */
  readonly refusal: string | null;
  readonly loaded: LoadedUnit | null;
  readonly findings: readonly Finding[];
}

export interface ScanOptions extends LintOptions {
  readonly policy?: Policy;
  /** Propose drop-ins, with these options. */
  readonly fix?: FixOptions;
}

/**
 * A cache of parsed files for one tree, shared by every unit of a scan. It keeps drop-ins (a
 * `service.d/` drop-in serves many units) and lets unit files go once scanned, so memory stays
 * flat on large trees.
 */
export function parseCache(): ParseCache {
  const dropins = new Map<string, UnitFile>();
  let last: { path: string; file: UnitFile } | null = null;
  return {
    get: (path) => dropins.get(path) ?? (last?.path === path ? last.file : undefined),
    set: (path, file) => {
      if (isDropinPath(path)) dropins.set(path, file);
      else last = { path, file };
    },
  };
}

function readFile(
  tree: UnitTree,
  path: string,
  cache: ParseCache,
): { file: UnitFile } | { problem: Finding } | null {
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

/** The releases a scan is for, oldest first: the options', else the policy's, else 252. */
export function releasesOf(options: ScanOptions): readonly number[] {
  const listed = options.systemdVersions ?? [DEFAULT_RELEASE];
  return [...new Set(listed)].sort((a, b) => a - b);
}

/** Loads, scores and lints the unit file at `path`, as each listed release would. */
export function scanUnit(
  tree: UnitTree,
  path: string,
  options: ScanOptions = {},
  cache: ParseCache = parseCache(),
): UnitReport {
  const listed = releasesOf(options);
  const floor = releaseOf(floorOf(listed));
  const name = analysedName(path, floor);
  const unitName = name?.name ?? basename(path);
  const read = readFile(tree, path, cache);
  if (!name) {
    const findings: Finding[] = [
      ruleFinding(
        "invalid-unit-name",
        { path, span: { start: 0, end: 0 } },
        `'${basename(path)}' is not a valid unit name (ASCII letters, digits and ":-_.\\" before the type, one '@' for templates): systemd cannot load it; rename the file (systemd-escape turns other characters into \\xNN)`,
      ),
    ];
    return { path, unit: unitName, score: null, refusal: null, loaded: null, findings };
  }
  if (!read || "problem" in read) {
    const why = tree.skipped?.(path);
    const problem =
      read && "problem" in read
        ? read.problem
        : why
          ? ruleFinding(
              "not-a-unit-file",
              { path, span: { start: 0, end: 0 } },
              `${why}: not read; make it a regular file inside the folder`,
            )
          : undefined;
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
  const loaded = loadFromFiles(name, read.file, dropinFiles, path, floor);
  // The same files as another release loads them (a template's instance, and so its drop-ins, may differ).
  const loads = new Map<Release, LoadedUnit>([[floor, loaded]]);
  const loadAs = (release: Release): LoadedUnit => {
    let u = loads.get(release);
    if (!u) {
      const as = analysedName(path, release)!;
      const files =
        as.name === name.name
          ? dropinFiles
          : findDropins(tree, dirname(path), as).flatMap((p) => {
              const r = readFile(tree, p, cache);
              return r && "file" in r ? [r.file] : [];
            });
      loads.set(release, (u = loadFromFiles(as, read.file, files, path, release)));
    }
    return u;
  };
  const policy = options.policy ?? EMPTY_POLICY;
  const suppressions: Suppression[] = [];
  for (const file of [read.file, ...dropinFiles]) {
    const r = readSuppressions(file);
    suppressions.push(...r.suppressions);
    findings.push(...r.problems);
  }
  const policyWaivers = waiversFor(policy, path);
  const waivedChecks = new Map(policyWaivers.checks);
  for (const sup of suppressions)
    for (const id of sup.ids) if (CHECKS_BY_ID.has(id)) waivedChecks.set(id, sup.reason);
  let score: Score | null = null;
  let plainScore: Score | undefined;
  let scores: { release: number; score: Score | null }[] | undefined;
  let onlineExposure: number | undefined;
  if (name.type === "service" && !loaded.refusal) {
    const securityPolicy = securityPolicyFor(policy, path, [...waivedChecks.keys()]);
    score = scoreUnit(loaded, securityPolicy);
    const online = onlineVariant(floor);
    if (online) {
      const e = variantExposure(score, loaded, online, securityPolicy);
      if (e !== score.exposure) onlineExposure = e;
    }
    if (securityPolicy.size > 0) plainScore = scoreUnit(loaded);
    if (listed.length > 1) {
      scores = listed.map((v) => {
        const u = loadAs(releaseOf(v));
        return {
          release: v,
          score: v === floor.version ? score : u.refusal ? null : scoreUnit(u, securityPolicy),
        };
      });
    }
  }
  const lintOptions: LintOptions = {
    ...options,
    systemdVersions: listed,
    requiredSettings: options.requiredSettings ?? policy.requiredSettings,
  };
  const linted = applySuppressions(
    lintUnit(loaded, lintOptions, loadAs),
    suppressions,
    policyWaivers.rules,
  );
  findings.push(...linted, ...unusedSuppressions(suppressions, linted, plainScore ?? score));
  const report: UnitReport = {
    path,
    unit: name.name,
    score,
    refusal: loaded.refusal,
    loaded,
    findings: sortFindings(findings),
  };
  const fix =
    score && options.fix
      ? proposeDropin(tree, path, {
          systemdVersions: listed,
          ...options.fix,
          waivedChecks: new Set(waivedChecks.keys()),
          cache,
          loaded: { unit: loaded, score: plainScore ?? score },
        })
      : undefined;
  return {
    ...report,
    ...(scores && { scores }),
    ...(onlineExposure !== undefined && { onlineExposure }),
    ...(plainScore && { plainScore }),
    ...(waivedChecks.size > 0 && name.type === "service" && { waivedChecks }),
    ...(fix && { fix }),
  };
}

/** Marks the findings an inline suppression or a policy waiver covers, with its reason. */
function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  policyRules: ReadonlyMap<string, string>,
): Finding[] {
  return findings.map((f) => {
    const inline = suppressions.find(
      (s) =>
        covers(s, f) &&
        (s.ids.includes(f.id) ||
          (s.target !== null &&
            EXPOSURE_RULES.has(f.id) &&
            s.ids.some(
              (id) =>
                CHECKS_BY_ID.has(id) &&
                s.target!.key === CHECKS_BY_ID.get(id)!.name.replace(/=.*$/, ""),
            ))),
    );
    const reason = inline?.reason ?? policyRules.get(f.id);
    return reason === undefined ? f : { ...f, suppressed: reason };
  });
}

/** Suppressions that suppress nothing: no such finding where they point, or a check that passes anyway. */
function unusedSuppressions(
  suppressions: readonly Suppression[],
  findings: readonly Finding[],
  score: Score | null,
): Finding[] {
  const out: Finding[] = [];
  for (const s of suppressions) {
    for (const id of s.ids) {
      const check = CHECKS_BY_ID.get(id);
      const used = check
        ? score === null || (score.rows.find((r) => r.check.id === id)?.badness ?? 0) !== 0
        : findings.some((f) => f.id === id && covers(s, f));
      if (!used) {
        const message = check
          ? `the check ${id} passes, so ignoring it changes nothing: remove '${id}' from the suppression`
          : `there is no ${id} finding ${s.target ? "on the next line" : "in this unit"}: remove '${id}' from the suppression`;
        out.push(
          ruleFinding(
            "unused-suppression",
            { path: s.file.path, file: s.file, span: s.comment },
            message,
          ),
        );
      }
    }
  }
  return out;
}

/** A drop-in whose unit file is not in the tree (an override for a unit shipped elsewhere): linted alone. */
export function scanOrphanDropin(
  tree: UnitTree,
  path: string,
  options: ScanOptions = {},
  cache: ParseCache = parseCache(),
): UnitReport {
  const dir = basename(dirname(path));
  const stem = dir.slice(0, -2);
  const name: UnitName | null = parseUnitName(stem) ?? null;
  const read = readFile(tree, path, cache);
  const unit = name?.name ?? stem;
  if (!read || "problem" in read) {
    return {
      path,
      unit,
      score: null,
      refusal: null,
      loaded: null,
      findings: read && "problem" in read ? [read.problem] : [],
    };
  }
  return {
    path,
    unit,
    score: null,
    refusal: null,
    loaded: null,
    findings: sortFindings(
      lintFileOnly(read.file, name, { ...options, systemdVersions: releasesOf(options) }),
    ),
  };
}

/** Scans unit files and orphan drop-ins one at a time, in path order (for streaming output). */
export function* scanEach(
  tree: UnitTree,
  units: readonly string[],
  orphanDropins: readonly string[],
  options: ScanOptions = {},
): Generator<UnitReport> {
  const cache = parseCache();
  const jobs = [
    ...units.map((path) => ({ path, orphan: false })),
    ...orphanDropins.filter(isDropinPath).map((path) => ({ path, orphan: true })),
  ];
  jobs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const j of jobs)
    yield j.orphan
      ? scanOrphanDropin(tree, j.path, options, cache)
      : scanUnit(tree, j.path, options, cache);
}

/** Scans unit files and orphan drop-ins, in path order. */
export function scanPaths(
  tree: UnitTree,
  units: readonly string[],
  orphanDropins: readonly string[],
  options: ScanOptions = {},
): UnitReport[] {
  return [...scanEach(tree, units, orphanDropins, options)];
}
