/**
 * Helpers for the end-to-end tests of the autofix bot (action-fix.test.ts): a repository with
 * units, the local GitHub API server around it, a workspace checked out at a pull request's head,
 * the issue_comment payload of a `/harden-units fix` comment, and readers of what the server saw.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import webhookExamples from "@octokit/webhooks-examples";
import {
  checkout,
  createRepo,
  tempDir,
  type FixtureCommit,
  type RepoFixture,
} from "./git-fixture.js";
import {
  startGitHubServer,
  type GitHubServer,
  type GitHubServerOptions,
  type Hold,
  type RecordedRequest,
} from "./github-server.js";
import { HUNG_MS, runAction, type ActionRun, type ReadReport } from "./run-action.js";
import type { IssueCommentCreatedEvent, IssueCommentEvent } from "@octokit/webhooks-types";

export const OWNER = "acme";
export const REPO = "shop";
/** Checks, contents and pull requests: write (a workflow with `contents: write`). */
export const WRITER = "ghs_writerTOKEN0123456789abcdefABCDEF";
/** The default token of a workflow without `contents: write`. */
export const NO_CONTENTS = "ghs_nocontentsTOKEN0123456789abcdefAB";
/** A token whose commits would start workflows (an app token or a PAT), for `commit-token`. */
export const APP_TOKEN = "ghp_appTOKEN0123456789abcdefABCDEF0123";

export const TOKENS: GitHubServerOptions["tokens"] = {
  [WRITER]: { checks: "write", contents: "write", pullRequests: "write", issues: "write" },
  [NO_CONTENTS]: { checks: "write", contents: "read", pullRequests: "write", issues: "write" },
  [APP_TOKEN]: {
    checks: "write",
    contents: "write",
    pullRequests: "write",
    issues: "write",
    login: "harden-bot[bot]",
  },
};

/** A new unit: its [Service] section (lines 5-8) is all inside the pull request's one hunk. */
export const WEB = [
  "[Unit]",
  "Description=Web frontend",
  "After=network.target",
  "",
  "[Service]",
  "Type=simple",
  "ExecStart=/usr/bin/web --port 8080",
  "Restart=on-failure",
  "",
  "[Install]",
  "WantedBy=multi-user.target",
  "",
].join("\n");

/** A unit on the base branch whose pull request only changes line 2: the hunk ends at line 5, [Service] starts at 9. */
export const API_BASE = [
  "[Unit]",
  "Description=API server",
  "Documentation=https://example.com/api",
  "After=network-online.target",
  "Wants=network-online.target",
  "StartLimitIntervalSec=60",
  "StartLimitBurst=5",
  "",
  "[Service]",
  "ExecStart=/usr/bin/api",
  "User=api",
  "",
  "[Install]",
  "WantedBy=multi-user.target",
  "",
].join("\n");
export const API_HEAD = API_BASE.replace("Description=API server", "Description=API server (v2)");

export interface Fixture {
  readonly repo: RepoFixture;
  readonly server: GitHubServer;
  /** A workspace checked out at the head of `pull` (what actions/checkout gives a pull_request run). */
  workspaceAt(sha: string): string;
}

const cleanups: (() => Promise<void>)[] = [];

export async function closeAll(): Promise<void> {
  for (const c of cleanups.splice(0)) await c();
}

export async function fixture(
  commits: readonly FixtureCommit[],
  options: Partial<GitHubServerOptions> = {},
): Promise<Fixture> {
  const repo = createRepo(path.join(tempDir("hu-fix-"), "repo.git"), commits);
  const server = await startGitHubServer({
    gitDir: repo.gitDir,
    owner: OWNER,
    repo: REPO,
    tokens: TOKENS,
    ...options,
  });
  cleanups.push(() => server.close());
  return {
    repo,
    server,
    workspaceAt(sha) {
      const ws = tempDir("hu-ws-");
      checkout(repo.gitDir, ws, sha, { git: true });
      return ws;
    },
  };
}

/** Runs the action for a pull_request event of pull request `number` at its current head. */
export async function runOnPull(
  f: Fixture,
  number: number,
  inputs: Record<string, string>,
  action = "opened",
  extra: Record<string, unknown> = {},
): Promise<ActionRun> {
  const event = f.server.pullRequestEvent(number, action, extra);
  return runAction({
    inputs,
    env: f.server.pullRequestEnv(number),
    event,
    workspace: f.workspaceAt(event.pull_request.head.sha),
  });
}

/**
 * The issue_comment payload GitHub sends for a new comment on pull request `number`, shaped after
 * @octokit/webhooks-examples (an issue that is a pull request carries `issue.pull_request`).
 */
export function commentEvent(
  server: GitHubServer,
  number: number,
  login: string,
  body: string,
): object {
  const examples = (
    webhookExamples as unknown as { name: string; examples: IssueCommentEvent[] }[]
  ).find((w) => w.name === "issue_comment")!.examples;
  const example = structuredClone(
    examples.find((e): e is IssueCommentCreatedEvent => e.action === "created")!,
  );
  const pr = server.pullRequestEvent(number).pull_request;
  const repository = server.pullRequestEvent(number).repository;
  const user = {
    ...example.comment.user,
    login,
    id: 424242,
    html_url: `https://github.com/${login}`,
  };
  const issueUrl = `${server.url}/repos/${OWNER}/${REPO}/issues/${number}`;
  return {
    ...example,
    action: "created",
    issue: {
      ...example.issue,
      url: issueUrl,
      html_url: pr.html_url,
      number,
      title: pr.title,
      user: pr.user,
      state: "open",
      pull_request: {
        url: pr.url,
        html_url: pr.html_url,
        diff_url: pr.diff_url,
        patch_url: pr.patch_url,
        merged_at: null,
      },
    },
    comment: {
      ...example.comment,
      id: 777001,
      issue_url: issueUrl,
      user,
      body,
      author_association: "NONE",
    },
    repository,
    sender: user,
  };
}

/** Runs the action for an issue_comment event (the workflow runs on the default branch). */
export async function runOnComment(
  f: Fixture,
  number: number,
  login: string,
  body: string,
  inputs: Record<string, string>,
): Promise<ActionRun> {
  const env = { ...f.server.pullRequestEnv(number) };
  const main = f.server.branchSha("main");
  Object.assign(env, {
    GITHUB_EVENT_NAME: "issue_comment",
    GITHUB_REF: "refs/heads/main",
    GITHUB_REF_NAME: "main",
    GITHUB_SHA: main,
    GITHUB_HEAD_REF: "",
    GITHUB_BASE_REF: "",
  });
  return runAction({
    inputs,
    env,
    event: commentEvent(f.server, number, login, body),
    workspace: f.workspaceAt(main),
  });
}

/** "METHOD operationId status" for each request from index `from` on. */
export function calls(server: GitHubServer, from = 0): string[] {
  return server.requests
    .slice(from)
    .map((r) => `${r.method} ${r.operationId ?? r.path} ${r.status}`);
}

/** The requests that change something on GitHub. */
export function writes(server: GitHubServer, from = 0): RecordedRequest[] {
  return server.requests.slice(from).filter((r) => r.method !== "GET" && r.method !== "HEAD");
}

/**
 * Waits until the request `hold` holds has arrived (the action now waits for its answer), or
 * fails when the action finished without making it. No clock: the test acts, then releases it.
 */
export async function arrived(hold: Hold, running: Promise<ActionRun>): Promise<void> {
  const first = await Promise.race([
    hold.arrived.then(() => "arrived" as const),
    running.then(() => "finished" as const),
  ]);
  if (first === "finished") throw new Error("the action finished without the held request");
}

/** Everything the bot wrote where people or programs read it: no token may appear in any of it. */
export function publicText(server: GitHubServer, run: ActionRun): string {
  // ::add-mask:: is how the runner learns to hide the token: the one line allowed to carry it.
  const stdout = run.stdout
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
  return [
    JSON.stringify(server.state),
    run.summary,
    JSON.stringify(run.outputs),
    JSON.stringify(run.report),
    stdout,
    run.stderr,
  ].join("\n");
}

/** The settings lines (key=value) of a drop-in, in order. */
export function settingsOf(dropin: string): string[] {
  return dropin.split("\n").filter((l) => l !== "" && !l.startsWith("#") && !l.startsWith("["));
}

/** The content of a ```suggestion block (fence of any length) in a comment body, or null. */
export function suggestionOf(body: string): string | null {
  const m = /^(`{3,})suggestion\n([\s\S]*?)\n\1$/m.exec(body);
  return m ? m[2]! : null;
}

/** Scores files with the built CLI (run asynchronously, as everything in this process must be). */
export async function cliScan(files: Record<string, string>): Promise<ReadReport> {
  const dir = tempDir("hu-cli-");
  for (const [p, content] of Object.entries(files)) {
    const abs = path.join(dir, p);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  const cli = path.resolve(import.meta.dirname, "../../dist/cli/index.js");
  const child = spawn(process.execPath, [cli, "scan", dir, "--format", "json"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  const hung = setTimeout(() => child.kill("SIGKILL"), HUNG_MS);
  await new Promise((res) => child.on("close", res));
  clearTimeout(hung);
  return JSON.parse(out) as ReadReport;
}
