/** The bundled CLI (dist/cli/index.js) as users run it: a separate process, real pipes. */
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";

const CLI = path.resolve(import.meta.dirname, "../dist/cli/index.js");

function manyUnits(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "harden-units-bundle-"));
  for (let i = 0; i < n; i++) {
    mkdirSync(path.join(dir, `s${i % 10}`), { recursive: true });
    writeFileSync(
      path.join(dir, `s${i % 10}`, `u${i}.service`),
      `[Service]\nExecStart=/bin/app ${i}\nPrivateTmp=yes\n`,
    );
  }
  return dir;
}

describe("the bundled CLI", () => {
  test("runs on the runtime's Node and prints the version", () => {
    const r = spawnSync(process.execPath, [CLI, "--version"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^harden-units \d+\.\d+\.\d+/);
  });

  test("keeps V8's compiled code in the temporary folder, not in the repository, and reads it back", () => {
    const repo = mkdtempSync(path.join(tmpdir(), "harden-units-repo-"));
    writeFileSync(path.join(repo, "a.service"), "[Service]\nExecStart=/bin/app\n");
    const temp = mkdtempSync(path.join(tmpdir(), "harden-units-tmp-"));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TMPDIR: temp,
      NODE_DEBUG_NATIVE: "COMPILE_CACHE",
    };
    delete env.NODE_COMPILE_CACHE;
    delete env.NODE_DISABLE_COMPILE_CACHE;
    const run = () =>
      spawnSync(process.execPath, [CLI, "scan", "--no-fix", "."], {
        cwd: repo,
        env,
        encoding: "utf8",
      });
    expect(run().status).toBe(0);
    const cache = path.join(temp, "node-compile-cache");
    expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(0);
    expect(readdirSync(repo)).toEqual(["a.service"]);
    // The second start takes the bundle's compiled code from the cache.
    expect(run().stderr).toMatch(/V8 code cache for ESM file:\S*cli-main\.js was accepted/);
  });

  test.skipIf(!existsSync("/proc/self/status"))(
    "a slow reader: the scan waits for it instead of holding its output in memory",
    async () => {
      const dir = manyUnits(3000);
      const child = spawn(process.execPath, [CLI, "scan", "--format", "json", dir], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout.pause();
      // Nobody reads for a second: the scan should be waiting on the pipe, not running ahead.
      await new Promise((r) => setTimeout(r, 1500));
      const peakKiB = Number(
        /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1],
      );
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stdout.resume();
      const code = await new Promise<number | null>((resolve) =>
        child.on("close", (c) => resolve(c)),
      );
      expect(code).toBe(0);
      expect(JSON.parse(out).units).toHaveLength(3000);
      // The whole report is ~35 MB of JSON (twice that as strings in memory): far above this when buffered.
      expect(out.length).toBeGreaterThan(30_000_000);
      expect(peakKiB).toBeLessThan(160 * 1024);
    },
  );

  test("a reader that stops early (| head) ends it quietly, without a stack trace", async () => {
    const dir = manyUnits(300);
    const child = spawn(process.execPath, [CLI, "scan", dir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) =>
      child.on("close", (c) => resolve(c)),
    );
    expect(code).toBe(141);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});
