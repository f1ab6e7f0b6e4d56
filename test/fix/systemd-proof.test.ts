/**
 * The fix engine against systemd itself, on real units (this machine's unit folder, copied) and
 * the breaker fixtures: every proposed drop-in is accepted by `systemd-analyze verify` of every
 * listed release without a warning from its lines, and each release's `systemd-analyze security`
 * scores unit plus drop-in lower than the unit alone, with no check worse, the oldest listed at
 * exactly the exposure the engine predicted. Lists: 252 alone (both profiles), and 257 with 262
 * (the strict profile, whose drop-ins then use PrivateTmp=disconnected, ProtectControlGroups=strict
 * and PrivateUsers=identity).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { discover } from "../../src/core/discover.js";
import { proposeDropin } from "../../src/core/fix/propose.js";
import { DiskTree } from "../../src/node/disk-tree.js";
import {
  oracleSecurity,
  oracleVerify,
  oracleVersion,
  pool,
  type OracleRow,
} from "../helpers/oracle.js";

const NA = 2 ** 64; // UINT64_MAX as JSON.parse reads it (the nearest double)
const level = (r: OracleRow) => (r.badness === NA ? -1 : r.badness / r.range);

function copyCorpus(): string[] {
  const roots: string[] = [];
  const base = mkdtempSync(path.join(tmpdir(), "harden-units-fixproof-"));
  if (existsSync("/lib/systemd/system")) {
    const dest = path.join(base, "machine");
    mkdirSync(dest);
    for (const name of readdirSync("/lib/systemd/system")) {
      if (!/\.(service|socket)(\.d)?$/.test(name) && name !== "service.d") continue;
      try {
        cpSync(path.join("/lib/systemd/system", name), path.join(dest, name), {
          recursive: true,
          dereference: true,
        });
      } catch {
        // masked units (links to /dev/null) are not unit files
      }
    }
    roots.push(dest);
  }
  for (const dir of readdirSync("test/fixtures/fix")) {
    const dest = path.join(base, "fix", dir);
    cpSync(path.join("test/fixtures/fix", dir), dest, { recursive: true });
    roots.push(dest);
  }
  const examples = path.join(base, "examples");
  cpSync("examples", examples, { recursive: true });
  roots.push(examples);
  return roots;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const CASES = [
  { profile: "baseline", listed: [252] },
  { profile: "strict", listed: [252] },
  { profile: "strict", listed: [257, 262] },
] as const;

describe.each(CASES)("drop-ins for systemd $listed, profile $profile", ({ profile, listed }) => {
  const missing = listed.filter((v) => !oracleVersion(v));
  test.skipIf(missing.length > 0 && process.env.CI !== "true")(
    "checked by each listed release's systemd-analyze",
    async () => {
      const problems: string[] = [];
      const before: number[] = [];
      const after: number[] = [];
      const none = new Map<string, number>();
      for (const root of copyCorpus()) {
        const tree = new DiskTree(root);
        const units = discover(tree).units.filter((u) => u.endsWith(".service"));
        const results = await pool(units, 4, async (unit) => {
          const file = path.join(root, unit);
          const was = await Promise.all(listed.map((v) => oracleSecurity(file, undefined, v)));
          if (was.some((w) => !w.rows)) return null; // systemd refuses it: nothing to harden
          const r = proposeDropin(new DiskTree(root), unit, { profile, systemdVersions: listed });
          if (!("proposal" in r)) {
            none.set(r.none, (none.get(r.none) ?? 0) + 1);
            return null;
          }
          return { unit, file, was, p: r.proposal };
        });
        // Write and check one by one: a template's drop-in also applies to its instances.
        for (const x of results) {
          if (!x) continue;
          const dropin = path.join(root, x.p.dropinPath);
          mkdirSync(path.dirname(dropin), { recursive: true });
          writeFileSync(dropin, x.p.content);
          for (const [i, v] of listed.entries()) {
            const warnings = (await oracleVerify(x.file, v)).filter((w) => w.file === dropin);
            if (warnings.length > 0)
              problems.push(
                `${x.p.dropinPath}: verify of ${v} warns: ${warnings.map((w) => `${w.line}: ${w.message}`).join("; ")}`,
              );
            const now = await oracleSecurity(x.file, undefined, v);
            if (!now.rows) {
              problems.push(`${x.unit}: systemd ${v} refuses the unit with the drop-in`);
              continue;
            }
            const exposure = Math.round(Number(now.exposure) * 10);
            const was = Math.round(Number(x.was[i]!.exposure) * 10);
            if (i === 0 && exposure !== x.p.exposureAfter)
              problems.push(
                `${x.unit}: systemd ${v} says ${now.exposure}, the engine predicted ${x.p.exposureAfter / 10}`,
              );
            if (exposure >= was)
              problems.push(
                `${x.unit}: exposure on ${v} did not drop (${x.was[i]!.exposure} -> ${now.exposure})`,
              );
            const old = new Map(x.was[i]!.rows!.map((r) => [r.json_field, level(r)]));
            for (const r of now.rows)
              if (level(r) > old.get(r.json_field)!)
                problems.push(`${x.unit}: ${r.name} got worse on ${v}`);
            if (i === 0) {
              before.push(was);
              after.push(exposure);
            }
          }
        }
      }
      const f = (x: number) => (x / 10).toFixed(1);
      console.log(
        `fix ${profile} for ${listed.join(" ")}: ${before.length} drop-ins; exposure median ${f(median(before))} -> ${f(median(after))}, worst ${f(Math.max(...before))} -> ${f(Math.max(...after))}; no drop-in: ${[...none].map(([k, v]) => `${v} (${k})`).join(", ") || "none"}`,
      );
      expect(problems).toEqual([]);
      expect(before.length).toBeGreaterThan(50);
    },
    600_000,
  );
});
