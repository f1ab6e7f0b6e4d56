/**
 * Where the unit files come from: the checked-out workspace when it holds the commit under
 * review, else the Git Data API (trees and blobs), read into memory. Nothing from the repository
 * is executed: the workspace's commit is read from .git's files, not by running git.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { baseUnitOf, type BaseUnit } from "../core/annotate.js";
import { isDropinPath, isUnitPath } from "../core/discover.js";
import { MAX_UNIT_FILE_BYTES } from "../core/lint/lint.js";
import { scanUnit, type ScanOptions, type UnitReport } from "../core/scan.js";
import { MemoryTree, dirname, joinPath, type UnitTree } from "../core/units/tree.js";
import { DiskTree } from "../node/disk-tree.js";
import {
  describeError,
  httpStatus,
  shortSha,
  type GitHubApi,
  type PullFile,
  type TreeEntry,
} from "./api.js";
import { unapplyPatch } from "./diff.js";
import { EventError, type PullRequestInfo } from "./event.js";
import { pathsTree } from "./select.js";

/** The commit checked out in a workspace, read from .git without running git (null if unknown). */
export function workspaceHead(workspace: string): string | null {
  try {
    const gitDir = path.join(workspace, ".git");
    if (!existsSync(path.join(gitDir, "HEAD"))) return null;
    const head = readFileSync(path.join(gitDir, "HEAD"), "utf8").trim();
    if (/^[0-9a-f]{40}$/.test(head)) return head;
    const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
    if (!ref || ref.split("/").includes("..")) return null;
    const loose = path.join(gitDir, ...ref.split("/"));
    if (existsSync(loose)) return readFileSync(loose, "utf8").trim();
    const packed = path.join(gitDir, "packed-refs");
    if (!existsSync(packed)) return null;
    for (const line of readFileSync(packed, "utf8").split("\n")) {
      const [sha, name] = line.split(" ");
      if (name === ref && sha && /^[0-9a-f]{40}$/.test(sha)) return sha;
    }
    return null;
  } catch {
    return null;
  }
}

/** A commit's file listing from the API, with blobs fetched on demand into memory. */
export class ApiTree {
  private constructor(
    readonly sha: string,
    readonly entries: ReadonlyMap<string, TreeEntry>,
    private readonly api: GitHubApi,
  ) {}

  private static readonly loaded = new WeakMap<GitHubApi, Map<string, Promise<ApiTree>>>();
  private readonly blobs = new Map<string, Promise<Uint8Array>>();

  /** A commit's listing; each commit's is fetched once per run (one recursive tree request). */
  static load(api: GitHubApi, sha: string): Promise<ApiTree> {
    let trees = ApiTree.loaded.get(api);
    if (!trees) ApiTree.loaded.set(api, (trees = new Map()));
    let tree = trees.get(sha);
    if (!tree) {
      tree = api
        .getTree(sha)
        .then(
          (list) =>
            new ApiTree(
              sha,
              new Map(list.filter((e) => e.type === "blob").map((e) => [e.path, e])),
              api,
            ),
        );
      tree.catch(() => trees.delete(sha));
      trees.set(sha, tree);
    }
    return tree;
  }

  /** A file's bytes, each blob fetched once. */
  private blob(sha: string): Promise<Uint8Array> {
    let b = this.blobs.get(sha);
    if (!b) this.blobs.set(sha, (b = this.api.getBlob(sha)));
    return b;
  }

  paths(): string[] {
    return [...this.entries.keys()].sort();
  }

  /**
   * A tree in memory with the files the engine may read for these units: each unit file and the
   * unit files and drop-ins in its folder (drop-in folders, sockets, templates).
   */
  async materialize(units: readonly string[], extra: readonly string[] = []): Promise<MemoryTree> {
    const dirs = new Set(units.map(dirname));
    const wanted = new Set<string>(extra.filter((p) => this.entries.has(p)));
    for (const p of this.entries.keys()) {
      const d = dirname(p);
      if ((dirs.has(d) && isUnitPath(p)) || (isDropinPath(p) && dirs.has(dirname(d))))
        wanted.add(p);
    }
    const tree = new MemoryTree();
    const list = [...wanted].sort();
    await mapLimit(list, 8, async (p) => {
      const e = this.entries.get(p)!;
      // Symbolic links are not followed (mode 120000); submodules have no blob.
      if (e.mode === "120000") return;
      // A file too large to be a unit is not downloaded: a stand-in of the same verdict.
      if (e.size !== undefined && e.size > MAX_UNIT_FILE_BYTES)
        tree.set(p, new Uint8Array(MAX_UNIT_FILE_BYTES + 1).fill(0x20));
      else tree.set(p, await this.blob(e.sha));
    });
    return tree;
  }
}

/** Runs jobs with at most `limit` at once. */
export async function mapLimit<T>(
  items: readonly T[],
  limit: number,
  job: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await job(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Files that differ between two trees (by blob), for pull requests past GitHub's 3000-file listing. */
export function diffTrees(base: ApiTree, head: ApiTree): { changed: string[]; removed: string[] } {
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [p, e] of head.entries) if (base.entries.get(p)?.sha !== e.sha) changed.push(p);
  for (const p of base.entries.keys()) if (!head.entries.has(p)) removed.push(p);
  return { changed: changed.sort(), removed: removed.sort() };
}

export type { UnitTree };
export { MAX_UNIT_FILE_BYTES };

/** The unit files and drop-ins in a folder and its drop-in folders (what the engine may read for a unit there). */
function unitFilesIn(tree: UnitTree, dir: string): string[] {
  const out: string[] = [];
  for (const name of tree.list(dir) ?? []) {
    const p = joinPath(dir, name);
    const sub = tree.list(p);
    if (sub === undefined) {
      if (isUnitPath(p)) out.push(p);
    } else if (name.endsWith(".d")) {
      for (const f of sub.map((n) => joinPath(p, n)))
        if (isDropinPath(f) && tree.list(f) === undefined) out.push(f);
    }
  }
  return out;
}

// The BOM is kept: it is part of the first line as the patch shows it.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The pull request's base (the left side of its diff) in the folders of `basePaths`, with no API
 * call: a file the diff does not list is as in the head; a listed one is rebuilt from the head and
 * its patch. `unknown` holds the base paths that could not be rebuilt (no patch: binary, too large,
 * or past the 3000 files GitHub lists), to be read another way.
 */
export function baseFromDiff(
  head: UnitTree,
  files: readonly PullFile[],
  basePaths: readonly string[],
): { tree: MemoryTree; unknown: string[] } {
  const dirs = new Set(basePaths.map(dirname));
  const inDirs = (p: string) =>
    (dirs.has(dirname(p)) && isUnitPath(p)) || (isDropinPath(p) && dirs.has(dirname(dirname(p))));
  const byHead = new Map(files.filter((f) => f.status !== "removed").map((f) => [f.filename, f]));
  const tree = new MemoryTree();
  const unknown: string[] = [];
  const text = (p: string): string | null => {
    const c = head.read(p);
    if (c === undefined) return null;
    try {
      return typeof c === "string" ? c : utf8.decode(c);
    } catch {
      return null;
    }
  };
  const rebuild = (basePath: string, headPath: string | null, f: PullFile) => {
    if (f.patch === undefined && f.changes === 0 && headPath !== null) {
      const c = head.read(headPath);
      if (c !== undefined) return tree.set(basePath, c);
    }
    const after = headPath === null ? "" : text(headPath);
    const before = f.patch !== undefined && after !== null ? unapplyPatch(after, f.patch) : null;
    if (before === null) unknown.push(basePath);
    else tree.set(basePath, before);
  };
  // unchanged files, and changed ones that keep their path
  for (const dir of dirs) {
    for (const p of unitFilesIn(head, dir)) {
      const f = byHead.get(p);
      if (!f) {
        const c = head.read(p);
        if (c !== undefined) tree.set(p, c);
      } else if (f.status !== "added" && f.status !== "renamed" && f.status !== "copied") {
        rebuild(p, p, f);
      }
    }
  }
  // files the pull request removed or renamed away from these folders
  for (const f of files) {
    if (f.status === "removed" && inDirs(f.filename)) rebuild(f.filename, null, f);
    if (f.status === "renamed" && f.previousFilename && inDirs(f.previousFilename))
      rebuild(f.previousFilename, f.filename, f);
  }
  return { tree, unknown: unknown.sort() };
}

/** The files of the commit under review, and how they were read. */
export interface HeadSource {
  readonly sha: string;
  /** Every file path of the commit (for choosing units). */
  readonly listing: UnitTree;
  /** Reads the files the engine needs for these units. */
  readonly materialize: (units: readonly string[], extra?: readonly string[]) => Promise<UnitTree>;
  readonly fromWorkspace: boolean;
}

/** The workspace when it holds the commit, else the commit read through the API. */
export async function headSource(
  workspace: string,
  api: GitHubApi,
  sha: string,
): Promise<HeadSource> {
  if (workspaceHead(workspace) === sha) {
    const tree = new DiskTree(workspace);
    return { sha, listing: tree, materialize: async () => tree, fromWorkspace: true };
  }
  const apiTree = await ApiTree.load(api, sha).catch((e: unknown) => {
    const gone = httpStatus(e) === 404 || httpStatus(e) === 422;
    throw new EventError(
      `cannot read the commit ${shortSha(sha)} under review through the API (${describeError(e)})${gone ? ": was its branch deleted or force-pushed, or may the token not read contents?" : ""}`,
    );
  });
  return {
    sha,
    listing: pathsTree(apiTree.paths()),
    materialize: (u, extra) => apiTree.materialize(u, extra),
    fromWorkspace: false,
  };
}

/** A pull request's changed files: every one, past GitHub's 3000-file listing too. */
export interface PullRequestFiles {
  readonly files: readonly PullFile[];
  /** The merge base, when the trees had to be compared (the start of the diff). */
  readonly mergeBase: string | undefined;
  readonly notes: readonly string[];
}

export async function pullRequestFiles(
  api: GitHubApi,
  pull: PullRequestInfo,
): Promise<PullRequestFiles> {
  const listed = await api.listPullFiles(pull.number);
  if (listed.complete && !(pull.changedFiles !== undefined && pull.changedFiles > 3000))
    return { files: listed.files, mergeBase: undefined, notes: [] };
  const mergeBase = api.mergeBase ? await api.mergeBase(pull.baseSha, pull.headSha) : pull.baseSha;
  const [baseTree, headTree] = await Promise.all([
    ApiTree.load(api, mergeBase),
    ApiTree.load(api, pull.headSha),
  ]);
  const d = diffTrees(baseTree, headTree);
  const listedPaths = new Set(
    listed.files.flatMap((f) =>
      f.previousFilename ? [f.filename, f.previousFilename] : [f.filename],
    ),
  );
  const files = [
    ...listed.files,
    ...d.changed
      .filter((f) => !listedPaths.has(f))
      .map((f) => ({ filename: f, status: baseTree.entries.has(f) ? "modified" : "added" })),
    ...d.removed
      .filter((f) => !listedPaths.has(f))
      .map((f) => ({ filename: f, status: "removed" })),
  ];
  const note =
    "The pull request changes more than the 3000 files GitHub lists, so harden-units compared the trees of its merge base and head to find the rest.";
  return { files, mergeBase, notes: [note] };
}

/**
 * Each scored unit on the pull request's base (absent for units new in the pull request): its
 * exposure and, per check, its badness, cost and the assignment that decided it, so that a
 * regression can be attributed check by check. The base is the left side of the diff, rebuilt from the head and the patches: only
 * files without a usable patch (binary, too large, past GitHub's listing) are read through the API.
 */
export async function baseUnits(
  api: GitHubApi,
  pull: PullRequestInfo,
  scan: {
    readonly head: HeadSource;
    readonly pullFiles: PullRequestFiles;
    readonly reports: readonly UnitReport[];
    readonly renamedFrom: ReadonlyMap<string, string>;
    readonly options: ScanOptions;
  },
): Promise<Map<string, BaseUnit>> {
  const out = new Map<string, BaseUnit>();
  const scored = scan.reports.filter((r) => r.score);
  if (scored.length === 0) return out;
  const paths = new Map(scored.map((r) => [r.path, scan.renamedFrom.get(r.path) ?? r.path]));
  const basePaths = [...new Set(paths.values())];
  const { tree, unknown } = baseFromDiff(
    await scan.head.materialize(basePaths),
    scan.pullFiles.files,
    basePaths,
  );
  if (unknown.length > 0) {
    const from =
      scan.pullFiles.mergeBase ??
      (api.mergeBase ? await api.mergeBase(pull.baseSha, pull.headSha) : pull.baseSha);
    const fetched = await (await ApiTree.load(api, from)).materialize([], unknown);
    for (const p of unknown) {
      const c = fetched.read(p);
      if (c !== undefined) tree.set(p, c);
    }
  }
  const { fix: _fix, ...options } = scan.options;
  for (const [headPath, basePath] of paths) {
    if (tree.read(basePath) === undefined) continue;
    const unit = baseUnitOf(scanUnit(tree, basePath, options));
    if (unit) out.set(headPath, unit);
  }
  return out;
}
