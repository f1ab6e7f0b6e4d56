/**
 * The action: settings -> context -> scan -> fix -> report -> outputs -> gate. The one error
 * boundary: whatever goes wrong is one line through runner.setFailed, never a stack trace. Writes
 * GitHub refuses (a fork's read-only token, missing permissions) never fail the step by
 * themselves: each step returns what it could not do, and the summary says it once.
 */
import { annotate } from "./core/annotate.js";
import { ConfigError, gateOptions } from "./core/config.js";
import { formatText } from "./core/format/text.js";
import { summaryMarkdown } from "./core/format/markdown.js";
import { gateFailures, gateLine } from "./core/gate.js";
import { PolicyFileError } from "./core/policy.js";
import {
  createApi,
  describeError,
  offlineApi,
  requestOf,
  type ApiOptions,
  type GitHubApi,
} from "./github/api.js";
import { runCommand } from "./github/command.js";
import {
  describeRun,
  EventError,
  fileLink,
  readRunContext,
  type RunContext,
} from "./github/event.js";
import { fixPullRequest, proposedOnly, type FixApis } from "./github/fix.js";
import { hardeningPullRequest, hardeningPullRequestApplies } from "./github/hardening-pr.js";
import {
  baseExposureExtras,
  setFixOutputs,
  setOutputs,
  writeJobSummary,
  writeReportFiles,
} from "./github/outputs.js";
import {
  actionAnnotateOptions,
  checkAnnotation,
  checkRunReporter,
  checkTitle,
  workflowCommandReporter,
} from "./github/reporter.js";
import { processRunner, type Runner } from "./github/runner.js";
import { scanHead } from "./github/scan.js";
import { readSettings, type Settings } from "./settings.js";
import { VERSION } from "./version.js";

/** What a run takes from outside: the runner, its environment and GitHub (tests hand in fakes). */
export interface RunDeps {
  readonly runner: Runner;
  readonly env: NodeJS.ProcessEnv;
  readonly createApi: (options: ApiOptions) => GitHubApi;
}

const PROCESS: RunDeps = { runner: processRunner, env: process.env, createApi };

export async function run(deps: RunDeps = PROCESS): Promise<void> {
  const { runner, env } = deps;
  try {
    const settings = readSettings((name) => runner.getInput(name));
    for (const token of [settings.token, settings.commitToken]) if (token) runner.setSecret(token);
    const ctx = readRunContext(env);
    runner.info(`harden-units ${VERSION}: ${describeRun(ctx)}`);
    const apis = connect(deps, settings, ctx);
    if (ctx.eventName === "issue_comment") return await answerComment(runner, ctx, apis, settings);

    const pull = ctx.pull;
    const scanned = await scanHead(ctx, apis.api, settings.given, pull);
    const { reports, config } = scanned;
    const gate = gateFailures(reports, gateOptions(config, scanned.base));
    // fix: pull-request opens the hardening pull request on schedule, workflow_dispatch and pushes to the default branch; on a pull request it posts nothing.
    const fix =
      pull && (config.fix === "suggest" || config.fix === "commit")
        ? await fixPullRequest(apis, config.fix, pull, scanned)
        : hardeningPullRequestApplies(ctx, config.fix)
          ? await hardeningPullRequest(apis, ctx, scanned)
          : proposedOnly(reports);
    if (fix.notice) runner.notice(fix.notice.message, { title: fix.notice.title });

    const annotated = annotate(reports, actionAnnotateOptions(scanned, gate, pull !== null));
    const summary = (notes: readonly string[]) =>
      summaryMarkdown(reports, {
        link: fileLink(ctx, scanned.head.sha),
        base: scanned.base,
        gate,
        annotations: annotated,
        notes: [...notes],
      });
    const annotations = annotated.map(checkAnnotation);
    const reporter = checkRunReporter(
      apis.api,
      settings.checkName,
      workflowCommandReporter((line) => runner.info(line)),
    );
    const notes = [...scanned.notes, ...fix.notes];
    const reported = await reporter.report(scanned.head.sha, {
      title: checkTitle(reports, annotations.length),
      summary: summary(notes),
      annotations,
      failed: gate.length > 0,
    });
    runner.info(formatText(reports, baseExposureExtras(scanned.base), { topChecks: 10 }));
    await writeJobSummary(runner, summary([...notes, ...reported.notes]));

    setOutputs(
      runner,
      reports,
      writeReportFiles(reports, scanned.base, {
        tempDir: env.RUNNER_TEMP ?? "",
        workspace: ctx.workspace,
        file: settings.sarifFile,
        annotations: annotated,
      }),
      fix,
    );
    if (gate.length > 0) runner.setFailed(`harden-units: ${gateLine(gate)}`);
  } catch (e) {
    const known =
      e instanceof ConfigError || e instanceof EventError || e instanceof PolicyFileError;
    runner.setFailed(
      `harden-units: ${known ? (e as Error).message : `the scan could not run: ${describeError(e)}${requestOf(e)}`}`,
    );
  }
}

/** The API clients: the token's, and the commit token's for fix commits (the same without one). */
function connect(deps: RunDeps, settings: Settings, ctx: RunContext): FixApis {
  const { runner } = deps;
  // HARDEN_UNITS_API_TIMEOUT_MS: the timeout of one API attempt (default 30 s), for a slow GitHub Enterprise Server and for tests.
  const timeoutMs = Number(deps.env.HARDEN_UNITS_API_TIMEOUT_MS) || undefined;
  const client = (token: string) =>
    deps.createApi({
      token,
      baseUrl: ctx.apiUrl,
      owner: ctx.owner,
      repo: ctx.repo,
      log: (m) => runner.info(m),
      debug: (m) => runner.debug(m),
      ...(timeoutMs && { timeoutMs }),
    });
  const api = settings.token ? client(settings.token) : offlineApi("no github-token was given");
  return {
    api,
    commitApi: settings.commitToken ? client(settings.commitToken) : api,
    checkName: settings.checkName,
    commitsStartRuns: settings.commitToken !== null,
  };
}

/** An issue comment: `/harden-units fix` commits the drop-ins; any other comment is none of ours. */
async function answerComment(
  runner: Runner,
  ctx: RunContext,
  apis: FixApis,
  settings: Settings,
): Promise<void> {
  if (!ctx.command)
    return runner.info("harden-units: the comment is not a /harden-units command; nothing to do");
  const outcome = await runCommand(ctx, ctx.command, apis, settings.given);
  if (outcome.done) setFixOutputs(runner, outcome.fix);
  else runner.info(outcome.log);
}
