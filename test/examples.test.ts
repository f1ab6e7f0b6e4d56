/**
 * The seed article's examples (examples/seed/): systemd ignores or deprecates several of its
 * recommendations, and harden-units says so on the exact lines.
 */
import { expect, test } from "vitest";
import { selectUnits } from "../src/core/discover.js";
import { formatFinding } from "../src/core/format/text.js";
import { scanPaths } from "../src/core/scan.js";
import { DiskTree } from "../src/node/disk-tree.js";

test("examples/seed/myapp.service: commas, amd64, MemoryLimit=, Delegate=yes", () => {
  const tree = new DiskTree("examples/seed", "examples/seed");
  const sel = selectUnits(tree, ["examples/seed"]);
  const [report] = scanPaths(tree, sel.units, sel.orphans);
  const found = report!.findings.map((f) => formatFinding(f).replace(/: .*\[/, " ["));
  expect(found).toEqual([
    "examples/seed/myapp.service:18:1 [deprecated-option]",
    "examples/seed/myapp.service:24:1 [narrow-syscall-allow-list]",
    "examples/seed/myapp.service:24:18 [comma-separated-list]",
    "examples/seed/myapp.service:25:25 [unknown-architecture]",
    "examples/seed/myapp.service:26:1 [widens-exposure]",
  ]);
  const text = report!.findings.map((f) => f.message).join("\n");
  expect(text).toContain("write 'open read write close'");
  expect(text).toContain("write 'x86-64', or 'native'");
  expect(text).toContain("use MemoryMax=");
  expect(text).toContain("Delegate=yes hands the service its own cgroup subtree");
});
