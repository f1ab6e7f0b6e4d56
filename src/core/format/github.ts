/**
 * GitHub Actions workflow commands (`scan --format github`), for running the CLI in a workflow
 * step without the action: one `::error|warning|notice file=…,line=…::message` per open finding,
 * and one `::error` per unit above the exposure limit. Properties and message are escaped exactly
 * as @actions/core escapes them, so a message with `%`, `:`, `,` or a newline arrives whole.
 */
import { locate, type Finding } from "../findings.js";
import type { UnitReport } from "../scan.js";
import { EXPOSURE_RULE, exposureAboveLimit } from "./sarif.js";

/** @actions/core's escapeData: the message after `::`. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** @actions/core's escapeProperty: a value in `key=value,…`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export interface CommandProperties {
  readonly title: string;
  readonly file: string;
  readonly line: number;
  readonly endLine?: number;
  readonly col?: number;
  readonly endColumn?: number;
}

/**
 * `::command key=value,…::message`, as the runner parses it and as @actions/core writes it: the
 * properties in their order, empty ones (undefined, "", 0) left out, values that are not text as
 * JSON.
 */
export function commandLine(command: string, properties: Readonly<Record<string, unknown>>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(typeof v === "string" ? v : JSON.stringify(v))}`)
    .join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}

/** One annotation, properties in @actions/core's order (title, file, line, endLine, col, endColumn). */
export function workflowCommand(command: "error" | "warning" | "notice", p: CommandProperties, message: string): string {
  return commandLine(command, { title: p.title, file: p.file, line: p.line, endLine: p.endLine, col: p.col, endColumn: p.endColumn }, message);
}

/**
 * The findings of a run that are not suppressed and not reported yet: a finding in a drop-in
 * shared by several units (`service.d/x.conf`) is reported once.
 */
export class OpenFindings {
  private readonly seen = new Set<string>();

  of(r: UnitReport): Finding[] {
    const out: Finding[] = [];
    for (const f of r.findings) {
      if (f.suppressed !== undefined) continue;
      const at = locate(f);
      const key = JSON.stringify([f.path, at.line, at.column, f.id, f.message]);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      out.push(f);
    }
    return out;
  }
}

export interface CiFormatOptions {
  /** Exposure limit (0..10): units above it get an `exposure-above-limit` issue. */
  readonly maxExposure?: number;
}

/** Workflow commands for one unit's report, in order; `open` carries what earlier units reported. */
export function githubCommands(r: UnitReport, open: OpenFindings, options: CiFormatOptions = {}): string[] {
  const lines = open.of(r).map((f) => {
    const at = locate(f);
    return workflowCommand(f.severity, { title: `harden-units: ${f.id}`, file: f.path, line: at.line, endLine: at.endLine, col: at.column, endColumn: at.endColumn }, `${f.message} [${f.id}]`);
  });
  const above = exposureAboveLimit(r, options.maxExposure);
  if (above !== null) lines.push(workflowCommand("error", { title: `harden-units: ${EXPOSURE_RULE.id}`, file: r.path, line: 1 }, `${above} [${EXPOSURE_RULE.id}]`));
  return lines;
}
