/**
 * The disk as a UnitTree, rooted at a folder: paths are relative to the root with '/', under an
 * optional label (`prefix`) so that reports show the path the user typed (`examples/x.service`
 * for a tree rooted at ./examples). Symbolic links are followed only when their target stays
 * inside the root; anything else (outside the root, special files, unreadable) is as if it were
 * not there, and the reason is kept in `skipped`.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
} from "node:fs";
import * as path from "node:path";
import type { UnitTree } from "../core/units/tree.js";

/** Files above this size are not read whole (the engine reports them as too large). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** What a folder listing says of an entry (a symbolic link is resolved only when used). */
type Kind = "dir" | "file" | "link" | "other";

export class DiskTree implements UnitTree {
  private readonly realRoot: string;
  /** Folder listings by path below the root: names with their kind, and the names sorted. */
  private readonly listings = new Map<
    string,
    { kinds: ReadonlyMap<string, Kind>; names: readonly string[] } | undefined
  >();
  private readonly contents = new Map<string, Uint8Array | undefined>();
  /** Paths below the root that were not read, with the reason (a link out of the root, unreadable). */
  private readonly skippedFiles = new Map<string, string>();
  private readonly realPaths = new Map<string, string | undefined>();

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

  /**
   * What the parent folder's listing says of `rel`: its kind, null when the listing does not
   * have it (it does not exist), undefined when the parent was not listed (ask the disk).
   */
  private kindOf(rel: string): Kind | null | undefined {
    if (rel === "") return "dir";
    const slash = rel.lastIndexOf("/");
    const parentRel = slash < 0 ? "" : rel.slice(0, slash);
    if (!this.listings.has(parentRel)) return undefined;
    return this.listings.get(parentRel)?.kinds.get(rel.slice(slash + 1)) ?? null;
  }

  /**
   * The real path if `rel` resolves inside the root, else undefined (and the reason is kept).
   * Resolved one component at a time, cached, so that only symbolic links cost a realpath().
   */
  private inside(rel: string): string | undefined {
    if (rel === "") return this.realRoot;
    if (this.realPaths.has(rel)) return this.realPaths.get(rel);
    let kind = this.kindOf(rel);
    const slash = rel.lastIndexOf("/");
    const parent = kind === null ? undefined : this.inside(slash < 0 ? "" : rel.slice(0, slash));
    let real: string | undefined;
    if (parent !== undefined) {
      const candidate = path.join(parent, rel.slice(slash + 1));
      try {
        kind ??= lstatSync(candidate).isSymbolicLink() ? "link" : "file";
        if (kind !== "link") real = candidate;
        else {
          const target = realpathSync(candidate);
          if (target === this.realRoot || target.startsWith(this.realRoot + path.sep))
            real = target;
          else this.skippedFiles.set(rel, "a symbolic link that leads outside the scanned folder");
        }
      } catch {
        real = undefined;
      }
    }
    this.realPaths.set(rel, real);
    return real;
  }

  skipped(treePath: string): string | undefined {
    const rel = this.strip(treePath);
    return rel === undefined ? undefined : this.skippedFiles.get(rel);
  }

  list(treeDir: string): readonly string[] | undefined {
    const dir = this.strip(treeDir);
    if (dir === undefined) {
      // The folders that lead to the prefix list just the next step towards it.
      const up =
        treeDir === ""
          ? this.prefix
          : this.prefix.startsWith(treeDir + "/")
            ? this.prefix.slice(treeDir.length + 1)
            : undefined;
      return up === undefined ? undefined : [up.split("/")[0]!];
    }
    if (this.listings.has(dir)) return this.listings.get(dir)?.names;
    // Only folders (and links, which may lead to one) are listed: files cost no system call,
    // and nothing is kept for them (every file of the tree is asked whether it is a folder).
    const kind = this.kindOf(dir);
    if (kind === "file" || kind === "other" || kind === null) return undefined;
    let listing: { kinds: Map<string, Kind>; names: string[] } | undefined;
    const real = this.inside(dir);
    if (real !== undefined) {
      try {
        const kinds = new Map<string, Kind>();
        for (const e of readdirSync(real, { withFileTypes: true })) {
          kinds.set(
            e.name,
            e.isDirectory() ? "dir" : e.isFile() ? "file" : e.isSymbolicLink() ? "link" : "other",
          );
        }
        listing = { kinds, names: [...kinds.keys()].sort() };
      } catch {
        listing = undefined;
      }
    }
    this.listings.set(dir, listing);
    return listing?.names;
  }

  read(treePath: string): Uint8Array | undefined {
    const rel = this.strip(treePath);
    if (rel === undefined) return undefined;
    if (this.contents.has(rel)) return this.contents.get(rel);
    let bytes: Uint8Array | undefined;
    const kind = this.kindOf(rel);
    const real = kind === "dir" || kind === "other" || kind === null ? undefined : this.inside(rel);
    if (real !== undefined) {
      try {
        bytes = readRegular(real, MAX_FILE_BYTES + 1);
      } catch (e) {
        this.skippedFiles.set(rel, `unreadable: ${(e as NodeJS.ErrnoException).code ?? "error"}`);
        bytes = undefined;
      }
    }
    this.contents.set(rel, bytes);
    return bytes;
  }
}

/**
 * A regular file's bytes, at most `limit` of them (enough to tell that a file is too large
 * without reading it all); undefined for anything else (a folder, a device, a FIFO: opened
 * without blocking, never read).
 */
function readRegular(file: string, limit: number): Uint8Array | undefined {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    const buf = new Uint8Array(Math.min(st.size, limit));
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}
