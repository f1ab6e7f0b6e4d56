/**
 * Where the unit files come from: the checked-out workspace when it holds the commit under
 * review, else the Git Data API (trees and blobs), read into memory. Nothing from the repository
 * is executed: the workspace's commit is read from .git's files, not by running git.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { isDropinPath, isUnitPath } from "../core/discover.js";
import { MAX_UNIT_FILE_BYTES } from "../core/lint/lint.js";
import { MemoryTree, dirname, type UnitTree } from "../core/units/tree.js";
import type { GitHubApi, TreeEntry } from "./api.js";

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

  static async load(api: GitHubApi, sha: string): Promise<ApiTree> {
    const entries = new Map<string, TreeEntry>();
    for (const e of await api.getTree(sha)) if (e.type === "blob") entries.set(e.path, e);
    return new ApiTree(sha, entries, api);
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
      if ((dirs.has(d) && isUnitPath(p)) || (isDropinPath(p) && dirs.has(dirname(d)))) wanted.add(p);
    }
    const tree = new MemoryTree();
    const list = [...wanted].sort();
    await mapLimit(list, 8, async (p) => {
      const e = this.entries.get(p)!;
      // Symbolic links are not followed (mode 120000); submodules have no blob.
      if (e.mode === "120000") return;
      // A file too large to be a unit is not downloaded: a stand-in of the same verdict.
      if (e.size !== undefined && e.size > MAX_UNIT_FILE_BYTES) tree.set(p, new Uint8Array(MAX_UNIT_FILE_BYTES + 1).fill(0x20));
      else tree.set(p, await this.api.getBlob(e.sha));
    });
    return tree;
  }
}

/** Runs jobs with at most `limit` at once. */
export async function mapLimit<T>(items: readonly T[], limit: number, job: (item: T) => Promise<void>): Promise<void> {
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
