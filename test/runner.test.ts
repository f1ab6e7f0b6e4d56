/**
 * src/github/runner.ts speaks the runner protocol exactly as @actions/core does: the same calls
 * through both, compared byte for byte (stdout, the GITHUB_OUTPUT file, the job summary).
 */
import * as core from "@actions/core";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import * as ours from "../src/github/runner.js";

interface SummaryLike {
  addRaw(markdown: string): SummaryLike;
  write(): Promise<unknown>;
}
/** The calls the action makes, as both modules offer them. */
interface Api {
  getInput(name: string): string;
  setSecret(secret: string): void;
  info(message: string): void;
  debug(message: string): void;
  error(message: string, properties?: ours.AnnotationProperties): void;
  warning(message: string, properties?: ours.AnnotationProperties): void;
  notice(message: string, properties?: ours.AnnotationProperties): void;
  setFailed(message: string): void;
  setOutput(name: string, value: unknown): void;
  readonly summary: SummaryLike;
}

const MESSAGES = [
  "plain",
  "100% done\r\nnext line",
  "a:b,c=d::e",
  "ünïcödé ✓",
  "",
  "%0A already escaped",
  "trailing\n",
];
const PROPS = [
  {},
  {
    title: "t: 1, 2",
    file: "deploy/a b,c.service",
    startLine: 3,
    endLine: 4,
    startColumn: 7,
    endColumn: 9,
  },
  { file: "x.service", startLine: 0, startColumn: 0 },
  { title: "50%\nline" },
];

/** Runs `script` with one implementation; returns what it wrote. */
async function capture(api: Api, script: (api: Api) => Promise<void> | void) {
  const dir = mkdtempSync(path.join(tmpdir(), "hu-runner-"));
  const output = path.join(dir, "output");
  const summaryFile = path.join(dir, "summary");
  writeFileSync(output, "");
  writeFileSync(summaryFile, "");
  vi.stubEnv("GITHUB_OUTPUT", output);
  vi.stubEnv("GITHUB_STEP_SUMMARY", summaryFile);
  let stdout = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
    return true;
  });
  const exitCode = process.exitCode;
  try {
    await script(api);
  } finally {
    spy.mockRestore();
  }
  const failedWith = process.exitCode;
  process.exitCode = exitCode;
  const normalise = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, "ghadelimiter_X");
  return {
    stdout,
    output: normalise(readFileSync(output, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
    failedWith,
  };
}

afterEach(() => vi.unstubAllEnvs());

describe("the runner protocol, as @actions/core speaks it", () => {
  test("annotations, logs, masks and failure: the same bytes on stdout", async () => {
    const script = (api: Api) => {
      for (const m of MESSAGES) {
        for (const p of PROPS) {
          api.error(m, p);
          api.warning(m, p);
          api.notice(m, p);
        }
        api.info(m);
        api.debug(m);
        api.setSecret(m);
      }
      api.setFailed("harden-units: gate failed: a.service: exposure 9.6 > 5.0");
    };
    const a = await capture(core, script);
    const b = await capture(ours, script);
    expect(b.stdout).toBe(a.stdout);
    expect(b.failedWith).toBe(1);
    expect(a.failedWith).toBe(1);
    expect(a.stdout).toContain(
      "::error title=t%3A 1%2C 2,file=deploy/a b%2Cc.service,line=3,endLine=4,col=7,endColumn=9::plain",
    );
  });

  test("outputs in GITHUB_OUTPUT and the job summary: the same file contents", async () => {
    const script = async (api: Api) => {
      api.setOutput("max-exposure", "9.6");
      api.setOutput("dropins", JSON.stringify(["a.service.d/hardening.conf"]));
      api.setOutput("multi", "line 1\nline 2\n");
      api.setOutput("empty", "");
      await api.summary.addRaw("## harden-units\n\n| a | b |\n").addRaw("| - | - |\n").write();
      await api.summary.addRaw("second\n").write();
    };
    const a = await capture(core, script);
    const b = await capture(ours, script);
    expect(b.output).toBe(a.output);
    expect(b.summary).toBe(a.summary);
    expect(b.stdout).toBe(a.stdout);
    expect(b.output).toContain("multi<<ghadelimiter_X\nline 1\nline 2\n\nghadelimiter_X\n");
  });

  test("inputs: INPUT_ plus the name in upper case, spaces as _, trimmed", () => {
    vi.stubEnv("INPUT_FAIL-ON", "  warning \n");
    vi.stubEnv("INPUT_MY_INPUT", "x");
    for (const name of ["fail-on", "my input", "absent"])
      expect(ours.getInput(name)).toBe(core.getInput(name));
    expect(ours.getInput("fail-on")).toBe("warning");
  });

  test("a missing output file or summary file: the same errors", async () => {
    for (const api of [core, ours] as Api[]) {
      vi.stubEnv("GITHUB_OUTPUT", "/nonexistent/harden-units/output");
      expect(() => api.setOutput("x", "1")).toThrow(
        "Missing file at path: /nonexistent/harden-units/output",
      );
    }
    // @actions/core's summary remembers the first file it wrote (above), so only ours is asked;
    // the message is @actions/core's.
    vi.stubEnv("GITHUB_STEP_SUMMARY", "/nonexistent/harden-units/summary");
    await expect(ours.summary.addRaw("x").write()).rejects.toThrow(
      "Unable to access summary file: '/nonexistent/harden-units/summary'. Check if the file has correct read/write permissions.",
    );
  });
});
