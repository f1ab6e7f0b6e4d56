/**
 * What the run is about, from the runner's environment and the event payload: a pull request
 * (its base and head), a push, a merge queue group, a schedule or manual run, or a comment
 * command on a pull request.
 */
import { readFileSync } from "node:fs";
import { shortSha } from "./api.js";
import type {
  IssueCommentEvent,
  MergeGroupEvent,
  PullRequestEvent,
  PushEvent,
  Repository,
  WorkflowDispatchEvent,
} from "@octokit/webhooks-types";

export interface PullRequestInfo {
  readonly number: number;
  readonly baseSha: string;
  readonly baseRef: string;
  readonly headSha: string;
  readonly headRef: string;
  /** owner/name of the repository the head branch lives in. */
  readonly headRepo: string;
  readonly fork: boolean;
  readonly changedFiles: number | undefined;
}

export interface RunContext {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly workspace: string;
  /** The commit the run is about (the pull request's head for pull requests). */
  readonly sha: string;
  /** The ref the run is about (refs/heads/main for a push to main; GITHUB_REF otherwise); "" when unknown. */
  readonly ref: string;
  readonly pull: PullRequestInfo | null;
  /** For push and merge_group: the commit before, to score against. */
  readonly beforeSha: string | null;
  /** A `/harden-units fix` comment: who wrote it, on which pull request number. */
  readonly command: CommentCommand | null;
}

/** A `/harden-units fix` comment on a pull request. */
export interface CommentCommand {
  readonly user: string;
  readonly pull: number;
}

export class EventError extends Error {}

/** schedule has no webhook: the runner writes this small payload itself. */
export interface ScheduleEvent {
  readonly schedule: string;
  readonly workflow: string;
  readonly repository?: Repository;
}

/** The payload of each event the action reads, as GitHub documents it (@octokit/webhooks-types). */
export interface EventPayloads {
  pull_request: PullRequestEvent;
  pull_request_target: PullRequestEvent;
  push: PushEvent;
  merge_group: MergeGroupEvent;
  issue_comment: IssueCommentEvent;
  workflow_dispatch: WorkflowDispatchEvent;
  schedule: ScheduleEvent;
}

/**
 * A payload read from a file: GitHub's shape, but any part of it may be missing or of another
 * type, so each value is checked where it is read (str, num).
 */
export type Unchecked<T> = T extends object
  ? { readonly [K in keyof T]?: Unchecked<T[K]> }
  : T extends null
    ? null
    : unknown;

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

function pullInfo(
  pr: NonNullable<Unchecked<PullRequestEvent>["pull_request"]>,
  repository: string,
): PullRequestInfo {
  const headRepo = str(pr.head?.repo?.full_name) || repository;
  return {
    number: Number(pr.number),
    baseSha: str(pr.base?.sha),
    baseRef: str(pr.base?.ref),
    headSha: str(pr.head?.sha),
    headRef: str(pr.head?.ref),
    headRepo,
    fork: headRepo !== repository,
    changedFiles: num(pr.changed_files),
  };
}

const NULL_SHA = /^0+$/;

/** The event file's payload, read as the event's; {} without one. */
function readPayload(file: string | undefined): Unchecked<EventPayloads[keyof EventPayloads]> {
  if (!file) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new EventError(`cannot read the event payload at ${file}`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new EventError(`the event payload at ${file} is not a JSON object`);
  return parsed;
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner = "", repo = ""] = repository.split("/");
  if (!owner || !repo)
    throw new EventError(
      "GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow",
    );
  const eventName = env.GITHUB_EVENT_NAME ?? "workflow_dispatch";
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const base = {
    eventName,
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    serverUrl,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    ref: ("ref" in payload && str(payload.ref)) || (env.GITHUB_REF ?? ""),
  };
  const sha = env.GITHUB_SHA ?? "";
  const none = { pull: null, beforeSha: null, command: null };
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const { pull_request } = payload as Unchecked<EventPayloads["pull_request"]>;
    if (pull_request && typeof pull_request === "object") {
      const pull = pullInfo(pull_request, repository);
      if (!Number.isInteger(pull.number) || !pull.headSha || !pull.baseSha)
        throw new EventError(
          `the ${eventName} payload at ${env.GITHUB_EVENT_PATH} has no pull request number, head or base commit`,
        );
      return { ...base, ...none, sha: pull.headSha, pull };
    }
  }
  if (eventName === "issue_comment") {
    const { issue, comment } = payload as Unchecked<EventPayloads["issue_comment"]>;
    const body = str(comment?.body).trim();
    const command =
      issue?.pull_request && /^\/harden-units\s+fix\b/.test(body)
        ? { user: str(comment?.user?.login), pull: Number(issue.number) }
        : null;
    return { ...base, ...none, sha, command };
  }
  if (eventName === "merge_group") {
    const group = (payload as Unchecked<EventPayloads["merge_group"]>).merge_group;
    return {
      ...base,
      ...none,
      sha: str(group?.head_sha) || sha,
      beforeSha: str(group?.base_sha) || null,
    };
  }
  if (eventName === "push") {
    const push = payload as Unchecked<EventPayloads["push"]>;
    const before = str(push.before);
    return {
      ...base,
      ...none,
      sha: str(push.after) || sha,
      beforeSha: before && !NULL_SHA.test(before) ? before : null,
    };
  }
  return { ...base, ...none, sha };
}

/** One line saying what this run looks at. */
export function describeRun(ctx: RunContext): string {
  if (ctx.command)
    return `/harden-units command by ${ctx.command.user} on pull request #${ctx.command.pull}`;
  if (ctx.pull)
    return `pull request #${ctx.pull.number}, ${shortSha(ctx.pull.headSha)} against ${ctx.pull.baseRef || shortSha(ctx.pull.baseSha)}`;
  return `${ctx.eventName} at ${shortSha(ctx.sha)}${ctx.beforeSha ? ` (before: ${shortSha(ctx.beforeSha)})` : ""}`;
}

/** A file of commit `sha` on GitHub, at a line: the links of the job summary. */
export function fileLink(ctx: RunContext, sha: string): (path: string, line?: number) => string {
  return (path, line) =>
    `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${sha}/${path.split("/").map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`;
}
