/**
 * The disk as a UnitTree, rooted at a folder: paths are relative to the root with '/', under an
 * optional label (`prefix`) so that reports show the path the user typed (`examples/x.service`
 * for a tree rooted at ./examples). Symbolic links are followed only when their target stays
 * inside the root; anything else (outside the root, special files, unreadable) is as if it were
 * not there, and the reason is kept in `skipped`.
 */
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import * as path from "node:path";
import type { UnitTree } from "../core/units/tree.js";

/** Files above this size are not read whole (the engine reports them as too large). */
export const MAX_FILE_BYTES = 1024 * 1024;

export class DiskTree implements UnitTree {
  private readonly realRoot: string;
  private readonly listings = new Map<string, readonly string[] | undefined>();
  private readonly contents = new Map<string, Uint8Array | undefined>();
  /** Paths that were skipped, with the reason (outside the root, too large, unreadable). */
  readonly skipped = new Map<string, string>();

  constructor(
    readonly root: string,
    readonly prefix = "",
  ) {
    this.realRoot = realpathSync(root);
  }

  /** The path below the root for a tree path, or undefined when it is not under the prefix. */
  private strip(p: string): string | undefined {
    if (this.prefix === "") return p;
    if (p === this.prefix) return "";
    return p.startsWith(this.prefix + "/") ? p.slice(this.prefix.length + 1) : undefined;
  }

  private readonly realPaths = new Map<string, string | undefined>();

  /**
   * The real path if `rel` resolves inside the root, else undefined (and the reason is kept).
   * Resolved one component at a time, cached, so that only symbolic links cost a realpath().
   */
  private inside(rel: string): string | undefined {
    if (rel === "") return this.realRoot;
    if (this.realPaths.has(rel)) return this.realPaths.get(rel);
    const slash = rel.lastIndexOf("/");
    const parent = this.inside(slash < 0 ? "" : rel.slice(0, slash));
    let real: string | undefined;
    if (parent !== undefined) {
      const candidate = path.join(parent, rel.slice(slash + 1));
      try {
        if (!lstatSync(candidate).isSymbolicLink()) real = candidate;
        else {
          const target = realpathSync(candidate);
          if (target === this.realRoot || target.startsWith(this.realRoot + path.sep)) real = target;
          else this.skipped.set(rel, "a symbolic link that leads outside the scanned folder");
        }
      } catch {
        real = undefined;
      }
    }
    this.realPaths.set(rel, real);
    return real;
  }

  list(treeDir: string): readonly string[] | undefined {
    const dir = this.strip(treeDir);
    if (dir === undefined) {
      // The folders that lead to the prefix list just the next step towards it.
      const up = treeDir === "" ? this.prefix : this.prefix.startsWith(treeDir + "/") ? this.prefix.slice(treeDir.length + 1) : undefined;
      return up === undefined ? undefined : [up.split("/")[0]!];
    }
    if (this.listings.has(dir)) return this.listings.get(dir);
    let names: string[] | undefined;
    const real = this.inside(dir);
    if (real !== undefined) {
      try {
        if (statSync(real).isDirectory()) names = readdirSync(real).sort();
      } catch {
        names = undefined;
      }
    }
    this.listings.set(dir, names);
    return names;
  }

  isDirectory(treePath: string): boolean {
    const rel = this.strip(treePath);
    if (rel === undefined) return this.prefix.startsWith(treePath + "/") || treePath === "";
    const real = this.inside(rel);
    try {
      return real !== undefined && statSync(real).isDirectory();
    } catch {
      return false;
    }
  }

  read(treePath: string): Uint8Array | undefined {
    const rel = this.strip(treePath);
    if (rel === undefined) return undefined;
    if (this.contents.has(rel)) return this.contents.get(rel);
    let bytes: Uint8Array | undefined;
    const real = this.inside(rel);
    if (real !== undefined) {
      try {
        const st = statSync(real);
        if (!st.isFile()) bytes = undefined;
        else if (st.size > MAX_FILE_BYTES) bytes = readHead(real, MAX_FILE_BYTES + 1);
        else bytes = readFileSync(real);
      } catch (e) {
        this.skipped.set(rel, `unreadable: ${(e as NodeJS.ErrnoException).code ?? "error"}`);
        bytes = undefined;
      }
    }
    this.contents.set(rel, bytes);
    return bytes;
  }
}

/** The first `n` bytes of a file (enough to tell that it is too large, without reading it all). */
function readHead(file: string, n: number): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const buf = new Uint8Array(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}
