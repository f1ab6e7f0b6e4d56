/** `scan --format github`: workflow commands, escaped exactly as @actions/core escapes them. */
import * as core from "@actions/core";
import { afterEach, describe, expect, test, vi } from "vitest";
import { escapeData, escapeProperty, workflowCommand } from "../src/core/format/github.js";
import { runIn, workspace } from "./helpers/workspace.js";

/** What @actions/core prints for an annotation (it writes the command to stdout). */
function coreCommand(
  kind: "error" | "warning" | "notice",
  message: string,
  props: core.AnnotationProperties,
): string {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    core[kind](message, props);
  } finally {
    spy.mockRestore();
  }
  return out.replace(/\n$/, "");
}

afterEach(() => vi.restoreAllMocks());

describe("escaping", () => {
  const nasty = "100% sure: a,b\r\nnext line %0A :: end";

  test("message and properties escape as in @actions/core", () => {
    expect(escapeData(nasty)).toBe("100%25 sure: a,b%0D%0Anext line %250A :: end");
    expect(escapeProperty(nasty)).toBe("100%25 sure%3A a%2Cb%0D%0Anext line %250A %3A%3A end");
  });

  test.each(["error", "warning", "notice"] as const)(
    "a %s command is the line @actions/core prints",
    (kind) => {
      const props = {
        title: "harden-units: comma-separated-list",
        file: "units/a,b:c%.service",
        line: 24,
        endLine: 25,
        col: 18,
        endColumn: 3,
      };
      const ours = workflowCommand(kind, props, nasty);
      const theirs = coreCommand(kind, nasty, {
        title: props.title,
        file: props.file,
        startLine: 24,
        endLine: 25,
        startColumn: 18,
        endColumn: 3,
      });
      expect(theirs).toMatch(/^::/);
      expect(ours).toBe(theirs);
    },
  );

  test("properties left out as @actions/core leaves them out", () => {
    const ours = workflowCommand("error", { title: "t", file: "a.service", line: 1 }, "m");
    expect(ours).toBe(coreCommand("error", "m", { title: "t", file: "a.service", startLine: 1 }));
    expect(ours).toBe("::error title=t,file=a.service,line=1::m");
  });
});

describe("harden-units scan --format github", () => {
  const COMMA =
    "[Service]\nExecStart=/bin/true\nUser=app\nSystemCallFilter=open,read,write,close\n";

  test("one command per finding, on its exact span, then the totals; exit 1 with the gate on stderr", async () => {
    const cwd = workspace({
      "units/a.service": COMMA,
      "units/b.service": "[Service]\nExecStart=/bin/true\nUser=app\nMemoryLimit=1G\n",
      "README.md": "x",
    });
    const r = await runIn(cwd, [
      "scan",
      "--format",
      "github",
      "--annotate-exposure",
      "never",
      "units",
    ]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toContain(
      "::error title=harden-units%3A comma-separated-list,file=units/a.service,line=4,endLine=4,col=18,endColumn=39::'open,read,write,close' is read as one system call name, because systemd splits SystemCallFilter= on spaces, not commas: systemd skips it; write 'open read write close' [comma-separated-list]",
    );
    expect(lines.filter((l) => l.startsWith("::warning ")).map((l) => l.split("::")[1])).toEqual([
      "warning title=harden-units%3A deprecated-option,file=units/b.service,line=4,endLine=4,col=1,endColumn=12",
    ]);
    expect(lines.every((l, i) => l.startsWith("::") || i === lines.length - 1)).toBe(true);
    expect(lines.at(-1)).toMatch(
      /^2 unit files, 2 scored, highest exposure \d\.\d; \d+ errors, 1 warnings, 0 notices$/,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^harden-units: gate failed: units\/a\.service: \d+ findings? at or above error/,
    );
  });

  test("a finding in a drop-in shared by several units is annotated once", async () => {
    const unit = "[Service]\nExecStart=/bin/true\nUser=app\n";
    const cwd = workspace({
      "a.service": unit,
      "b.service": unit,
      "service.d/10-all.conf": "[Service]\nPrivateTmp=maybe\n",
    });
    const r = await runIn(cwd, ["scan", "--format", "github", "--annotate-exposure", "never", "."]);
    const annotations = r.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(annotations).toEqual([
      expect.stringMatching(
        /^::error title=harden-units%3A invalid-value,file=service\.d\/10-all\.conf,line=2,/,
      ),
    ]);
  });

  test("suppressed findings are not annotated; a unit above --max-exposure is an error on its [Service] line", async () => {
    const cwd = workspace({
      "a.service":
        "[Service]\nExecStart=/bin/true\n# harden-units: ignore widens-exposure -- runs containers\nDelegate=yes\n",
    });
    const r = await runIn(cwd, ["scan", "--format", "github", "--max-exposure", "5"]);
    const annotations = r.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(annotations).toEqual([
      expect.stringMatching(
        /^::error title=harden-units%3A a\.service \d\.\d UNSAFE,file=a\.service,line=1,endLine=1::a\.service: exposure \d\.\d UNSAFE\.%0AGate: exposure \d\.\d is above the limit 5\.0\.%0A.* \[exposure-above-limit\]$/,
      ),
    ]);
    expect(r.code).toBe(1);
  });

  test("nothing to annotate: exit 0, only the totals", async () => {
    const cwd = workspace({ "a.service": "[Service]\nExecStart=/bin/true\nUser=app\n" });
    const r = await runIn(cwd, ["scan", "--format", "github", "--annotate-exposure", "never"]);
    expect(r).toEqual({
      code: 0,
      stdout: expect.stringMatching(
        /^1 unit file, 1 scored, highest exposure \d\.\d; 0 errors, 0 warnings, 0 notices\n$/,
      ),
      stderr: "",
    });
  });
});
