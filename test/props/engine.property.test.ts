/**
 * Properties of the parser and the engine on arbitrary input: nothing throws, every diagnostic
 * and finding lies inside the text, scoring is deterministic, and a rendered drop-in parses back
 * to exactly the settings it lists. (scripts/fuzz.mjs runs the same properties far longer.)
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { scoreUnit } from "../../src/core/checks/score.js";
import { proposeDropin } from "../../src/core/fix/propose.js";
import { locate } from "../../src/core/findings.js";
import { scanUnit } from "../../src/core/scan.js";
import { parseUnitFile } from "../../src/core/syntax/parser.js";
import { loadUnit } from "../../src/core/units/load.js";
import { MemoryTree } from "../../src/core/units/tree.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const KEYS = [
  "PrivateTmp",
  "ProtectSystem",
  "User",
  "DynamicUser",
  "SystemCallFilter",
  "CapabilityBoundingSet",
  "RestrictAddressFamilies",
  "DeviceAllow",
  "IPAddressDeny",
  "ExecStart",
  "MemoryMax",
  "Delegate",
  "UMask",
  "RestrictNamespaces",
];
const VALUES = [
  "yes",
  "no",
  "strict",
  "~@mount",
  "@system-service",
  "CAP_SYS_ADMIN",
  "AF_INET,AF_UNIX",
  "/dev/null rw",
  "any",
  "/bin/true",
  "512M",
  "%i",
  '"quoted',
  "",
  "0077",
  "~net",
];

/** Lines that look like unit files: sections, assignments, comments, continuations, junk. */
const unitLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "[Unit]",
        "[Service]",
        "[Install]",
        "[X-Custom]",
        "[Service",
        "# comment",
        "; comment",
        "",
        "   ",
      ),
      fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([k, v]) => `${k}=${v}`),
      fc.tuple(fc.constantFrom(...KEYS), fc.string()).map(([k, v]) => `${k}=${v}`),
      fc.string(),
      fc.constantFrom("ExecStart=/bin/a \\", "  --continued", "PrivateTmp=ye\\"),
    ),
    { maxLength: 40 },
  )
  .chain((lines) => fc.constantFrom("\n", "\r\n", "\r").map((eol) => lines.join(eol)));

const machineUnits = (() => {
  try {
    return readdirSync("/lib/systemd/system")
      .filter((n) => n.endsWith(".service"))
      .slice(0, 60)
      .map((n) => readFileSync(`/lib/systemd/system/${n}`, "utf8"));
  } catch {
    return ["[Service]\nExecStart=/bin/true\nPrivateTmp=yes\n"];
  }
})();

/** A real unit with lines dropped, duplicated, swapped or garbled. */
const mutated = fc
  .tuple(
    fc.constantFrom(...machineUnits),
    fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.string()), { maxLength: 6 }),
  )
  .map(([text, edits]) => {
    const lines = text.split("\n");
    for (const [at, kind, junk] of edits) {
      const i = lines.length === 0 ? 0 : at % lines.length;
      if (kind === 0) lines.splice(i, 1);
      else if (kind === 1) lines.splice(i, 0, lines[i] ?? "");
      else if (kind === 2) lines[i] = (lines[i] ?? "") + junk;
      else if (kind === 3) lines.splice(i, 0, junk);
      else lines.reverse();
    }
    return lines.join("\n");
  });

function inside(text: string, start: number, end: number): boolean {
  return start >= 0 && end >= start && end <= text.length;
}

describe("the parser", () => {
  test("never throws on arbitrary bytes, and every span lies inside the decoded text", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const f = parseUnitFile("x.service", bytes);
        const n = f.source.text.length;
        for (const d of f.diagnostics)
          expect(
            inside(f.source.text, d.span.start, d.span.end) &&
              d.reportLine <= f.source.lines.length,
          ).toBe(true);
        for (const e of f.entries)
          expect(inside(f.source.text, e.span.start, e.span.end)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
  });

  test("keeps every line: the entries and blank lines account for every physical line", () => {
    fc.assert(
      fc.property(unitLike, (text) => {
        const f = parseUnitFile("x.service", text);
        const covered = new Set<number>();
        for (const e of f.entries) {
          const a = f.lineIndex.position(e.span.start).line;
          const b = f.lineIndex.position(e.span.end).line;
          for (let l = a; l <= b; l++) covered.add(l);
        }
        f.source.lines.forEach((l, i) => {
          const blank =
            f.source.text.slice(l.start, l.end).trim() === "" ||
            f.source.text.slice(l.start, l.end).trim() === "\\";
          if (!blank) expect(covered.has(i + 1), `line ${i + 1}`).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the engine", () => {
  test("never throws, findings lie inside their files, and scoring is deterministic", () => {
    fc.assert(
      fc.property(
        fc.oneof(unitLike, mutated),
        fc.option(unitLike, { nil: undefined }),
        (text, dropin) => {
          const files: [string, string][] = [["app.service", text]];
          if (dropin !== undefined) files.push(["app.service.d/x.conf", dropin]);
          const tree = new MemoryTree(files);
          const a = scanUnit(tree, "app.service");
          const b = scanUnit(tree, "app.service");
          expect(a.score?.exposure).toBe(b.score?.exposure);
          expect(a.score?.rows.map((r) => [r.check.id, r.badness])).toEqual(
            b.score?.rows.map((r) => [r.check.id, r.badness]),
          );
          for (const f of a.findings) {
            const content = files.find(([p]) => p === f.path)?.[1];
            expect(content).toBeDefined();
            if (f.file) expect(inside(f.file.source.text, f.span.start, f.span.end)).toBe(true);
            expect(locate(f).line).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("a rendered drop-in parses back to the settings it lists, and lowers the exposure", () => {
    fc.assert(
      fc.property(
        fc.oneof(unitLike, mutated),
        fc.constantFrom("baseline", "strict") as fc.Arbitrary<"baseline" | "strict">,
        (text, profile) => {
          const tree = new MemoryTree([["app.service", text]]);
          const r = proposeDropin(tree, "app.service", { profile });
          if (!("proposal" in r)) return;
          const p = r.proposal;
          const parsed = parseUnitFile(p.dropinPath, p.content);
          expect(parsed.diagnostics).toEqual([]);
          expect(parsed.assignments.map((a) => `${a.key}=${a.value}`)).toEqual(
            p.settings.map((l) => `${l.key}=${l.value}`),
          );
          tree.set(p.dropinPath, p.content);
          const after = loadUnit(tree, "app.service")!;
          expect(scoreUnit(after).exposure).toBe(p.exposureAfter);
          expect(p.exposureAfter).toBeLessThan(p.exposureBefore);
        },
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
