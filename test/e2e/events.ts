/**
 * Event payloads and runner variables for the events other than pull_request (push,
 * workflow_dispatch, schedule, merge_group, pull_request_target), shaped from GitHub's own
 * examples in @octokit/webhooks-examples with this test's repository and commits put in.
 */
import webhookExamples from "@octokit/webhooks-examples";
import type { Repository } from "@octokit/webhooks-types";
import type { EventPayloads } from "../../src/github/event.js";
import type { GitHubServer } from "./github-server.js";

/** A payload and the runner's variables for it. */
interface Run<E> {
  event: E;
  env: Record<string, string>;
}

/** A copy of GitHub's example payload of `name`, typed as @octokit/webhooks-types says it is. */
function example<N extends keyof EventPayloads>(
  name: N,
  pick: (e: EventPayloads[N]) => boolean = () => true,
): EventPayloads[N] {
  const entry = (
    webhookExamples as unknown as { name: string; examples: EventPayloads[N][] }[]
  ).find((e) => e.name === name);
  const found = entry?.examples.find(pick);
  if (!found) throw new Error(`no ${name} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}

/** The repository object as the server's pull_request payloads carry it (any pull request will do). */
function repository(
  server: GitHubServer,
  anyPull: number | undefined,
  owner: string,
  repo: string,
): Repository {
  if (anyPull !== undefined) return server.pullRequestEvent(anyPull).repository as Repository;
  const r = example("push").repository;
  return {
    ...r,
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: { ...r.owner, login: owner, name: owner },
  };
}

/** The variables the runner sets for a run of `event` at `sha` on `ref`. */
export function runnerEnv(
  server: GitHubServer,
  owner: string,
  repo: string,
  event: string,
  sha: string,
  ref: string,
): Record<string, string> {
  return {
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_GRAPHQL_URL: `${server.url}/graphql`,
    GITHUB_REPOSITORY: `${owner}/${repo}`,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_EVENT_NAME: event,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ""),
    GITHUB_REF_TYPE: "branch",
    GITHUB_SHA: sha,
    GITHUB_ACTIONS: "true",
    CI: "true",
  };
}

export interface Target {
  server: GitHubServer;
  owner: string;
  repo: string;
  /** A pull request number of the server, for its repository object. */
  anyPull?: number;
}

export function pushEvent(
  t: Target,
  branch: string,
  before: string,
  after: string,
): Run<EventPayloads["push"]> {
  const e = example("push", (x) => x.ref.startsWith("refs/heads/") && x.head_commit !== null);
  e.ref = `refs/heads/${branch}`;
  e.before = before;
  e.after = after;
  e.created = /^0+$/.test(before);
  e.compare = `https://github.com/${t.owner}/${t.repo}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`;
  e.head_commit = { ...e.head_commit!, id: after };
  e.commits = [{ ...e.head_commit }];
  e.repository = repository(t.server, t.anyPull, t.owner, t.repo);
  return {
    event: e,
    env: runnerEnv(t.server, t.owner, t.repo, "push", after, `refs/heads/${branch}`),
  };
}

export function workflowDispatchEvent(
  t: Target,
  branch: string,
  sha: string,
): Run<EventPayloads["workflow_dispatch"]> {
  const e = example("workflow_dispatch");
  e.ref = `refs/heads/${branch}`;
  e.repository = repository(t.server, t.anyPull, t.owner, t.repo);
  return {
    event: e,
    env: runnerEnv(t.server, t.owner, t.repo, "workflow_dispatch", sha, `refs/heads/${branch}`),
  };
}

/** schedule has no webhook (the runner writes this small payload); it runs on the default branch. */
export function scheduleEvent(
  t: Target,
  branch: string,
  sha: string,
): Run<EventPayloads["schedule"]> {
  const e = {
    schedule: "17 4 * * 1",
    workflow: ".github/workflows/units.yml",
    repository: repository(t.server, t.anyPull, t.owner, t.repo),
  };
  return {
    event: e,
    env: runnerEnv(t.server, t.owner, t.repo, "schedule", sha, `refs/heads/${branch}`),
  };
}

export function mergeGroupEvent(
  t: Target,
  baseBranch: string,
  baseSha: string,
  headSha: string,
  pull: number,
): Run<EventPayloads["merge_group"]> {
  const e = example("merge_group");
  const headRef = `refs/heads/gh-readonly-queue/${baseBranch}/pr-${pull}-${baseSha}`;
  e.merge_group = {
    ...e.merge_group,
    head_sha: headSha,
    head_ref: headRef,
    base_sha: baseSha,
    base_ref: `refs/heads/${baseBranch}`,
    head_commit: { ...e.merge_group.head_commit, id: headSha },
  };
  e.repository = repository(t.server, t.anyPull, t.owner, t.repo);
  return { event: e, env: runnerEnv(t.server, t.owner, t.repo, "merge_group", headSha, headRef) };
}

/**
 * pull_request_target: the pull_request payload, but the run is on the base branch (GITHUB_SHA is
 * its tip, GITHUB_REF the branch), with the base branch's workflow and a writable token.
 */
export function pullRequestTargetEvent(
  t: Target,
  pull: number,
  action: string,
  baseBranch: string,
): Run<EventPayloads["pull_request_target"]> {
  // The server builds the payload from its own state (the API's shapes), not from a webhook example.
  const event = t.server.pullRequestEvent(
    pull,
    action,
  ) as unknown as EventPayloads["pull_request_target"];
  return {
    event,
    env: runnerEnv(
      t.server,
      t.owner,
      t.repo,
      "pull_request_target",
      t.server.branchSha(baseBranch),
      `refs/heads/${baseBranch}`,
    ),
  };
}
