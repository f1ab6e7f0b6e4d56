/**
 * The step's side of the runner protocol: inputs from INPUT_* variables, workflow commands on
 * stdout (annotations, masks), outputs in the GITHUB_OUTPUT file, the job summary. The same
 * protocol and escaping as @actions/core (test/runner.test.ts compares them call by call);
 * ours because @actions/core's module also loads an HTTP client (undici, for OIDC tokens) that
 * would be most of the bundle and that the action never uses.
 */
import { randomUUID } from "node:crypto";
import { accessSync, appendFileSync, constants, existsSync } from "node:fs";
import { EOL } from "node:os";
import { commandLine } from "../core/format/github.js";

export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

const text = (v: unknown): string =>
  v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);

/** A workflow command on stdout, where the runner reads it. */
export function issueCommand(
  command: string,
  properties: Record<string, unknown>,
  message: unknown,
): void {
  process.stdout.write(commandLine(command, properties, text(message)) + EOL);
}

/** An input as the runner passes it (INPUT_ + the name in upper case, spaces as _), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** Masks a value in the log from now on. */
export function setSecret(secret: string): void {
  issueCommand("add-mask", {}, secret);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand("debug", {}, message);
}

function annotation(
  kind: "error" | "warning" | "notice",
  message: string,
  p: AnnotationProperties = {},
): void {
  issueCommand(
    kind,
    {
      title: p.title,
      file: p.file,
      line: p.startLine,
      endLine: p.endLine,
      col: p.startColumn,
      endColumn: p.endColumn,
    },
    message,
  );
}

export const error = (message: string, properties?: AnnotationProperties): void =>
  annotation("error", message, properties);
export const warning = (message: string, properties?: AnnotationProperties): void =>
  annotation("warning", message, properties);
export const notice = (message: string, properties?: AnnotationProperties): void =>
  annotation("notice", message, properties);

/** Fails the step with one error line. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Appends to one of the runner's command files (GITHUB_OUTPUT, ...), which must exist. */
function appendToFileCommand(command: string, message: string): void {
  const file = process.env[`GITHUB_${command}`];
  if (!file) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${message}${EOL}`, { encoding: "utf8" });
}

/** Sets a step output: a `name<<delimiter` block in GITHUB_OUTPUT (a workflow command without it). */
export function setOutput(name: string, value: unknown): void {
  if (!process.env.GITHUB_OUTPUT) {
    process.stdout.write(EOL);
    issueCommand("set-output", { name }, text(value));
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const v = text(value);
  if (name.includes(delimiter) || v.includes(delimiter))
    throw new Error(`Unexpected input: the output ${name} contains the delimiter`);
  appendToFileCommand("OUTPUT", `${name}<<${delimiter}${EOL}${v}${EOL}${delimiter}`);
}

/** The job summary: Markdown appended to the GITHUB_STEP_SUMMARY file. */
class Summary {
  private buffer = "";

  addRaw(markdown: string): this {
    this.buffer += markdown;
    return this;
  }

  async write(): Promise<void> {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
      throw new Error(
        "Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.",
      );
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(
        `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
      );
    }
    appendFileSync(file, this.buffer, { encoding: "utf8" });
    this.buffer = "";
  }
}

export const summary = new Summary();

/** The runner as a run of the action uses it: main.ts takes one, so tests can hand in a fake. */
export interface Runner {
  getInput(name: string): string;
  setSecret(secret: string): void;
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  setFailed(message: string): void;
  setOutput(name: string, value: unknown): void;
  /** Appends Markdown to the job summary; throws when the runner keeps none. */
  writeSummary(markdown: string): Promise<void>;
}

/** This process's runner: the functions above. */
export const processRunner: Runner = {
  getInput,
  setSecret,
  info,
  debug,
  notice,
  setFailed,
  setOutput,
  writeSummary: (markdown) => summary.addRaw(markdown).write(),
};
