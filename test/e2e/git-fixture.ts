/**
 * Helpers that build real git repositories for the end-to-end tests, and the hermetic `git`
 * runner the fake GitHub server uses for its backing repository.
 *
 * Every git invocation ignores the machine's and the user's configuration (GIT_CONFIG_NOSYSTEM,
 * GIT_CONFIG_GLOBAL=/dev/null, HOME in a private temporary folder), inherits none of the GIT_*
 * variables of the calling process (a test run from a git hook has GIT_DIR set), never prompts
 * and never runs a hook. Commits made by `createRepo` have fixed authors and dates, so the same
 * input always gives the same shas.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

let hermeticHome: string | undefined;

/** The environment of every git process started by these helpers and by the server. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  if (hermeticHome === undefined || !fs.existsSync(hermeticHome)) {
    // one empty folder per user, shared by all processes (git writes nothing there)
    hermeticHome = path.join(os.tmpdir(), `hu-git-home-${process.getuid?.() ?? "user"}`);
    fs.mkdirSync(hermeticHome, { recursive: true, mode: 0o700 });
  }
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith("GIT_")) continue;
    env[k] = v;
  }
  return {
    ...env,
    HOME: hermeticHome,
    XDG_CONFIG_HOME: path.join(hermeticHome, ".config"),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_TERMINAL_PROMPT: "0",
    GIT_ASKPASS: "/bin/true",
    LC_ALL: "C",
    TZ: "UTC",
    ...extra,
  };
}

/** `-c` options given to every git command: identity, no hooks, no pager, no colours. */
const GIT_CONFIG_ARGS = [
  "-c",
  "user.name=Fixture",
  "-c",
  "user.email=fixture@example.com",
  "-c",
  "core.hooksPath=/dev/null",
  "-c",
  "core.pager=cat",
  "-c",
  "color.ui=false",
  "-c",
  "core.quotePath=false",
  "-c",
  "core.autocrlf=false",
  "-c",
  "core.fsmonitor=false",
  "-c",
  "init.defaultBranch=main",
  "-c",
  "gc.auto=0",
  "-c",
  "advice.detachedHead=false",
];

export interface GitRunOptions {
  /** `--git-dir`; omit for commands such as `init` and `clone`. */
  gitDir?: string;
  /** `--work-tree`. */
  workTree?: string;
  /** Working directory of the process. */
  cwd?: string;
  input?: string | Uint8Array;
  env?: Record<string, string>;
  /** Exit codes that are not failures (default only 0). */
  okCodes?: number[];
}

export interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

export class GitError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly stderr: string,
  ) {
    super(message);
    this.name = "GitError";
  }
}

/** Runs git hermetically and returns its raw result; throws unless the exit code is accepted. */
export function gitRaw(args: readonly string[], options: GitRunOptions = {}): GitResult {
  const full = [...GIT_CONFIG_ARGS];
  const gitDir = options.gitDir === undefined ? undefined : path.resolve(options.gitDir);
  if (gitDir !== undefined) full.push("--git-dir", gitDir);
  if (options.workTree !== undefined) full.push("--work-tree", path.resolve(options.workTree));
  full.push(...args);
  const result = spawnSync("git", full, {
    cwd: options.cwd ?? gitDir ?? os.tmpdir(),
    env: gitEnv(options.env),
    input: options.input,
    maxBuffer: 1 << 30,
  });
  if (result.error) throw result.error;
  const status = result.status ?? -1;
  const stderr = result.stderr.toString("utf8");
  if (!(options.okCodes ?? [0]).includes(status)) {
    throw new GitError(
      `git ${args.join(" ")} failed (${status}): ${stderr.trim()}`,
      status,
      stderr,
    );
  }
  return { status, stdout: result.stdout, stderr };
}

/** Runs git hermetically and returns stdout as text (trailing newline removed). */
export function git(args: readonly string[], options: GitRunOptions = {}): string {
  return gitRaw(args, options).stdout.toString("utf8").replace(/\n$/, "");
}

/** A fresh empty temporary folder. */
export function tempDir(prefix = "hu-e2e-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export type FixtureFile =
  | string
  | Uint8Array
  | null
  | { content: string | Uint8Array; mode?: "100644" | "100755" | "120000" };

export interface FixtureCommit {
  /** The branch the commit goes on (created when it does not exist yet). */
  branch: string;
  /** Path -> new content; `null` deletes the path. Paths not named keep their content. */
  files: Record<string, FixtureFile>;
  message: string;
  /**
   * Where a branch that does not exist yet starts: a branch name or a sha. Default: the tip of the
   * default branch (the first branch created), or a root commit when the repository is empty.
   * Ignored for a branch that exists.
   */
  from?: string;
  /** Replace the whole tree instead of changing the parent's (only the named files remain). */
  replaceTree?: boolean;
  author?: { name: string; email: string };
  /** Seconds since the epoch; default a fixed clock that advances a minute per commit. */
  date?: number;
}

export interface RepoFixture {
  /** The bare repository (give it to the server as `gitDir`). */
  gitDir: string;
  /** One sha per commit given, in order. */
  shas: string[];
  /** Every branch and its tip after the commits. */
  branches: Record<string, string>;
}

const FIXED_EPOCH = 1_700_000_000;

/** C-style quoting for fast-import paths. */
function quotePath(p: string): string {
  let out = '"';
  for (const byte of Buffer.from(p, "utf8")) {
    if (byte === 0x22) out += '\\"';
    else if (byte === 0x5c) out += "\\\\";
    else if (byte === 0x0a) out += "\\n";
    else if (byte === 0x09) out += "\\t";
    else if (byte < 0x20 || byte >= 0x7f) out += "\\" + byte.toString(8).padStart(3, "0");
    else out += String.fromCharCode(byte);
  }
  return out + '"';
}

function dataBlock(content: string | Uint8Array): Buffer[] {
  const buf = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  return [Buffer.from(`data ${buf.length}\n`), buf, Buffer.from("\n")];
}

/** The branches of a repository and their tips. */
export function listBranches(gitDir: string): Record<string, string> {
  const out = git(["for-each-ref", "--format=%(refname:lstrip=2) %(objectname)", "refs/heads/"], {
    gitDir,
  });
  const branches: Record<string, string> = {};
  for (const line of out.split("\n")) {
    if (line === "") continue;
    const i = line.lastIndexOf(" ");
    branches[line.slice(0, i)] = line.slice(i + 1);
  }
  return branches;
}

/**
 * Creates a bare repository in `dir` (or adds to the one there) and writes the commits with
 * `git fast-import`, which is fast even for thousands of files.
 */
export function createRepo(
  dir: string,
  commits: readonly FixtureCommit[],
  options: { defaultBranch?: string } = {},
): RepoFixture {
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(path.join(dir, "HEAD"))) {
    git(
      [
        "init",
        "--quiet",
        "--bare",
        "--template=",
        "-b",
        options.defaultBranch ?? "main",
        path.resolve(dir),
      ],
      { cwd: dir },
    );
  }
  return addCommits(dir, commits);
}

/** Adds commits to an existing repository (see `createRepo`). */
export function addCommits(gitDir: string, commits: readonly FixtureCommit[]): RepoFixture {
  const tips: Record<string, string> = listBranches(gitDir);
  const defaultBranch = git(["symbolic-ref", "--short", "HEAD"], { gitDir });
  const existingCount = Number(git(["rev-list", "--all", "--count"], { gitDir }) || "0");
  const chunks: Buffer[] = [];
  // branch -> "from" expression (sha or :mark) of its current tip within this stream
  const tip: Record<string, string> = { ...tips };
  commits.forEach((c, i) => {
    const mark = i + 1;
    const when = c.date ?? FIXED_EPOCH + (existingCount + i) * 60;
    const author = c.author ?? { name: "Fixture Author", email: "author@example.com" };
    chunks.push(Buffer.from(`commit refs/heads/${c.branch}\nmark :${mark}\n`));
    chunks.push(Buffer.from(`author ${author.name} <${author.email}> ${when} +0000\n`));
    chunks.push(Buffer.from(`committer ${author.name} <${author.email}> ${when} +0000\n`));
    chunks.push(...dataBlock(c.message.endsWith("\n") ? c.message : c.message + "\n"));
    let parent = tip[c.branch];
    if (parent === undefined) {
      if (c.from !== undefined) {
        parent = tip[c.from] ?? (/^[0-9a-f]{40}$/.test(c.from) ? c.from : undefined);
        if (parent === undefined) throw new Error(`createRepo: unknown "from" ${c.from}`);
      } else {
        parent = tip[defaultBranch];
      }
    }
    if (parent !== undefined) chunks.push(Buffer.from(`from ${parent}\n`));
    if (c.replaceTree) chunks.push(Buffer.from("deleteall\n"));
    for (const [p, f] of Object.entries(c.files)) {
      if (f === null) {
        chunks.push(Buffer.from(`D ${quotePath(p)}\n`));
        continue;
      }
      const isObj = typeof f === "object" && !(f instanceof Uint8Array);
      const content = isObj ? f.content : f;
      const mode = isObj ? (f.mode ?? "100644") : "100644";
      chunks.push(Buffer.from(`M ${mode} inline ${quotePath(p)}\n`), ...dataBlock(content));
    }
    chunks.push(Buffer.from("\n"));
    tip[c.branch] = `:${mark}`;
  });
  const marksFile = path.join(tempDir("hu-marks-"), "marks");
  gitRaw(
    ["fast-import", "--quiet", "--date-format=raw", "--force", `--export-marks=${marksFile}`],
    {
      gitDir,
      input: Buffer.concat(chunks),
    },
  );
  const marks = new Map<number, string>();
  if (fs.existsSync(marksFile)) {
    for (const line of fs.readFileSync(marksFile, "utf8").split("\n")) {
      const m = /^:(\d+) ([0-9a-f]{40})$/.exec(line);
      if (m) marks.set(Number(m[1]), m[2]!);
    }
  }
  fs.rmSync(path.dirname(marksFile), { recursive: true, force: true });
  const shas = commits.map((_, i) => {
    const sha = marks.get(i + 1);
    if (sha === undefined) throw new Error(`createRepo: no sha for commit ${i + 1}`);
    return sha;
  });
  return { gitDir, shas, branches: listBranches(gitDir) };
}

/** Moves (or creates) a branch. */
export function setBranch(gitDir: string, branch: string, sha: string): void {
  git(["update-ref", `refs/heads/${branch}`, sha], { gitDir });
}

/**
 * A full ref name (refs/heads/main) read from the repository's files, as git stores it: the loose
 * ref, else packed-refs; undefined when it is neither there (a symbolic ref) and git must answer.
 * The API server asks for branch tips several times per request: a file read instead of a process.
 */
function readRef(gitDir: string, ref: string): string | null | undefined {
  if (!/^refs\/[A-Za-z0-9._/-]+$/.test(ref) || ref.includes("..")) return undefined;
  try {
    const loose = fs.readFileSync(path.join(gitDir, ref), "utf8").trim();
    return /^[0-9a-f]{40}$/.test(loose) ? loose : undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") return undefined;
  }
  let packed: string;
  try {
    packed = fs.readFileSync(path.join(gitDir, "packed-refs"), "utf8");
  } catch {
    return null;
  }
  for (const line of packed.split("\n")) {
    if (line.endsWith(` ${ref}`) && /^[0-9a-f]{40} /.test(line)) return line.slice(0, 40);
  }
  return null;
}

/** Resolves a revision (branch, sha, `sha^{tree}`, ...) to a full sha, or null. */
export function revParse(gitDir: string, rev: string): string | null {
  const ref = readRef(path.resolve(gitDir), rev);
  if (ref !== undefined) return ref;
  const r = gitRaw(["rev-parse", "--verify", "--quiet", "--end-of-options", rev], {
    gitDir,
    okCodes: [0, 1, 128],
  });
  if (r.status !== 0) return null;
  return r.stdout.toString("utf8").trim() || null;
}

/**
 * The merge commit GitHub builds for a pull request (refs/pull/N/merge): `head` merged into
 * `base`, base as first parent. Null when the merge has conflicts. Deterministic for given shas.
 */
export function mergeCommit(
  gitDir: string,
  base: string,
  head: string,
  message?: string,
): string | null {
  const r = gitRaw(["merge-tree", "--write-tree", "--no-messages", base, head], {
    gitDir,
    okCodes: [0, 1],
  });
  if (r.status !== 0) return null;
  const tree = r.stdout.toString("utf8").split("\n")[0]!.trim();
  const date = "@" + String(FIXED_EPOCH) + " +0000";
  return git(
    ["commit-tree", tree, "-p", base, "-p", head, "-m", message ?? `Merge ${head} into ${base}`],
    {
      gitDir,
      env: {
        GIT_AUTHOR_NAME: "GitHub",
        GIT_AUTHOR_EMAIL: "noreply@github.com",
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: "GitHub",
        GIT_COMMITTER_EMAIL: "noreply@github.com",
        GIT_COMMITTER_DATE: date,
      },
    },
  );
}

/**
 * Writes the tree of commit `sha` into `worktreeDir` as a workspace, as actions/checkout would.
 * By default plain files only (no `.git`); with `git: true` the folder is also a git repository
 * (objects borrowed from `gitDir` through alternates, HEAD detached at `sha`, no hooks), so that
 * `git diff`/`git log` work in it. Symbolic links and executable bits are kept.
 */
export function checkout(
  gitDir: string,
  worktreeDir: string,
  sha: string,
  options: { git?: boolean } = {},
): void {
  fs.mkdirSync(worktreeDir, { recursive: true });
  const absGitDir = path.resolve(gitDir);
  if (options.git) {
    git(["init", "--quiet", "--template=", path.resolve(worktreeDir)], { cwd: worktreeDir });
    const dotGit = path.join(worktreeDir, ".git");
    fs.mkdirSync(path.join(dotGit, "objects", "info"), { recursive: true });
    fs.writeFileSync(
      path.join(dotGit, "objects", "info", "alternates"),
      path.join(absGitDir, "objects") + "\n",
    );
    git(["checkout", "--quiet", "--detach", sha], {
      gitDir: dotGit,
      workTree: worktreeDir,
      cwd: worktreeDir,
    });
    return;
  }
  const tmp = tempDir("hu-index-");
  try {
    const env = { GIT_INDEX_FILE: path.join(tmp, "index") };
    git(["read-tree", sha], { gitDir: absGitDir, env });
    git(["checkout-index", "--all", "--force"], {
      gitDir: absGitDir,
      workTree: path.resolve(worktreeDir),
      env,
      cwd: worktreeDir,
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** `count` small distinct files under `dir`, for pagination tests. */
export function manyFiles(count: number, dir = "many", ext = ".service"): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const name = `${dir}/unit-${String(i).padStart(5, "0")}${ext}`;
    files[name] = `[Unit]\nDescription=Unit ${i}\n\n[Service]\nExecStart=/usr/bin/true ${i}\n`;
  }
  return files;
}
