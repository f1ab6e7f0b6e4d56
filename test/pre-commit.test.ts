/**
 * The pre-commit hook (.pre-commit-hooks.yaml), run the way pre-commit runs it: the staged file
 * names (`git diff --staged --name-only`), filtered by the hook's `files` pattern, appended to its
 * entry, in the repository's root. `harden-units` is the package's bin (dist/cli/index.js).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  types: string;
}

/** The hook's fields: the file is a list of one hook with one `key: value` per line. */
function hook(): Hook {
  const text = readFileSync(path.join(ROOT, ".pre-commit-hooks.yaml"), "utf8");
  const fields: Record<string, string> = {};
  for (const m of text.matchAll(/^(?:- | {2})([a-z_]+): (.*)$/gm)) {
    const raw = m[2]!.trim();
    fields[m[1]!] = raw.startsWith("'")
      ? raw.slice(1, -1).replace(/''/g, "'")
      : raw.startsWith('"')
        ? (JSON.parse(raw) as string)
        : raw;
  }
  return fields as unknown as Hook;
}

const HOOK = hook();
const BIN = (
  JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    bin: Record<string, string>;
  }
).bin;

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
    cwd,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "harden-units-pre-commit-"));
  git(dir, "init", "-q");
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

/** The file names pre-commit would hand the hook: staged, added or modified, matching `files`. */
function stagedForHook(dir: string): string[] {
  const staged = git(
    dir,
    "diff",
    "--staged",
    "--name-only",
    "--no-ext-diff",
    "-z",
    "--diff-filter=ACMRTUXB",
  )
    .split("\0")
    .filter(Boolean);
  const files = new RegExp(HOOK.files);
  return staged.filter((f) => files.test(f));
}

/** Runs the hook's entry with the file names, as pre-commit does (entry split like a shell, names appended). */
function runHook(dir: string, filenames: string[]) {
  const [command, ...args] = HOOK.entry.split(/\s+/);
  expect(BIN[command!], `the entry runs the package's bin '${command}'`).toBeDefined();
  const r = spawnSync(process.execPath, [path.join(ROOT, BIN[command!]!), ...args, ...filenames], {
    cwd: dir,
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GOOD = "[Service]\nExecStart=/usr/bin/web\nUser=web\nPrivateTmp=yes\n";
const COMMA = "[Service]\nSystemCallFilter=open,read,write,close\n";

describe(".pre-commit-hooks.yaml", () => {
  test("declares a node hook whose entry is the package's bin", () => {
    expect(HOOK).toMatchObject({
      id: "harden-units",
      language: "node",
      entry: "harden-units scan",
      types: "[file]",
    });
    expect(BIN["harden-units"]).toBe("dist/cli/index.js");
  });

  test("its files pattern takes unit files and systemd drop-ins, nothing else", () => {
    const files = new RegExp(HOOK.files);
    for (const f of [
      "web.service",
      "deploy/web@.service",
      "a/b/c.socket",
      "x.timer",
      "web.service.d/10-x.conf",
      "deploy/a-.service.d/x.conf",
      "deploy/service.d/all.conf",
      "service.d/all.conf",
    ]) {
      expect(files.test(f), f).toBe(true);
    }
    for (const f of [
      "README.md",
      "nginx/conf.d/site.conf",
      "web.service.d/notes.txt",
      "web.service.bak",
      "src/path",
      "service",
      "deploy/service.d",
      "web.service.d/sub/x.conf",
    ]) {
      expect(files.test(f), f).toBe(false);
    }
  });
});

describe("the hook on staged files", () => {
  test("passes a clean unit, with files it must not be handed staged beside it", () => {
    const dir = repo({
      "deploy/web.service": GOOD,
      "README.md": "hi",
      "nginx/conf.d/site.conf": "server {}\n",
    });
    git(dir, "add", ".");
    const names = stagedForHook(dir);
    expect(names).toEqual(["deploy/web.service"]);
    const r = runHook(dir, names);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^deploy\/web\.service: \d\.\d [A-Z]+/);
    expect(r.code).toBe(0);
  });

  test("a staged drop-in alone scores its unit and refuses the commit on an error in it", () => {
    const dir = repo({ "deploy/web.service": GOOD });
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "unit");
    writeFileSync(path.join(dir, "README.md"), "changed\n");
    mkdirSync(path.join(dir, "deploy/web.service.d"));
    writeFileSync(path.join(dir, "deploy/web.service.d/10-filter.conf"), COMMA);
    git(dir, "add", ".");
    const names = stagedForHook(dir);
    expect(names).toEqual(["deploy/web.service.d/10-filter.conf"]);
    const r = runHook(dir, names);
    expect(r.stdout).toMatch(/^deploy\/web\.service: \d\.\d /m);
    expect(r.stdout).toContain(
      "deploy/web.service.d/10-filter.conf:2:18: error: 'open,read,write,close' is read as one system call name",
    );
    expect(r.stderr).toMatch(
      /^harden-units: gate failed: deploy\/web\.service: \d+ findings? at or above error \(worst: error\)\n$/,
    );
    expect(r.code).toBe(1);
  });

  test("units, their drop-ins and type-wide drop-ins staged together: each unit reported once", () => {
    const dir = repo({
      "a.service": GOOD,
      "a.service.d/x.conf": "[Service]\nProtectHome=yes\n",
      "sub/b.service": GOOD,
      "sub/service.d/all.conf": "[Service]\nPrivateTmp=maybe\n",
    });
    git(dir, "add", ".");
    const names = stagedForHook(dir);
    expect(names).toEqual([
      "a.service",
      "a.service.d/x.conf",
      "sub/b.service",
      "sub/service.d/all.conf",
    ]);
    const r = runHook(dir, names);
    expect(r.stdout.match(/^\S+\.service(?=: \d\.\d )/gm)).toEqual(["a.service", "sub/b.service"]);
    expect(r.stdout).toContain("sub/service.d/all.conf:2:12: error:");
    expect(r.code).toBe(1);
  });
});
