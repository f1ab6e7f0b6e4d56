/** Odd names and paths: escaped names, instances, unicode and spaces, links out of the tree. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { expect, test } from "vitest";
import { selectUnits } from "../src/core/discover.js";
import { scanPaths } from "../src/core/scan.js";
import { MemoryTree } from "../src/core/units/tree.js";
import { DiskTree } from "../src/node/disk-tree.js";

const UNIT = "[Service]\nExecStart=/bin/true\n";

function scanAll(tree: MemoryTree | DiskTree) {
  const sel = selectUnits(tree, [""]);
  return scanPaths(tree, sel.units, sel.orphans);
}

test("a systemd-escaped name, its drop-in folder and its specifiers", () => {
  const reports = scanAll(
    new MemoryTree([
      ["foo\\x2dbar.service", `${UNIT}User=%P\n`],
      ["foo\\x2dbar.service.d/x.conf", "[Service]\nPrivateTmp=yes\n"],
    ]),
  );
  expect(reports).toHaveLength(1);
  expect(reports[0]!.loaded!.settings.user.value).toBe("foo-bar");
  expect(reports[0]!.loaded!.settings.bools.privateTmp.value).toBe(true);
});

test("an instance file gets its template's drop-ins", () => {
  const [r] = scanAll(
    new MemoryTree([
      ["web@blue.service", `${UNIT}User=%i\n`],
      ["web@.service.d/x.conf", "[Service]\nPrivateNetwork=yes\n"],
    ]),
  );
  expect([
    r!.unit,
    r!.loaded!.settings.user.value,
    r!.loaded!.settings.bools.privateNetwork.value,
  ]).toEqual(["web@blue.service", "blue", true]);
});

test("names systemd rejects are findings, and the other units are still scanned", () => {
  const reports = scanAll(
    new MemoryTree([
      ["café.service", UNIT],
      ["my app.service", UNIT],
      ["a@b@c.service", UNIT],
      ["ok.service", UNIT],
      ["dir with space/x.service", UNIT],
    ]),
  );
  expect(reports.map((r) => [r.path, r.score !== null, r.findings.map((f) => f.id)])).toEqual([
    ["a@b@c.service", true, []],
    ["café.service", false, ["invalid-unit-name"]],
    ["dir with space/x.service", true, []],
    ["my app.service", false, ["invalid-unit-name"]],
    ["ok.service", true, []],
  ]);
});

test("a link that leads out of the scanned folder is never followed, and says so", () => {
  const outside = mkdtempSync(path.join(tmpdir(), "hu-outside-"));
  writeFileSync(path.join(outside, "secret.service"), UNIT);
  const root = mkdtempSync(path.join(tmpdir(), "hu-root-"));
  writeFileSync(path.join(root, "ok.service"), UNIT);
  symlinkSync(path.join(outside, "secret.service"), path.join(root, "evil.service"));
  mkdirSync(path.join(root, "inside"));
  writeFileSync(path.join(root, "inside", "real.service"), UNIT);
  symlinkSync(path.join(root, "inside", "real.service"), path.join(root, "alias.service"));
  const reports = scanAll(new DiskTree(root));
  expect(reports.map((r) => [r.path, r.score !== null, r.findings.map((f) => f.message)])).toEqual([
    ["alias.service", true, []],
    [
      "evil.service",
      false,
      [
        "a symbolic link that leads outside the scanned folder: not read; make it a regular file inside the folder",
      ],
    ],
    ["inside/real.service", true, []],
    ["ok.service", true, []],
  ]);
});
