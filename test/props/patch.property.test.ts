/**
 * unapplyPatch rebuilds a pull request's base of a file from its head and GitHub's patch (the
 * hunks of a unified diff): for any two texts, the patch git makes from one to the other, undone
 * on the second, gives back the first exactly (final newline, blank lines, CRLF, a BOM included).
 */
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { unapplyPatch } from "../../src/github/diff.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

/** The hunks of `git diff` from `before` to `after` (GitHub's `patch` field holds just these). */
function patchOf(before: string, after: string): string | null {
  const d = mkdtempSync(path.join(tmpdir(), "hu-patch-"));
  writeFileSync(path.join(d, "a"), before);
  writeFileSync(path.join(d, "b"), after);
  const r = spawnSync(
    "git",
    ["diff", "--no-index", "--no-color", "--no-ext-diff", "-U3", "a", "b"],
    { cwd: d, encoding: "utf8" },
  );
  const lines = r.stdout.split("\n");
  const first = lines.findIndex((l) => l.startsWith("@@"));
  return first < 0 ? null : lines.slice(first).join("\n");
}

const line = fc.constantFrom(
  "[Service]",
  "ExecStart=/bin/app",
  "PrivateTmp=yes",
  "",
  "# comment",
  "User=web",
  "a\r",
  "\uFEFF[Unit]",
  "Description=x",
);
const text = fc
  .tuple(fc.array(line, { maxLength: 30 }), fc.boolean())
  .map(([ls, nl]) => ls.join("\n") + (nl && ls.length > 0 ? "\n" : ""));

describe("unapplyPatch", () => {
  test("undoes git's patch exactly, for any two texts", () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const patch = patchOf(before, after);
        // identical texts have no patch (GitHub lists no such file)
        if (patch === null) return before === after;
        expect(unapplyPatch(after, patch)).toBe(before);
        return true;
      }),
      { numRuns: RUNS },
    );
  });
});
