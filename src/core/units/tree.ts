/**
 * The narrow view of a file tree the engine needs: list a folder, read a file. The CLI hands in
 * the disk, the action the workspace or a commit's tree, tests a map in memory.
 */

export interface UnitTree {
  /** Names of the regular files and folders directly in `dir` ("" is the root), or undefined. */
  list(dir: string): readonly string[] | undefined;
  /** Bytes of a regular file, or undefined when there is none. */
  read(path: string): Uint8Array | string | undefined;
  /** Why a listed file was not read (a link out of the tree, unreadable), if it was not. */
  skipped?(path: string): string | undefined;
}

export function dirname(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

export function joinPath(dir: string, name: string): string {
  return dir === "" ? name : `${dir}/${name}`;
}

/**
 * A tree with some files replaced, added (with their folder) or removed (null), over another:
 * a drop-in laid over the unit's tree, to score it before it exists.
 */
export class OverlayTree implements UnitTree {
  constructor(
    private readonly base: UnitTree,
    private readonly files: ReadonlyMap<string, Uint8Array | string | null>,
  ) {}

  list(dir: string): readonly string[] | undefined {
    const names = new Set(this.base.list(dir) ?? []);
    for (const [path, content] of this.files) {
      if (dirname(path) === dir) {
        if (content === null) names.delete(basename(path));
        else names.add(basename(path));
      } else if (dirname(dirname(path)) === dir && content !== null) {
        // The folder of an added file exists too.
        names.add(basename(dirname(path)));
      }
    }
    return names.size > 0 || this.base.list(dir) !== undefined ? [...names].sort() : undefined;
  }

  read(path: string): Uint8Array | string | undefined {
    if (this.files.has(path)) return this.files.get(path) ?? undefined;
    return this.base.read(path);
  }

  skipped(path: string): string | undefined {
    return this.files.has(path) ? undefined : this.base.skipped?.(path);
  }
}

/** A tree held in memory: paths (with '/') to contents. */
export class MemoryTree implements UnitTree {
  private readonly files = new Map<string, Uint8Array | string>();
  private readonly dirs = new Map<string, Set<string>>();

  constructor(files: Iterable<readonly [string, Uint8Array | string]> = []) {
    for (const [path, content] of files) this.set(path, content);
  }

  set(path: string, content: Uint8Array | string): this {
    this.files.set(path, content);
    let child = path;
    let dir = dirname(path);
    for (;;) {
      let entries = this.dirs.get(dir);
      if (!entries) this.dirs.set(dir, (entries = new Set()));
      entries.add(basename(child));
      if (dir === "") break;
      child = dir;
      dir = dirname(dir);
    }
    return this;
  }

  list(dir: string): readonly string[] | undefined {
    const entries = this.dirs.get(dir);
    return entries ? [...entries] : undefined;
  }

  read(path: string): Uint8Array | string | undefined {
    return this.files.get(path);
  }

  paths(): string[] {
    return [...this.files.keys()];
  }
}
