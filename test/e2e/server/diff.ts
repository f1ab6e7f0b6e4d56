/** The diff of a pull request as GitHub computes it: files, statuses, renames, patches, hunks. */
import { gitRaw } from "../git-fixture.js";

export interface DiffLine {
  kind: " " | "+" | "-" | "\\";
  oldLine?: number;
  newLine?: number;
  /** Index in the file's patch lines (the first "@@" line is 0): GitHub's "position". */
  position: number;
}

export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  headerIndex: number;
  lines: DiffLine[];
}

export interface DiffFile {
  filename: string;
  previous_filename?: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  additions: number;
  deletions: number;
  changes: number;
  /** Blob sha (new side; old side for removed files). */
  sha: string | null;
  oldSha: string;
  newSha: string;
  oldMode: string;
  newMode: string;
  binary: boolean;
  patch?: string;
  patchLines: string[];
  hunks: Hunk[];
}

function parseHunks(patchLines: string[]): Hunk[] {
  const hunks: Hunk[] = [];
  let cur: Hunk | undefined;
  let oldL = 0;
  let newL = 0;
  patchLines.forEach((line, idx) => {
    if (line.startsWith("@@")) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) throw new Error(`bad hunk header: ${line}`);
      cur = {
        oldStart: Number(m[1]),
        oldCount: m[2] === undefined ? 1 : Number(m[2]),
        newStart: Number(m[3]),
        newCount: m[4] === undefined ? 1 : Number(m[4]),
        headerIndex: idx,
        lines: [],
      };
      oldL = cur.oldStart;
      newL = cur.newStart;
      hunks.push(cur);
      return;
    }
    if (!cur) return;
    const k = line[0];
    if (k === " ") cur.lines.push({ kind: " ", oldLine: oldL++, newLine: newL++, position: idx });
    else if (k === "-") cur.lines.push({ kind: "-", oldLine: oldL++, position: idx });
    else if (k === "+") cur.lines.push({ kind: "+", newLine: newL++, position: idx });
    else if (k === "\\") cur.lines.push({ kind: "\\", position: idx });
    else if (line === "")
      cur.lines.push({ kind: " ", oldLine: oldL++, newLine: newL++, position: idx });
  });
  return hunks;
}

/** The files changed from `from` to `to` (two commits), with rename detection, as GitHub lists them. */
export function computeDiff(gitDir: string, from: string, to: string): DiffFile[] {
  const common = ["-r", "-M", "--no-ext-diff", "--no-textconv", "--no-color"];
  const raw = gitRaw(["diff-tree", ...common, "-z", "--raw", "--no-abbrev", from, to], {
    gitDir,
  }).stdout.toString("utf8");
  const numstat = gitRaw(["diff-tree", ...common, "-z", "--numstat", from, to], {
    gitDir,
  }).stdout.toString("utf8");
  const patch = gitRaw(
    ["diff-tree", ...common, "-p", "--src-prefix=a/", "--dst-prefix=b/", from, to],
    { gitDir },
  ).stdout.toString("utf8");

  const files: DiffFile[] = [];
  const rt = raw.split("\0");
  for (let i = 0; i < rt.length;) {
    const t = rt[i]!;
    if (t === "") {
      i++;
      continue;
    }
    if (!t.startsWith(":")) throw new Error(`unexpected raw diff token ${JSON.stringify(t)}`);
    const [oldMode, newMode, oldSha, newSha, st] = t.slice(1).split(" ") as [
      string,
      string,
      string,
      string,
      string,
    ];
    const letter = st[0]!;
    let filename: string;
    let previous: string | undefined;
    if (letter === "R" || letter === "C") {
      previous = rt[i + 1]!;
      filename = rt[i + 2]!;
      i += 3;
    } else {
      filename = rt[i + 1]!;
      i += 2;
    }
    const status: DiffFile["status"] =
      letter === "A"
        ? "added"
        : letter === "D"
          ? "removed"
          : letter === "R"
            ? "renamed"
            : letter === "C"
              ? "copied"
              : letter === "T"
                ? "changed"
                : oldSha === newSha
                  ? "changed"
                  : "modified";
    files.push({
      filename,
      ...(previous !== undefined ? { previous_filename: previous } : {}),
      status,
      additions: 0,
      deletions: 0,
      changes: 0,
      sha: letter === "D" ? oldSha : newSha,
      oldSha,
      newSha,
      oldMode,
      newMode,
      binary: false,
      patchLines: [],
      hunks: [],
    });
  }

  const nt = numstat.split("\0");
  let fi = 0;
  for (let i = 0; i < nt.length;) {
    const t = nt[i]!;
    if (t === "") {
      i++;
      continue;
    }
    const m = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/.exec(t);
    if (!m) throw new Error(`unexpected numstat token ${JSON.stringify(t)}`);
    i += m[3] === "" ? 3 : 1;
    const f = files[fi++];
    if (!f) throw new Error("numstat has more entries than the raw diff");
    if (m[1] === "-") f.binary = true;
    else {
      f.additions = Number(m[1]);
      f.deletions = Number(m[2]);
      f.changes = f.additions + f.deletions;
    }
  }

  // split the patch into sections; a type change is printed as two sections
  const lines = patch.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const sections: string[][] = [];
  for (const line of lines) {
    if (line.startsWith("diff --git ")) sections.push([]);
    sections[sections.length - 1]?.push(line);
  }
  let si = 0;
  for (const f of files) {
    const count =
      f.oldMode !== "000000" &&
      f.newMode !== "000000" &&
      f.status === "changed" &&
      f.oldMode.slice(0, 2) !== f.newMode.slice(0, 2)
        ? 2
        : 1;
    const mine = sections.slice(si, si + count);
    si += count;
    if (mine.length !== count)
      throw new Error(`patch sections do not match the raw diff at ${f.filename}`);
    const patchLines: string[] = [];
    for (const sec of mine) {
      if (sec.some((l) => l.startsWith("Binary files ") || l === "GIT binary patch"))
        f.binary = true;
      const at = sec.findIndex((l) => l.startsWith("@@"));
      if (at >= 0) patchLines.push(...sec.slice(at));
    }
    if (!f.binary && patchLines.length > 0) {
      f.patchLines = patchLines;
      f.patch = patchLines.join("\n");
      f.hunks = parseHunks(patchLines);
    }
  }
  if (si !== sections.length)
    throw new Error(`patch has ${sections.length} sections, the raw diff needs ${si}`);
  return files;
}
