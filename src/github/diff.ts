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

/** The head-side lines a patch adds or changes (its `+` lines), 1-based. */
export function addedLines(patch: string | undefined): Set<number> {
  const out = new Set<number>();
  if (!patch) return out;
  let line = 0;
  for (const l of patch.split("\n")) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
    if (m) line = Number(m[1]);
    else if (l.startsWith("+")) out.add(line++);
    else if (l.startsWith(" ") || l === "") line++;
  }
  return out;
}

export class DiffIndex {
  private readonly hunks = new Map<string, Hunk[]>();
  private readonly patches = new Map<string, string | undefined>();
  private readonly added = new Map<string, Set<number>>();

  constructor(files: readonly { filename: string; patch?: string }[]) {
    for (const f of files) {
      this.hunks.set(f.filename, parseHunks(f.patch));
      this.patches.set(f.filename, f.patch);
    }
  }

  /**
   * Whether the pull request adds or changes this head-side line. A file in the diff without a
   * patch (too large, binary) counts as changed throughout.
   */
  changes(path: string, line: number): boolean {
    if (!this.patches.has(path)) return false;
    const patch = this.patches.get(path);
    if (patch === undefined) return true;
    let lines = this.added.get(path);
    if (!lines) this.added.set(path, (lines = addedLines(patch)));
    return lines.has(line);
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
    return (
      h !== undefined && (startLine === undefined || (startLine >= h.start && startLine <= line))
    );
  }
}

/**
 * The text of a file before a change, from its text after the change and the change's patch
 * (GitHub's `patch`: hunks only), so that the base of a pull request needs no API call. Null when
 * the patch does not fit the text (then the old file must be read another way).
 */
export function unapplyPatch(after: string, patch: string): string | null {
  const lines = after === "" ? [] : after.split("\n");
  const afterEndsWithNewline = after.endsWith("\n");
  if (afterEndsWithNewline) lines.pop();
  const body = patch.split("\n");
  if (body[body.length - 1] === "") body.pop();
  const out: string[] = [];
  let cursor = 0;
  let last = "";
  let oldLacksNewline = false;
  // whether the last line of the old text came from the patch (else from the new text, with its end)
  let tailFromPatch = false;
  for (let i = 0; i < body.length;) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(body[i]!);
    if (!m) return null;
    // an empty new side names the line before it
    const start = m[2] === "0" ? Number(m[1]) : Number(m[1]) - 1;
    if (start < cursor || start > lines.length) return null;
    if (start > cursor) tailFromPatch = false;
    out.push(...lines.slice(cursor, start));
    cursor = start;
    for (i++; i < body.length && !body[i]!.startsWith("@@"); i++) {
      const line = body[i]!;
      const kind = line === "" ? " " : line[0];
      const text = line.slice(1);
      if (kind === " " || kind === "+") {
        if (lines[cursor] !== text) return null;
        cursor++;
        if (kind === " ") out.push(text);
        if (kind === " ") tailFromPatch = true;
      } else if (kind === "-") {
        out.push(text);
        tailFromPatch = true;
      } else if (kind === "\\") {
        if (last === " " || last === "-") oldLacksNewline = true;
        continue;
      } else {
        return null;
      }
      last = kind;
    }
  }
  if (cursor < lines.length) tailFromPatch = false;
  out.push(...lines.slice(cursor));
  const oldEndsWithNewline = !oldLacksNewline && (tailFromPatch || afterEndsWithNewline);
  return out.join("\n") + (out.length > 0 && oldEndsWithNewline ? "\n" : "");
}
