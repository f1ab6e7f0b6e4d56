/**
 * Where a run's findings go: one check run (50 annotations per request), or, when the token may
 * not write check runs, workflow commands printed as `scan --format github` prints them (the
 * runner shows 10 of each kind per step; the job summary lists all).
 */
import { formatExposure } from "../core/checks/score.js";
import { annotate, type AnnotateOptions, type UnitAnnotation } from "../core/annotate.js";
import { workflowCommand } from "../core/format/github.js";
import type { GateFailure } from "../core/gate.js";
import { DiffIndex } from "./diff.js";
import type { Scanned } from "./scan.js";
import type { UnitReport } from "../core/scan.js";
import {
  describeError,
  FORK_TOKEN,
  missingPermission,
  sentence,
  type Annotation,
  type GitHubApi,
} from "./api.js";

/** What a run reports on a commit. */
export interface CheckReport {
  readonly title: string;
  /** Markdown; the job summary's text. */
  readonly summary: string;
  readonly annotations: readonly Annotation[];
  /** Whether the gate failed. */
  readonly failed: boolean;
}

/** What reporting did not manage, for the summary. */
export interface ReportOutcome {
  readonly notes: readonly string[];
}

export interface Reporter {
  report(sha: string, check: CheckReport): Promise<ReportOutcome>;
}

/** The annotations of a run (core/annotate.ts builds them, for every format alike), as the Checks API takes them. */
export function annotationsOf(
  reports: readonly UnitReport[],
  options: AnnotateOptions,
): Annotation[] {
  return annotate(reports, options).map(checkAnnotation);
}

export function checkAnnotation(a: UnitAnnotation): Annotation {
  return {
    path: a.path,
    start_line: a.line,
    end_line: a.endLine,
    annotation_level: a.level,
    title: a.title.slice(0, 255),
    message: a.message,
    ...(a.column !== undefined &&
      a.line === a.endLine && {
        start_column: a.column,
        end_column: Math.max(a.column, a.endColumn ?? a.column),
      }),
  };
}

/** How the action annotates a run: with the base and the diff on a pull request. */
export function actionAnnotateOptions(
  scanned: Pick<Scanned, "config" | "base" | "pullFiles">,
  gate: readonly GateFailure[],
  pull: boolean,
): AnnotateOptions {
  const { config } = scanned;
  if (!pull) return { annotateExposure: config.annotateExposure, gate, context: "action" };
  const diff = new DiffIndex(
    scanned.pullFiles.files
      .filter((f) => f.status !== "removed")
      .map((f) => ({ filename: f.filename, ...(f.patch !== undefined && { patch: f.patch }) })),
  );
  return {
    annotateExposure: config.annotateExposure,
    gate,
    base: scanned.base,
    context: "pull-request",
    suggests: config.fix === "suggest",
    changedLine: (path, line) => diff.changes(path, line),
    inDiff: (path) => diff.has(path),
  };
}

/** The check run's title: what was scored and how many annotations. */
export function checkTitle(reports: readonly UnitReport[], annotations: number): string {
  const scored = reports.filter((r) => r.score);
  const worst = scored.reduce((m, r) => Math.max(m, r.score!.exposure), -1);
  return `${scored.length} unit${scored.length === 1 ? "" : "s"} scored${worst >= 0 ? `, highest exposure ${formatExposure(worst)}` : ""}, ${annotations} annotation${annotations === 1 ? "" : "s"}`;
}

/** Posts a check run (the annotations 50 per request); throws what the API throws. */
export async function postCheckRun(
  api: GitHubApi,
  name: string,
  sha: string,
  check: CheckReport,
): Promise<void> {
  const summary =
    check.summary.length > 65000
      ? `${check.summary.slice(0, 65000)}\n\n…(the full report is in the job summary)`
      : check.summary;
  const output = (annotations: readonly Annotation[]) => ({
    title: check.title,
    summary,
    annotations,
  });
  const id = await api.createCheckRun(
    name,
    sha,
    output(check.annotations.slice(0, 50)),
    check.failed ? "failure" : "success",
  );
  for (let i = 50; i < check.annotations.length; i += 50)
    await api.updateCheckRun(id, output(check.annotations.slice(i, i + 50)));
}

/** Workflow commands on the step's output, 10 of each kind (what the runner shows). */
export function workflowCommandReporter(write: (line: string) => void): Reporter {
  return {
    async report(_sha, check) {
      const kind = { failure: "error", warning: "warning", notice: "notice" } as const;
      const shown = new Map<string, number>();
      let hidden = 0;
      for (const a of check.annotations) {
        const n = shown.get(a.annotation_level) ?? 0;
        if (n >= 10) {
          hidden++;
          continue;
        }
        shown.set(a.annotation_level, n + 1);
        write(
          workflowCommand(
            kind[a.annotation_level],
            {
              title: a.title ?? "harden-units",
              file: a.path,
              line: a.start_line,
              endLine: a.end_line,
              ...(a.start_column !== undefined && { col: a.start_column }),
            },
            a.message,
          ),
        );
      }
      return {
        notes:
          hidden > 0
            ? [
                `GitHub shows 10 annotations of each kind per step; ${hidden} more are listed in the job summary.`,
              ]
            : [],
      };
    },
  };
}

/** A check run; when it cannot be written (a fork's token, missing checks: write), the fallback. */
export function checkRunReporter(api: GitHubApi, name: string, fallback: Reporter): Reporter {
  return {
    async report(sha, check) {
      try {
        await postCheckRun(api, name, sha, check);
        return { notes: [] };
      } catch (e) {
        const refused = missingPermission(e, "write check runs", "checks", FORK_TOKEN);
        const why = `${refused ? sentence(refused) : `The check run could not be written (${describeError(e)})`}, so the findings are workflow annotations instead, and all of them are listed below.`;
        const outcome = await fallback.report(sha, check);
        return { notes: [why, ...outcome.notes] };
      }
    },
  };
}
