/**
 * The lines of a pull request's diff that a review comment may point at: for each file, the
 * head-side (RIGHT) lines inside each hunk of its patch, as GitHub resolves them.
 */

export interface Hunk {
  /** First and last head-side line of the hunk (inclusive). */
  readonly start: number;
  readonly end: number;
}

/** Hunks of a unified diff patch (GitHub's `patch` field: hunks only, no file header). */
export function parseHunks(patch: string | undefined): Hunk[] {
  if (!patch) return [];
  const hunks: Hunk[] = [];
  for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) hunks.push({ start, end: start + count - 1 });
  }
  return hunks;
}

export class DiffIndex {
  private readonly hunks = new Map<string, Hunk[]>();

  constructor(files: readonly { filename: string; patch?: string }[]) {
    for (const f of files) this.hunks.set(f.filename, parseHunks(f.patch));
  }

  /** Every file of the diff. */
  paths(): string[] {
    return [...this.hunks.keys()];
  }

  /** The file is part of the pull request's diff (a file-level comment may point at it). */
  has(path: string): boolean {
    return this.hunks.has(path);
  }

  /** The hunk holding a head-side line, if any. */
  hunkOf(path: string, line: number): Hunk | undefined {
    return this.hunks.get(path)?.find((h) => line >= h.start && line <= h.end);
  }

  /** Whether a comment on lines start..end (head side) is accepted: all in one hunk. */
  accepts(path: string, line: number, startLine?: number): boolean {
    const h = this.hunkOf(path, line);
    return h !== undefined && (startLine === undefined || (startLine >= h.start && startLine <= line));
  }
}
