#!/usr/bin/env node
/**
 * The speed work changes no output: runs two builds of the CLI (the one before, the one after)
 * over the same corpus (bench/corpus.mjs, and the examples) and compares what they print.
 *  - text, sarif, github and gitlab, with and without --no-fix: byte for byte, and the exit status;
 *  - json: byte for byte between builds of the same report version; against a version 1 build,
 *    the report of version 2 expanded back to version 1 (each check's description, weight
 *    and range from checkTable where the unit's entry leaves them out) equals the old report.
 *
 *   node bench/identical.mjs --old OLD/cli/index.js [--new dist/cli/index.js] [--cycled 1000]
 * Exit status 0 when everything matches, 1 with the first difference of each kind otherwise.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { cycled, realCorpus } from "./corpus.mjs";

const { values } = parseArgs({
  options: {
    old: { type: "string" },
    new: { type: "string" },
    cycled: { type: "string", default: "1000" },
  },
});
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
if (!values.old) {
  console.error(
    "usage: node bench/identical.mjs --old OLD/cli/index.js [--new dist/cli/index.js] [--cycled N]",
  );
  process.exit(2);
}
const before = path.resolve(values.old);
const after = path.resolve(values.new ?? path.join(root, "dist/cli/index.js"));

const base = mkdtempSync(path.join(tmpdir(), "harden-units-identical-"));
const real = path.join(base, "real");
const packages = realCorpus(real);
const corpora = [real, path.join(root, "examples")];
if (Number(values.cycled) > 0) {
  const dir = path.join(base, "cycled");
  cycled(dir, real, packages, Number(values.cycled));
  corpora.push(dir);
}

const run = (cli, args) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: base, maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
};

/** A version 2 report as version 1 printed it: the factored check fields put back. */
function asVersion1(report) {
  const table = report.checkTable;
  const units = report.units.map((u) => ({
    ...u,
    checks: u.checks.map((c) => {
      const t = table[c.id];
      const description =
        "description" in c
          ? c.description
          : ((c.set === true ? t.good : c.set === false ? t.bad : t.na) ?? null);
      const { id, name, exposure, set, line, file, badness, waived } = c;
      return {
        id,
        name,
        exposure,
        set,
        ...(line !== undefined && { line }),
        ...(file !== undefined && { file }),
        description,
        badness,
        weight: c.weight ?? t.weight,
        range: c.range ?? t.range,
        ...(waived !== undefined && { waived }),
      };
    }),
  }));
  return { version: 1, tool: report.tool, units };
}

let failures = 0;
let compared = 0;
const fail = (what) => {
  failures++;
  console.log(`DIFFERENT ${what}`);
};
for (const dir of corpora) {
  const rel = path.relative(base, dir) || ".";
  for (const format of ["text", "sarif", "github", "gitlab", "json"]) {
    for (const fix of [["--no-fix"], []]) {
      const args = ["scan", "--format", format, ...fix, rel.startsWith("..") ? dir : rel];
      const a = run(before, args);
      const b = run(after, args);
      const what = `${args.join(" ")}`;
      compared++;
      if (a.status !== b.status || a.stderr !== b.stderr)
        fail(
          `${what}: exit ${a.status} -> ${b.status}, stderr ${JSON.stringify(a.stderr.slice(0, 200))} -> ${JSON.stringify(b.stderr.slice(0, 200))}`,
        );
      else if (format !== "json") {
        if (!a.stdout.equals(b.stdout)) {
          let i = 0;
          while (i < a.stdout.length && a.stdout[i] === b.stdout[i]) i++;
          fail(
            `${what}: first difference at byte ${i}: ${JSON.stringify(a.stdout.subarray(i, i + 120).toString())} -> ${JSON.stringify(b.stdout.subarray(i, i + 120).toString())}`,
          );
        }
      } else {
        const old = JSON.parse(a.stdout.toString());
        const now = JSON.parse(b.stdout.toString());
        // Two builds of the same report version: byte for byte; a version 1 build: expanded.
        if (old.version === now.version && !a.stdout.equals(b.stdout)) {
          let i = 0;
          while (i < a.stdout.length && a.stdout[i] === b.stdout[i]) i++;
          fail(
            `${what}: first difference at byte ${i}: ${JSON.stringify(a.stdout.subarray(i, i + 120).toString())} -> ${JSON.stringify(b.stdout.subarray(i, i + 120).toString())}`,
          );
          continue;
        }
        const expanded = now.version === 2 && old.version !== 2 ? asVersion1(now) : now;
        if (!isDeepStrictEqual(old, expanded)) {
          const k = old.units.findIndex((u, i) => !isDeepStrictEqual(u, expanded.units[i]));
          fail(
            `${what}: unit ${k} (${old.units[k]?.path}): ${JSON.stringify(old.units[k]).slice(0, 300)} -> ${JSON.stringify(expanded.units[k]).slice(0, 300)}`,
          );
        }
      }
    }
  }
}
rmSync(base, { recursive: true, force: true });
console.log(
  failures === 0
    ? `identical: ${compared} outputs (text, sarif, github, gitlab byte for byte; json byte for byte, or expanded to version 1 against a version 1 build)`
    : `${failures} of ${compared} outputs differ`,
);
process.exit(failures === 0 ? 0 : 1);
