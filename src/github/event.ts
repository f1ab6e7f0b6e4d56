/**
 * What the run is about, from the runner's environment and the event payload: a pull request
 * (its base and head), a push, a merge queue group, a schedule or manual run, or a comment
 * command on a pull request.
 */
import { readFileSync } from "node:fs";

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

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === "object" ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === "string" ? v : "");

function pullInfo(pr: Json, repository: string): PullRequestInfo {
  const base = obj(pr.base);
  const head = obj(pr.head);
  const headRepo = str(obj(head.repo).full_name) || repository;
  return {
    number: Number(pr.number),
    baseSha: str(base.sha),
    baseRef: str(base.ref),
    headSha: str(head.sha),
    headRef: str(head.ref),
    headRepo,
    fork: headRepo !== repository,
    changedFiles: typeof pr.changed_files === "number" ? pr.changed_files : undefined,
  };
}

const NULL_SHA = /^0+$/;

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner = "", repo = ""] = repository.split("/");
  if (!owner || !repo)
    throw new EventError(
      "GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow",
    );
  const eventName = env.GITHUB_EVENT_NAME ?? "workflow_dispatch";
  let payload: Json = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = obj(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")));
    } catch {
      throw new EventError(`cannot read the event payload at ${env.GITHUB_EVENT_PATH}`);
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const base = {
    eventName,
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    serverUrl,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    ref: str(payload.ref) || (env.GITHUB_REF ?? ""),
  };
  const sha = env.GITHUB_SHA ?? "";
  if (
    (eventName === "pull_request" || eventName === "pull_request_target") &&
    payload.pull_request
  ) {
    const pull = pullInfo(obj(payload.pull_request), repository);
    return { ...base, sha: pull.headSha, pull, beforeSha: null, command: null };
  }
  if (eventName === "issue_comment") {
    const issue = obj(payload.issue);
    const comment = obj(payload.comment);
    const body = str(comment.body).trim();
    const command =
      issue.pull_request && /^\/harden-units\s+fix\b/.test(body)
        ? { user: str(obj(comment.user).login), pull: Number(issue.number) }
        : null;
    return { ...base, sha, pull: null, beforeSha: null, command };
  }
  if (eventName === "merge_group") {
    const group = obj(payload.merge_group);
    return {
      ...base,
      sha: str(group.head_sha) || sha,
      pull: null,
      beforeSha: str(group.base_sha) || null,
      command: null,
    };
  }
  if (eventName === "push") {
    const before = str(payload.before);
    return {
      ...base,
      sha: str(payload.after) || sha,
      pull: null,
      beforeSha: before && !NULL_SHA.test(before) ? before : null,
      command: null,
    };
  }
  return { ...base, sha, pull: null, beforeSha: null, command: null };
}
