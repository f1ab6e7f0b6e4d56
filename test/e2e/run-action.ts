/**
 * Runs the built action (dist/index.js) as the runner does: `node` in a fresh process, inputs as
 * INPUT_* variables, the GITHUB_* variables, an event payload file, and the GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY files, against the local GitHub API server. Asynchronous on purpose: the
 * server answers in this process, so the action must not be waited for synchronously.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { tempDir } from "./git-fixture.js";
import { parse } from "yaml";
import type { JsonDropin, JsonReport, JsonUnit } from "../../src/core/format/json.js";

export const ACTION = path.resolve(import.meta.dirname, "../../dist/index.js");

/**
 * When a process a test starts (the action, the CLI) counts as hung and is killed; the test then
 * fails on its exit code, with its output. A run takes 1-3 s on a quiet machine and up to about
 * 15 s on a busy 2-core one (measured, issue 13): this bound says "hung", not "slow".
 */
export const HUNG_MS = 120_000;

/**
 * The end-to-end tests' own bound (vi.setConfig in each file), a backstop only: what a test waits
 * for is a process bounded by HUNG_MS or the local API server, whose held and hanging requests end
 * when the test releases them or the client gives up. No test depends on the machine's speed.
 */
export const E2E_TEST_TIMEOUT_MS = 10 * 60_000;

/**
 * The JSON report (src/core/format/json.ts) as the tests read it: they look at units they know to
 * be scored, with a base exposure and a drop-in where they expect one; a field that is absent fails
 * the test where it is read.
 */
export interface ReadReport extends Omit<JsonReport, "units"> {
  units: ReadUnit[];
}
export interface ReadUnit extends Omit<JsonUnit, "exposure" | "baseExposure" | "dropin"> {
  exposure: number;
  baseExposure: number;
  dropin: JsonDropin;
}

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The step's outputs, parsed from GITHUB_OUTPUT (name<<delimiter blocks). */
  readonly outputs: Record<string, string>;
  /** The job summary's Markdown. */
  readonly summary: string;
  /** The JSON report file the `report` output names, parsed (null when there is none). */
  readonly report: ReadReport | null;
  /** Workflow commands the step printed (::error ..., ::warning ..., ::notice ...). */
  readonly commands: { kind: string; props: Record<string, string>; message: string }[];
  /** Wall time of the run, ms. */
  readonly ms: number;
  readonly runnerTemp: string;
}

export interface RunActionOptions {
  /** Action inputs by their action.yml names (`github-token`, `fail-on`, ...). */
  readonly inputs: Record<string, string>;
  /** GITHUB_* variables (e.g. from server.pullRequestEnv(n)); GITHUB_API_URL must point at the server. */
  readonly env: Record<string, string>;
  /** The event payload (written to GITHUB_EVENT_PATH). */
  readonly event: unknown;
  /** The checked-out workspace (GITHUB_WORKSPACE). */
  readonly workspace: string;
  /** Kill the run as hung after this long (ms); default HUNG_MS. */
  readonly timeoutMs?: number;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM\nvalue\nDELIM` or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join("\n");
    } else if (line.includes("=")) {
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

const unescapeData = (s: string) =>
  s.replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
const unescapeProp = (s: string) => unescapeData(s).replace(/%3A/g, ":").replace(/%2C/g, ",");

/** The workflow commands (`::kind props::message`) in a step's output. */
export function parseCommands(stdout: string): ActionRun["commands"] {
  const out: ActionRun["commands"] = [];
  for (const line of stdout.split("\n")) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? "").split(",").filter(Boolean)) {
      const eq = kv.indexOf("=");
      props[kv.slice(0, eq)] = unescapeProp(kv.slice(eq + 1));
    }
    out.push({ kind: m[1]!, props, message: unescapeData(m[3]!) });
  }
  return out;
}

/** The inputs of action.yml with their defaults (an expression default such as github.token counts as empty). */
export function actionDefaults(): Record<string, string> {
  const yml = readFileSync(path.resolve(import.meta.dirname, "../../action.yml"), "utf8");
  const inputs = (parse(yml) as { inputs: Record<string, { default?: string }> }).inputs;
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(inputs)) {
    if (spec.default !== undefined) out[name] = spec.default.startsWith("${{") ? "" : spec.default;
  }
  return out;
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  if (!existsSync(ACTION)) throw new Error("dist/index.js is missing: run npm run build");
  const runnerTemp = tempDir("hu-runner-");
  const eventPath = path.join(runnerTemp, "event.json");
  const outputPath = path.join(runnerTemp, "output.txt");
  const summaryPath = path.join(runnerTemp, "summary.md");
  writeFileSync(eventPath, JSON.stringify(options.event));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  mkdirSync(path.join(runnerTemp, "tmp"), { recursive: true });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: runnerTemp,
    RUNNER_TEMP: path.join(runnerTemp, "tmp"),
    RUNNER_OS: "Linux",
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_RUN_ID: "4242",
    GITHUB_ACTOR: "octocat",
    ...options.env,
  };
  // The runner sets every input of action.yml, with its default when the workflow gives none;
  // the action reads them through @actions/core's rules (INPUT_ + name in upper case, spaces to _).
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...options.inputs }))
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  const t0 = performance.now();
  const child = spawn(process.execPath, [ACTION], {
    cwd: options.workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const timeout = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? HUNG_MS);
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  clearTimeout(timeout);
  const ms = performance.now() - t0;
  const outputs = parseOutputFile(readFileSync(outputPath, "utf8"));
  const reportPath = outputs.report;
  const report =
    reportPath && existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, "utf8")) : null;
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryPath, "utf8"),
    report,
    commands: parseCommands(stdout),
    ms,
    runnerTemp,
  };
}
