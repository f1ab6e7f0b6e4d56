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
