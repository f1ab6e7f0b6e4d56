/**
 * Tests of the fake GitHub API server itself (test/e2e/github-server.ts), with @octokit/rest and
 * the retry and throttling plugins as the client, as the action uses them.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { E2E_TEST_TIMEOUT_MS } from "./run-action.js";
import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import {
  computeDiff,
  loadSpec,
  matchOperation,
  startGitHubServer,
  validateResponse,
  type GitHubServer,
} from "./github-server.js";
import {
  checkout,
  createRepo,
  git,
  manyFiles,
  mergeCommit,
  tempDir,
  type RepoFixture,
} from "./git-fixture.js";
import webhookExamples from "@octokit/webhooks-examples";
import type { PullRequestEvent } from "@octokit/webhooks-types";

// A hang detector, not a speed limit: see E2E_TEST_TIMEOUT_MS.
vi.setConfig({ testTimeout: E2E_TEST_TIMEOUT_MS, hookTimeout: E2E_TEST_TIMEOUT_MS });

const Client = Octokit.plugin(retry, throttling);
const silent = { debug() {}, info() {}, warn() {}, error() {} };

const OWNER = "acme";
const REPO = "units";
const WRITE = "ghs_write_all";
const READ = "ghs_read_only";
const NO_CHECKS = "ghs_no_checks";

const WEB_V1 = [
  "[Unit]",
  "Description=Web",
  "After=network.target",
  "",
  "[Service]",
  "Type=simple",
  "User=www",
  "Group=www",
  "WorkingDirectory=/srv/www",
  "ExecStart=/usr/bin/web --port 8080",
  "ExecReload=/bin/kill -HUP $MAINPID",
  "Restart=on-failure",
  "RestartSec=2",
  "LimitNOFILE=65536",
  "Environment=A=1",
  "Environment=B=2",
  "NoNewPrivileges=yes",
  "PrivateTmp=no",
  "",
  "[Install]",
  "WantedBy=multi-user.target",
  "",
].join("\n");
// lines 3 and 18 change: two hunks, new-side lines 1-6 and 15-21
const WEB_V2 = WEB_V1.replace("After=network.target", "After=network-online.target").replace(
  "PrivateTmp=no",
  "PrivateTmp=yes",
);
const RENAME_ME =
  Array.from({ length: 12 }, (_, i) => `Line${i + 1}=value ${i + 1}`).join("\n") + "\n";
const BINARY = Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 10, 0]);

let repo: RepoFixture;
let workDir: string;
let server: GitHubServer;
let seen = 0;

function client(
  token: string | undefined,
  options: { throttle?: boolean; onSecondary?: (after: number) => void } = {},
) {
  return new Client({
    ...(token !== undefined ? { auth: token } : {}),
    baseUrl: server.url,
    userAgent: "harden-units-e2e",
    log: silent,
    retry: { retryAfterBaseValue: 5 },
    throttle: options.throttle
      ? {
          onRateLimit: () => false,
          onSecondaryRateLimit: (after: number, _o: unknown, _k: unknown, count: number) => {
            options.onSecondary?.(after);
            return count < 2;
          },
        }
      : { enabled: false, onRateLimit: () => false, onSecondaryRateLimit: () => false },
  });
}

/** The violations since the last call (and forgets them). */
function newViolations(): string[] {
  const v = server.violations.slice(seen);
  seen = server.violations.length;
  return v;
}

/** GitHub's error body. */
interface ErrorData {
  message: string;
  documentation_url?: string;
  /** Objects with a message, or plain strings from some endpoints (reviews, trees). */
  errors: { message: string }[];
  status?: string;
}

async function failure(
  p: Promise<unknown>,
): Promise<{ status: number; data: ErrorData; headers: Record<string, string> }> {
  try {
    await p;
  } catch (e) {
    const err = e as {
      status?: number;
      response?: { data: ErrorData; headers: Record<string, string> };
    };
    if (err.status === undefined || !err.response) throw e;
    return { status: err.status, data: err.response.data, headers: err.response.headers };
  }
  throw new Error("the request succeeded");
}

const ctx = { owner: OWNER, repo: REPO };

beforeAll(async () => {
  workDir = tempDir("hu-server-test-");
  repo = createRepo(path.join(workDir, "repo.git"), [
    {
      branch: "main",
      message: "initial",
      files: {
        "README.md": "# units\n",
        "units/web.service": WEB_V1,
        "units/old.service": "[Service]\nExecStart=/bin/old\n",
        "units/rename-me.service": RENAME_ME,
        "bin.dat": BINARY,
      },
    },
    {
      branch: "feature",
      message: "harden web, rename, add, delete",
      files: {
        "units/web.service": WEB_V2,
        "units/old.service": null,
        "units/renamed.service": RENAME_ME.replace("Line5=value 5", "Line5=changed"),
        "units/rename-me.service": null,
        "units/new.service": "[Service]\nExecStart=/bin/new\nNoNewPrivileges=yes",
        "bin.dat": Buffer.concat([BINARY, BINARY]),
      },
    },
    { branch: "main", message: "main moves on", files: { "README.md": "# units\n\nmore\n" } },
    { branch: "many250", from: "main", message: "250 files", files: manyFiles(250) },
    { branch: "many3100", from: "main", message: "3100 files", files: manyFiles(3100) },
    {
      branch: "fork-feature",
      from: "main",
      message: "a contribution",
      files: { "units/fork.service": "[Service]\nExecStart=/bin/fork\n" },
    },
  ]);
  server = await startGitHubServer({
    gitDir: repo.gitDir,
    owner: OWNER,
    repo: REPO,
    pulls: [
      { number: 1, base: "main", head: "feature", title: "Harden web" },
      { number: 2, base: "main", head: "many250" },
      { number: 3, base: "main", head: "many3100" },
      { number: 4, base: "main", head: "fork-feature", headRepo: "contrib/fork", user: "contrib" },
    ],
    tokens: {
      [WRITE]: { checks: "write", contents: "write", pullRequests: "write", issues: "write" },
      [READ]: { checks: "read", contents: "read", pullRequests: "read", issues: "read" },
      [NO_CHECKS]: { contents: "write", pullRequests: "write", issues: "write", checks: "none" },
    },
    collaborators: { octocat: "write", triager: "triage" },
    validateResponses: true,
  });
});

let warningsSeen = 0;
afterEach(() => {
  expect(newViolations()).toEqual([]);
  // the only warnings the tests provoke on purpose: subject_type in a review's comments
  expect(server.warnings.slice(warningsSeen).filter((w) => !w.includes("subject_type"))).toEqual(
    [],
  );
  warningsSeen = server.warnings.length;
  expect(server.responseViolations).toEqual([]);
});

afterAll(async () => {
  await server?.close();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe("OpenAPI index", () => {
  test("finds operations by method and path, with encoded and greedy parameters", () => {
    expect(matchOperation("GET", "/repos/a/b/pulls/1/files")?.op.operationId).toBe(
      "pulls/list-files",
    );
    expect(matchOperation("PATCH", "/repos/a/b/pulls/comments/5")?.op.operationId).toBe(
      "pulls/update-review-comment",
    );
    expect(matchOperation("GET", "/repos/a/b/contents/dir%2Fa.service")?.params.path).toBe(
      "dir/a.service",
    );
    expect(matchOperation("GET", "/repos/a/b/contents/dir/a.service")?.params.path).toBe(
      "dir/a.service",
    );
    expect(matchOperation("GET", "/repos/a/b/git/ref/heads/feature/x")?.params.ref).toBe(
      "heads/feature/x",
    );
    expect(matchOperation("GET", "/repos/a/b/commits/feature/x/check-runs")?.op.operationId).toBe(
      "checks/list-for-ref",
    );
    expect(matchOperation("GET", "/repos/a/b/nothing-here")).toBeNull();
    expect(loadSpec().full.get("pulls/create-review")?.requestSchema).toBeDefined();
  });
});

describe("pull requests", () => {
  test("pulls.get is shaped as GitHub's and points at the backing repository", async () => {
    const { data, headers } = await client(WRITE).rest.pulls.get({ ...ctx, pull_number: 1 });
    expect(validateResponse("pulls/get", 200, data)).toEqual([]);
    expect(data.number).toBe(1);
    expect(data.state).toBe("open");
    expect(data.user?.login).toBe("octocat");
    expect(data.head.ref).toBe("feature");
    expect(data.head.sha).toBe(repo.branches.feature);
    expect(data.base.sha).toBe(repo.branches.main);
    expect(data.head.repo?.full_name).toBe(`${OWNER}/${REPO}`);
    expect(data.head.repo?.fork).toBe(false);
    expect(data.changed_files).toBe(5);
    expect(data.mergeable).toBe(true);
    const merge = data.merge_commit_sha!;
    expect(
      git(["rev-list", "--parents", "-n", "1", merge], { gitDir: repo.gitDir }).split(" "),
    ).toEqual([merge, repo.branches.main, repo.branches.feature]);
    expect(git(["rev-parse", "refs/pull/1/merge"], { gitDir: repo.gitDir })).toBe(merge);
    for (const h of [
      "x-ratelimit-limit",
      "x-ratelimit-remaining",
      "x-ratelimit-used",
      "x-ratelimit-reset",
      "x-ratelimit-resource",
    ]) {
      expect(headers[h]).toBeDefined();
    }
    expect(headers["x-ratelimit-limit"]).toBe("1000");
  });

  test("a fork pull request: head.repo is the fork", async () => {
    const { data } = await client(WRITE).rest.pulls.get({ ...ctx, pull_number: 4 });
    expect(validateResponse("pulls/get", 200, data)).toEqual([]);
    expect(data.head.repo?.full_name).toBe("contrib/fork");
    expect(data.head.repo?.fork).toBe(true);
    expect(data.head.label).toBe("contrib:fork-feature");
    expect(data.user?.login).toBe("contrib");
    const fork = await client(WRITE).rest.repos.get({ owner: "contrib", repo: "fork" });
    expect(validateResponse("repos/get", 200, fork.data)).toEqual([]);
    expect(fork.data.parent?.full_name).toBe(`${OWNER}/${REPO}`);
    // the head branch is the fork's: the base repository has no such branch
    const inFork = await client(WRITE).rest.git.getRef({
      owner: "contrib",
      repo: "fork",
      ref: "heads/fork-feature",
    });
    expect(inFork.data.object.sha).toBe(repo.branches["fork-feature"]);
    const inBase = await failure(
      client(WRITE).rest.git.getRef({ ...ctx, ref: "heads/fork-feature" }),
    );
    expect(inBase.status).toBe(404);
    expect(server.warnings.pop()).toMatch(/fork-feature is the head of fork pull request #4/);
    const tree = await client(WRITE).rest.git.getTree({
      owner: "contrib",
      repo: "fork",
      tree_sha: "fork-feature",
      recursive: "1",
    });
    expect(validateResponse("git/get-tree", 200, tree.data)).toEqual([]);
    expect(tree.data.tree.map((e) => e.path)).toContain("units/fork.service");
    // objects are shared: the base repository serves the fork's commit by sha
    const bySha = await client(WRITE).rest.git.getTree({ ...ctx, tree_sha: data.head.sha });
    expect(bySha.data.sha).toBe(tree.data.sha);
  });

  test("files: statuses, renames, binary files and patches from the merge base", async () => {
    const { data } = await client(WRITE).rest.pulls.listFiles({ ...ctx, pull_number: 1 });
    expect(validateResponse("pulls/list-files", 200, data)).toEqual([]);
    const byName = new Map(data.map((f) => [f.filename, f]));
    expect([...byName.keys()].sort()).toEqual([
      "bin.dat",
      "units/new.service",
      "units/old.service",
      "units/renamed.service",
      "units/web.service",
    ]);
    expect(byName.has("README.md")).toBe(false); // changed on main only
    const web = byName.get("units/web.service")!;
    expect(web).toMatchObject({ status: "modified", additions: 2, deletions: 2, changes: 4 });
    expect(web.sha).toBe(
      git(["rev-parse", `${repo.branches.feature}:units/web.service`], { gitDir: repo.gitDir }),
    );
    expect(
      web.patch!.startsWith(
        "@@ -1,6 +1,6 @@\n [Unit]\n Description=Web\n-After=network.target\n+After=network-online.target\n \n",
      ),
    ).toBe(true);
    expect(web.patch).toMatch(
      /\n@@ -15,7 \+15,7 @@[^\n]*\n Environment=A=1\n Environment=B=2\n NoNewPrivileges=yes\n-PrivateTmp=no\n\+PrivateTmp=yes\n \n \[Install\]\n WantedBy=multi-user.target$/,
    );
    expect(web.patch).not.toMatch(/^(diff --git|---|\+\+\+|index )/m);
    expect(byName.get("units/renamed.service")).toMatchObject({
      status: "renamed",
      previous_filename: "units/rename-me.service",
      additions: 1,
      deletions: 1,
    });
    expect(byName.get("units/old.service")).toMatchObject({
      status: "removed",
      additions: 0,
      deletions: 2,
    });
    const added = byName.get("units/new.service")!;
    expect(added).toMatchObject({ status: "added", additions: 3, deletions: 0 });
    expect(added.patch).toBe(
      "@@ -0,0 +1,3 @@\n+[Service]\n+ExecStart=/bin/new\n+NoNewPrivileges=yes\n\\ No newline at end of file",
    );
    const bin = byName.get("bin.dat")!;
    expect(bin).toMatchObject({ status: "modified", additions: 0, deletions: 0, changes: 0 });
    expect(bin.patch).toBeUndefined();
  });

  test("pagination of 250 files: per_page, page and GitHub's Link header", async () => {
    const octokit = client(WRITE);
    const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/files" as const;
    const repoId = (await octokit.rest.repos.get(ctx)).data.id;
    const link = async (q: string, rel: string) =>
      `<${server.url}/repositories/${repoId}/pulls/2/files?${q}>; rel="${rel}"`;
    const p1 = await octokit.request(route, { ...ctx, pull_number: 2, per_page: 100 });
    expect(p1.data).toHaveLength(100);
    expect(p1.headers.link).toBe(
      `${await link("per_page=100&page=2", "next")}, ${await link("per_page=100&page=3", "last")}`,
    );
    const p2 = await octokit.request(route, { ...ctx, pull_number: 2, per_page: 100, page: 2 });
    expect(p2.headers.link).toBe(
      [
        await link("per_page=100&page=1", "prev"),
        await link("per_page=100&page=3", "next"),
        await link("per_page=100&page=3", "last"),
        await link("per_page=100&page=1", "first"),
      ].join(", "),
    );
    const p3 = await octokit.request(route, { ...ctx, pull_number: 2, per_page: 100, page: 3 });
    expect(p3.data).toHaveLength(50);
    expect(p3.headers.link).toBe(
      `${await link("per_page=100&page=2", "prev")}, ${await link("per_page=100&page=1", "first")}`,
    );
    const d1 = await octokit.request(route, { ...ctx, pull_number: 2 });
    expect(d1.data).toHaveLength(30);
    expect(d1.headers.link).toContain(`pulls/2/files?page=9>; rel="last"`);
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...ctx,
      pull_number: 2,
      per_page: 100,
    });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((f) => f.filename)).size).toBe(250);
    // the Link URLs (/repositories/{id}/...) are served too
    expect(
      server.requests.some((r) => r.path.startsWith("/repositories/") && r.status === 200),
    ).toBe(true);
  });

  test("GitHub lists at most 3000 files: no page beyond", async () => {
    const octokit = client(WRITE);
    const pr = await octokit.rest.pulls.get({ ...ctx, pull_number: 3 });
    expect(pr.data.changed_files).toBe(3100);
    const last = await octokit.rest.pulls.listFiles({
      ...ctx,
      pull_number: 3,
      per_page: 100,
      page: 30,
    });
    expect(last.data).toHaveLength(100);
    expect(last.headers.link).not.toContain('rel="next"');
    const beyond = await octokit.rest.pulls.listFiles({
      ...ctx,
      pull_number: 3,
      per_page: 100,
      page: 31,
    });
    expect(beyond.data).toEqual([]);
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...ctx,
      pull_number: 3,
      per_page: 100,
    });
    expect(all).toHaveLength(3000);
  });

  test("per_page above 100 is a violation (GitHub serves 100)", async () => {
    const { data } = await client(WRITE).rest.pulls.listFiles({
      ...ctx,
      pull_number: 2,
      per_page: 250,
    });
    expect(data).toHaveLength(100);
    expect(newViolations()).toEqual([expect.stringContaining("per_page=250")]);
  });

  test("compare base...head", async () => {
    const { data } = await client(WRITE).rest.repos.compareCommitsWithBasehead({
      ...ctx,
      basehead: "main...feature",
    });
    expect(validateResponse("repos/compare-commits-with-basehead", 200, data)).toEqual([]);
    expect(data.status).toBe("diverged");
    expect(data.ahead_by).toBe(1);
    expect(data.behind_by).toBe(1);
    expect(data.merge_base_commit.sha).toBe(repo.shas[0]);
    expect(data.files?.map((f) => f.filename).sort()).toEqual([
      "bin.dat",
      "units/new.service",
      "units/old.service",
      "units/renamed.service",
      "units/web.service",
    ]);
    const big = await client(WRITE).rest.repos.compareCommitsWithBasehead({
      ...ctx,
      basehead: "main...many3100",
    });
    expect(big.data.files).toHaveLength(300);
  });
});

describe("reviews", () => {
  test("a comment inside a hunk is accepted; one outside fails the whole review with 422", async () => {
    const octokit = client(WRITE);
    const before = server.state.reviewComments.length;
    const bad = await failure(
      octokit.rest.pulls.createReview({
        ...ctx,
        pull_number: 1,
        event: "COMMENT",
        body: "review",
        comments: [
          { path: "units/web.service", line: 3, body: "fine" },
          { path: "units/web.service", line: 10, body: "outside every hunk" },
        ],
      }),
    );
    expect(bad.status).toBe(422);
    expect(bad.data.errors).toEqual(["Line could not be resolved"]);
    expect(server.state.reviewComments.length).toBe(before);
    expect(newViolations()).toEqual([expect.stringContaining("comments[1]")]);

    // a range across two hunks, a path outside the diff, a deleted line on the RIGHT side
    for (const [comment, error] of [
      [
        { path: "units/web.service", start_line: 5, line: 16, body: "x" },
        "pull_request_review_thread.start_line must be part of the same hunk as the line.",
      ],
      [{ path: "README.md", line: 1, body: "x" }, "Path could not be resolved"],
      [{ path: "units/old.service", line: 1, body: "x" }, "Line could not be resolved"],
    ] as const) {
      const r = await failure(
        octokit.rest.pulls.createReview({
          ...ctx,
          pull_number: 1,
          event: "COMMENT",
          body: "b",
          comments: [comment],
        }),
      );
      expect(r.status).toBe(422);
      expect(r.data.errors).toEqual([error]);
      expect(newViolations()).toHaveLength(1);
    }

    const good = await octokit.rest.pulls.createReview({
      ...ctx,
      pull_number: 1,
      event: "COMMENT",
      body: "harden-units found things",
      comments: [
        {
          path: "units/web.service",
          line: 3,
          body: "```suggestion\nAfter=network-online.target\n```",
        },
        {
          path: "units/web.service",
          start_line: 2,
          line: 5,
          side: "RIGHT",
          body: "range in one hunk",
        },
        { path: "units/web.service", line: 3, side: "LEFT", body: "the old line" },
        { path: "units/old.service", line: 2, side: "LEFT", body: "removed file" },
        { path: "units/new.service", line: 3, body: "last line of an added file" },
      ],
    });
    expect(validateResponse("pulls/create-review", 200, good.data)).toEqual([]);
    expect(good.data.state).toBe("COMMENTED");
    expect(good.data.user?.login).toBe("github-actions[bot]");
    const review = server.state.reviews.find((r) => r.id === good.data.id)!;
    expect(review.comments).toHaveLength(5);
    const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
      ...ctx,
      pull_number: 1,
    });
    expect(validateResponse("pulls/list-review-comments", 200, comments)).toEqual([]);
    const first = comments.find((c) => c.id === review.comments[0])!;
    expect(first).toMatchObject({
      path: "units/web.service",
      line: 3,
      side: "RIGHT",
      position: 4,
      commit_id: repo.branches.feature,
    });
    expect(first.diff_hunk).toBe(
      "@@ -1,6 +1,6 @@\n [Unit]\n Description=Web\n-After=network.target\n+After=network-online.target",
    );
    const range = comments.find((c) => c.id === review.comments[1])!;
    expect(range).toMatchObject({ start_line: 2, line: 5, start_side: "RIGHT" });
  });

  test("single review comments: line and file level, edit and delete", async () => {
    const octokit = client(WRITE);
    const head = repo.branches.feature!;
    const c1 = await octokit.rest.pulls.createReviewComment({
      ...ctx,
      pull_number: 1,
      commit_id: head,
      path: "units/web.service",
      line: 18,
      body: "PrivateTmp",
    });
    expect(validateResponse("pulls/create-review-comment", 201, c1.data)).toEqual([]);
    const c2 = await octokit.rest.pulls.createReviewComment({
      ...ctx,
      pull_number: 1,
      commit_id: head,
      path: "units/new.service",
      subject_type: "file",
      body: "whole file",
    });
    expect(c2.data.subject_type).toBe("file");
    const bad = await failure(
      octokit.rest.pulls.createReviewComment({
        ...ctx,
        pull_number: 1,
        commit_id: head,
        path: "units/web.service",
        line: 11,
        body: "x",
      }),
    );
    expect(bad.status).toBe(422);
    expect(bad.data.errors[0]!.message).toBe(
      "pull_request_review_thread.line must be part of the diff",
    );
    expect(newViolations()).toHaveLength(1);
    const upd = await octokit.rest.pulls.updateReviewComment({
      ...ctx,
      comment_id: c1.data.id,
      body: "edited",
    });
    expect(upd.data.body).toBe("edited");
    await octokit.rest.pulls.deleteReviewComment({ ...ctx, comment_id: c2.data.id });
    expect(server.state.reviewComments.some((c) => c.id === c2.data.id)).toBe(false);
  });

  test("a file-level comment in a review (subject_type is documented only for single comments: a warning)", async () => {
    const warnings = server.warnings.length;
    const r = await client(WRITE).rest.pulls.createReview({
      ...ctx,
      pull_number: 1,
      event: "COMMENT",
      comments: [{ path: "bin.dat", body: "binary", subject_type: "file" } as never],
    });
    expect(r.data.state).toBe("COMMENTED");
    const stored = server.state.reviewComments.find(
      (c) => c.id === server.state.reviews.find((x) => x.id === r.data.id)!.comments[0],
    );
    expect(stored).toMatchObject({ path: "bin.dat", subject_type: "file" });
    expect(server.warnings.slice(warnings)).toEqual([
      expect.stringContaining("comments[0].subject_type is not in GitHub's OpenAPI description"),
    ]);
  });

  test("GitHub Actions may not approve", async () => {
    const r = await failure(
      client(WRITE).rest.pulls.createReview({ ...ctx, pull_number: 1, event: "APPROVE" }),
    );
    expect(r.status).toBe(422);
    expect(r.data.errors).toEqual(["GitHub Actions is not permitted to approve pull requests."]);
  });
});

describe("check runs", () => {
  const annotation = (i: number) => ({
    path: "units/web.service",
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: "warning" as const,
    message: `m${i}`,
  });

  test("at most 50 annotations per request; PATCH appends", async () => {
    const octokit = client(WRITE);
    const created = await octokit.rest.checks.create({
      ...ctx,
      name: "harden-units",
      head_sha: repo.branches.feature!,
      status: "in_progress",
      output: {
        title: "t",
        summary: "s",
        annotations: Array.from({ length: 50 }, (_, i) => annotation(i)),
      },
    });
    expect(validateResponse("checks/create", 201, created.data)).toEqual([]);
    expect(created.data.pull_requests.map((p) => p.number)).toEqual([1]);
    const id = created.data.id;
    const upd = await octokit.rest.checks.update({
      ...ctx,
      check_run_id: id,
      output: {
        title: "t",
        summary: "s",
        annotations: Array.from({ length: 50 }, (_, i) => annotation(i + 50)),
      },
    });
    expect(upd.data.output.annotations_count).toBe(100);
    const tooMany = await failure(
      octokit.rest.checks.update({
        ...ctx,
        check_run_id: id,
        output: {
          title: "t",
          summary: "s",
          annotations: Array.from({ length: 51 }, (_, i) => annotation(i)),
        },
      }),
    );
    expect(tooMany.status).toBe(422);
    expect(newViolations().length).toBeGreaterThan(0);
    const cols = await failure(
      octokit.rest.checks.update({
        ...ctx,
        check_run_id: id,
        output: {
          title: "t",
          summary: "s",
          annotations: [{ ...annotation(0), end_line: 3, start_column: 1, end_column: 4 }],
        },
      }),
    );
    expect(cols.status).toBe(422);
    expect(newViolations()).toEqual([expect.stringContaining("start_column")]);
    const done = await octokit.rest.checks.update({
      ...ctx,
      check_run_id: id,
      conclusion: "failure",
    });
    expect(done.data.status).toBe("completed");
    const run = server.state.checkRuns.find((r) => r.id === id)!;
    expect(run.output.annotations).toHaveLength(100);
    expect(run.conclusion).toBe("failure");
  });

  test("a malformed body is a violation and a 422", async () => {
    const r = await failure(
      client(WRITE).request("POST /repos/{owner}/{repo}/check-runs", {
        ...ctx,
        name: "x",
        head_sha: repo.branches.feature!,
        output: {
          title: "t",
          summary: "s",
          annotations: [{ ...annotation(0), annotation_level: "fatal" }],
        },
      } as never),
    );
    expect(r.status).toBe(422);
    expect(newViolations()).toEqual([expect.stringMatching(/checks\/create.*annotation_level/)]);
  });
});

describe("Git Data API", () => {
  test("blob, tree, commit and ref update make a real, verified commit; fast-forward only", async () => {
    const octokit = client(WRITE);
    const ref = await octokit.rest.git.getRef({ ...ctx, ref: "heads/feature" });
    expect(validateResponse("git/get-ref", 200, ref.data)).toEqual([]);
    const parent = ref.data.object.sha;
    const parentCommit = await octokit.rest.git.getCommit({ ...ctx, commit_sha: parent });
    expect(validateResponse("git/get-commit", 200, parentCommit.data)).toEqual([]);
    const blob = await octokit.rest.git.createBlob({
      ...ctx,
      content: Buffer.from("[Service]\nPrivateTmp=yes\n").toString("base64"),
      encoding: "base64",
    });
    const tree = await octokit.rest.git.createTree({
      ...ctx,
      base_tree: parentCommit.data.tree.sha,
      tree: [
        {
          path: "units/web.service.d/hardening.conf",
          mode: "100644",
          type: "blob",
          sha: blob.data.sha,
        },
        {
          path: "units/new.service.d/hardening.conf",
          mode: "100644",
          type: "blob",
          content: "[Service]\nProtectSystem=full\n",
        },
        { path: "units/renamed.service", mode: "100644", type: "blob", sha: null },
      ],
    });
    expect(validateResponse("git/create-tree", 201, tree.data)).toEqual([]);
    const commit = await octokit.rest.git.createCommit({
      ...ctx,
      message: "harden-units: drop-ins",
      tree: tree.data.sha,
      parents: [parent],
    });
    expect(validateResponse("git/create-commit", 201, commit.data)).toEqual([]);
    expect(commit.data.verification?.verified).toBe(true);
    expect(commit.data.author.name).toBe("github-actions[bot]");
    const updated = await octokit.rest.git.updateRef({
      ...ctx,
      ref: "heads/feature",
      sha: commit.data.sha,
    });
    expect(validateResponse("git/update-ref", 200, updated.data)).toEqual([]);

    // the backing repository has the commit, on the branch
    expect(git(["rev-parse", "refs/heads/feature"], { gitDir: repo.gitDir })).toBe(commit.data.sha);
    const files = git(["ls-tree", "-r", "--name-only", commit.data.sha], {
      gitDir: repo.gitDir,
    }).split("\n");
    expect(files).toContain("units/web.service.d/hardening.conf");
    expect(files).toContain("units/new.service.d/hardening.conf");
    expect(files).not.toContain("units/renamed.service");
    expect(
      git(["show", `${commit.data.sha}:units/web.service.d/hardening.conf`], {
        gitDir: repo.gitDir,
      }),
    ).toBe("[Service]\nPrivateTmp=yes");
    expect(
      git(["log", "-1", "--format=%s%n%an <%ae>%n%cn <%ce>", commit.data.sha], {
        gitDir: repo.gitDir,
      }).split("\n"),
    ).toEqual([
      "harden-units: drop-ins",
      "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
      "GitHub <noreply@github.com>",
    ]);
    // the pull request follows the branch
    const pr = await octokit.rest.pulls.get({ ...ctx, pull_number: 1 });
    expect(pr.data.head.sha).toBe(commit.data.sha);

    // a commit on the old parent is not a fast forward
    const other = await octokit.rest.git.createCommit({
      ...ctx,
      message: "racing",
      tree: tree.data.sha,
      parents: [parent],
      author: { name: "Someone", email: "someone@example.com", date: "2024-05-01T10:00:00+02:00" },
    });
    expect(other.data.verification?.verified).toBe(false);
    expect(other.data.author.date).toBe("2024-05-01T08:00:00Z");
    const nonFF = await failure(
      octokit.rest.git.updateRef({ ...ctx, ref: "heads/feature", sha: other.data.sha }),
    );
    expect(nonFF.status).toBe(422);
    expect(nonFF.data.message).toBe("Update is not a fast forward");
    const forced = await octokit.rest.git.updateRef({
      ...ctx,
      ref: "heads/feature",
      sha: other.data.sha,
      force: true,
    });
    expect(forced.data.object.sha).toBe(other.data.sha);
    server.pushToBranch("feature", repo.branches.feature!); // restore for the other tests
  });

  test("trees and blobs read the backing repository", async () => {
    const octokit = client(READ);
    const tree = await octokit.rest.git.getTree({
      ...ctx,
      tree_sha: repo.branches.feature!,
      recursive: "1",
    });
    expect(validateResponse("git/get-tree", 200, tree.data)).toEqual([]);
    expect(tree.data.truncated).toBe(false);
    const web = tree.data.tree.find((e) => e.path === "units/web.service")!;
    expect(web).toMatchObject({ type: "blob", mode: "100644", size: Buffer.byteLength(WEB_V2) });
    expect(tree.data.tree.find((e) => e.path === "units")).toMatchObject({
      type: "tree",
      mode: "040000",
    });
    const blob = await octokit.rest.git.getBlob({ ...ctx, file_sha: web.sha! });
    expect(validateResponse("git/get-blob", 200, blob.data)).toEqual([]);
    expect(blob.data.encoding).toBe("base64");
    expect(
      blob.data.content
        .split("\n")
        .slice(0, -2)
        .every((l) => l.length === 60),
    ).toBe(true);
    expect(blob.data.content.endsWith("\n")).toBe(true);
    expect(Buffer.from(blob.data.content, "base64").toString("utf8")).toBe(WEB_V2);
  });
});

describe("more of the API", () => {
  test("create a ref; one that exists is refused", async () => {
    const octokit = client(WRITE);
    const created = await octokit.rest.git.createRef({
      ...ctx,
      ref: "refs/heads/put-test",
      sha: repo.branches.feature!,
    });
    expect(validateResponse("git/create-ref", 201, created.data)).toEqual([]);
    const exists = await failure(
      octokit.rest.git.createRef({
        ...ctx,
        ref: "refs/heads/put-test",
        sha: repo.branches.feature!,
      }),
    );
    expect(exists.data.message).toBe("Reference already exists");
    expect(git(["rev-parse", "refs/heads/put-test"], { gitDir: repo.gitDir })).toBe(
      repo.branches.feature,
    );
  });

  test("refs are heads/<branch>; GET git/refs/... is not an operation", async () => {
    const octokit = client(READ);
    expect(
      (await failure(octokit.rest.git.getRef({ ...ctx, ref: "refs/heads/main" }))).status,
    ).toBe(404);
    expect(newViolations()).toEqual([expect.stringContaining('"heads/<branch>"')]);
    expect(
      (await failure(octokit.request("GET /repos/{owner}/{repo}/git/refs/heads/main", ctx))).status,
    ).toBe(404);
    expect(newViolations()).toEqual([expect.stringMatching(/^openapi: no operation/)]);
    const pullRef = await octokit.rest.git.getRef({ ...ctx, ref: "pull/1/head" });
    expect(pullRef.data.object.sha).toBe(repo.branches.feature);
  });

  test("anonymous reads of a public repository; writes need a token", async () => {
    const anon = client(undefined);
    const r = await anon.rest.pulls.get({ ...ctx, pull_number: 1 });
    expect(r.headers["x-ratelimit-limit"]).toBe("60");
    const w = await failure(anon.rest.issues.createComment({ ...ctx, issue_number: 1, body: "x" }));
    expect(w.status).toBe(401);
    expect(w.data.message).toBe("Requires authentication");
  });

  test("the pull_request event payload and the runner's variables", () => {
    const event = server.pullRequestEvent(1, "synchronize", {
      before: repo.shas[1],
      after: repo.branches.feature,
    });
    const examples = (
      webhookExamples as unknown as Array<{ name: string; examples: PullRequestEvent[] }>
    ).find((e) => e.name === "pull_request")!.examples;
    const example = examples.find((e) => e.action === "synchronize")!;
    for (const key of Object.keys(example))
      if (key !== "installation") expect(event).toHaveProperty(key);
    for (const key of Object.keys(example.pull_request))
      expect(event.pull_request).toHaveProperty(key);
    for (const key of Object.keys(example.pull_request.head))
      expect(event.pull_request.head).toHaveProperty(key);
    expect(event.pull_request.head.sha).toBe(repo.branches.feature);
    const env = server.pullRequestEnv(1);
    expect(env.GITHUB_SHA).toBe(git(["rev-parse", "refs/pull/1/merge"], { gitDir: repo.gitDir }));
    expect(env).toMatchObject({
      GITHUB_API_URL: server.url,
      GITHUB_REPOSITORY: "acme/units",
      GITHUB_REF: "refs/pull/1/merge",
      GITHUB_HEAD_REF: "feature",
      GITHUB_BASE_REF: "main",
    });
  });

  test("a primary rate limit, and GitHub Enterprise Server's /api/v3 prefix", async () => {
    const other = await startGitHubServer({
      gitDir: repo.gitDir,
      owner: OWNER,
      repo: REPO,
      pulls: [{ number: 2, base: "main", head: "many250" }],
      tokens: { t: { pullRequests: "read" } },
      rateLimit: 3,
      apiPrefix: "/api/v3",
    });
    try {
      expect(other.url).toMatch(/\/api\/v3$/);
      const octokit = new Client({
        auth: "t",
        baseUrl: other.url,
        log: silent,
        retry: { enabled: false },
        throttle: { enabled: false, onRateLimit: () => false, onSecondaryRateLimit: () => false },
      });
      const page = await octokit.rest.pulls.listFiles({ ...ctx, pull_number: 2, per_page: 100 });
      expect(page.headers.link).toContain(`${other.url}/repositories/`);
      expect(page.headers["x-ratelimit-remaining"]).toBe("2");
      await octokit.request(page.headers.link!.split(">")[0]!.slice(1));
      await octokit.rest.pulls.get({ ...ctx, pull_number: 2 });
      const limited = await failure(octokit.rest.pulls.get({ ...ctx, pull_number: 2 }));
      expect(limited.status).toBe(403);
      expect(limited.headers["x-ratelimit-remaining"]).toBe("0");
      expect(other.violations).toEqual([expect.stringContaining("primary rate limit")]);
      expect(other.responseViolations).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe("comments and permissions", () => {
  test("issue comments: create, list, edit; a body over 65536 characters is refused", async () => {
    const octokit = client(WRITE);
    const c = await octokit.rest.issues.createComment({
      ...ctx,
      issue_number: 1,
      body: "<!-- harden-units -->\nreport",
    });
    expect(validateResponse("issues/create-comment", 201, c.data)).toEqual([]);
    const list = await octokit.rest.issues.listComments({ ...ctx, issue_number: 1 });
    expect(validateResponse("issues/list-comments", 200, list.data)).toEqual([]);
    expect(list.data.map((x) => x.id)).toContain(c.data.id);
    const upd = await octokit.rest.issues.updateComment({
      ...ctx,
      comment_id: c.data.id,
      body: "updated",
    });
    expect(upd.data.body).toBe("updated");
    expect(server.state.issueComments.find((x) => x.id === c.data.id)).toMatchObject({
      issue: 1,
      body: "updated",
      user: "github-actions[bot]",
    });
    const big = await failure(
      octokit.rest.issues.createComment({ ...ctx, issue_number: 1, body: "x".repeat(65537) }),
    );
    expect(big.status).toBe(422);
    expect(newViolations()).toEqual([expect.stringContaining("65536")]);
  });

  test("403 without the permission, 401 for an unknown token; no writes to a fork", async () => {
    const denied = await failure(
      client(NO_CHECKS).rest.checks.create({ ...ctx, name: "x", head_sha: repo.branches.feature! }),
    );
    expect(denied.status).toBe(403);
    expect(denied.data.message).toBe("Resource not accessible by integration");
    expect(denied.headers["x-accepted-github-permissions"]).toBe("checks=write");
    const readOnly = await failure(
      client(READ).rest.pulls.createReview({ ...ctx, pull_number: 1, event: "COMMENT", body: "x" }),
    );
    expect(readOnly.status).toBe(403);
    const readComment = await failure(
      client(READ).rest.issues.createComment({ ...ctx, issue_number: 1, body: "x" }),
    );
    expect(readComment.status).toBe(403);
    const bad = await failure(client("ghs_unknown").rest.pulls.get({ ...ctx, pull_number: 1 }));
    expect(bad.status).toBe(401);
    expect(bad.data.message).toBe("Bad credentials");
    const fork = await failure(
      client(WRITE).rest.git.createBlob({ owner: "contrib", repo: "fork", content: "x" }),
    );
    expect(fork.status).toBe(403);
    const perm = await client(READ).rest.repos.getCollaboratorPermissionLevel({
      ...ctx,
      username: "triager",
    });
    expect(validateResponse("repos/get-collaborator-permission-level", 200, perm.data)).toEqual([]);
    expect(perm.data).toMatchObject({ permission: "read", role_name: "triage" });
    const owner = await client(READ).rest.repos.getCollaboratorPermissionLevel({
      ...ctx,
      username: OWNER,
    });
    expect(owner.data.permission).toBe("admin");
  });
});

describe("faults and violations", () => {
  test("a 500 is retried by the retry plugin and then succeeds", async () => {
    server.addFault({ method: "GET", path: /\/pulls\/1$/, status: 500 });
    const start = server.requests.length;
    const { data } = await client(WRITE).rest.pulls.get({ ...ctx, pull_number: 1 });
    expect(data.number).toBe(1);
    expect(server.requests.slice(start).map((r) => r.status)).toEqual([500, 200]);
  });

  test("a secondary rate limit: 403 with retry-after, honoured by the throttling plugin", async () => {
    server.addFault({
      method: "GET",
      path: /\/pulls\/1\/files$/,
      status: 403,
      secondary: true,
      retryAfter: 1,
    });
    const waits: number[] = [];
    const start = server.requests.length;
    const t0 = Date.now();
    const { data } = await client(WRITE, {
      throttle: true,
      onSecondary: (a) => waits.push(a),
    }).rest.pulls.listFiles({ ...ctx, pull_number: 1 });
    expect(data.length).toBe(5);
    expect(waits).toEqual([1]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(server.requests.slice(start).map((r) => r.status)).toEqual([403, 200]);
    const raw = await failure(
      (() => {
        server.addFault({ path: /\/pulls\/1$/, status: 403, secondary: true, retryAfter: 7 });
        return client(WRITE).rest.pulls.get({ ...ctx, pull_number: 1 });
      })(),
    );
    expect(raw.status).toBe(403);
    expect(raw.headers["retry-after"]).toBe("7");
    expect(raw.data.message).toMatch(/^You have exceeded a secondary rate limit/);
  });

  test("a request that never gets an answer lets a client time out; the server sees it abandoned", async () => {
    server.addFault({ path: /\/pulls\/1$/, status: 0, hang: true });
    const start = server.requests.length;
    await expect(
      client(WRITE).rest.pulls.get({
        ...ctx,
        pull_number: 1,
        request: { signal: AbortSignal.timeout(100), retries: 0 },
      }),
    ).rejects.toThrow(/abort/i);
    const hung = server.requests[start]!;
    // the connection's close reaches the server after the client's abort: wait for that event
    while (!hung.abandoned) await new Promise((r) => setImmediate(r));
    expect(hung).toMatchObject({ path: `/repos/${OWNER}/${REPO}/pulls/1`, fault: true, status: 0 });
    expect(server.requests).toHaveLength(start + 1);
  });

  test("an unknown endpoint, an unimplemented one and an unknown query parameter are violations", async () => {
    const octokit = client(WRITE);
    const unknown = await failure(octokit.request("GET /repos/{owner}/{repo}/no-such-thing", ctx));
    expect(unknown.status).toBe(404);
    const unimplemented = await failure(octokit.rest.repos.listBranches(ctx));
    expect(unimplemented.status).toBe(404);
    await octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...ctx,
      pull_number: 1,
      colour: "red",
    });
    const v = newViolations();
    expect(v).toHaveLength(3);
    expect(v[0]).toMatch(/^openapi: no operation .* GET \/repos\/acme\/units\/no-such-thing$/);
    expect(v[1]).toMatch(/^unimplemented: GET \/repos\/acme\/units\/branches/);
    expect(v[2]).toMatch(/unknown query parameter "colour"/);
  });
});

describe("git fixture", () => {
  test("checkout writes the tree as plain files, or as a git work tree", () => {
    const plain = path.join(workDir, "ws-plain");
    checkout(repo.gitDir, plain, repo.branches.feature!);
    expect(fs.readFileSync(path.join(plain, "units/web.service"), "utf8")).toBe(WEB_V2);
    expect(fs.existsSync(path.join(plain, ".git"))).toBe(false);
    const withGit = path.join(workDir, "ws-git");
    checkout(repo.gitDir, withGit, repo.branches.feature!, { git: true });
    expect(git(["rev-parse", "HEAD"], { cwd: withGit, gitDir: path.join(withGit, ".git") })).toBe(
      repo.branches.feature,
    );
    expect(
      git(["status", "--porcelain"], {
        cwd: withGit,
        gitDir: path.join(withGit, ".git"),
        workTree: withGit,
      }),
    ).toBe("");
    const merge = mergeCommit(repo.gitDir, repo.branches.main!, repo.branches.feature!)!;
    const merged = path.join(workDir, "ws-merge");
    checkout(repo.gitDir, merged, merge);
    expect(fs.readFileSync(path.join(merged, "README.md"), "utf8")).toBe("# units\n\nmore\n");
    expect(fs.readFileSync(path.join(merged, "units/web.service"), "utf8")).toBe(WEB_V2);
  });

  test("the diff engine: odd names, modes, symbolic links, empty files, missing final newlines", () => {
    const r = createRepo(path.join(workDir, "edge.git"), [
      {
        branch: "main",
        message: "a",
        files: {
          "a b.service": "x\n",
          "ünï.service": "u\n",
          'q"uote\ttab.service': "q\n",
          link: "target\n",
          "exec.sh": "#!/bin/sh\n",
          "dir/f": "f\n",
          nonl: "a\nb",
        },
      },
      {
        branch: "main",
        message: "b",
        files: {
          "a b.service": "y\n",
          "ünï.service": null,
          "ünï2.service": "u\n",
          'q"uote\ttab.service': "q2\n",
          link: { content: "elsewhere", mode: "120000" },
          "exec.sh": { content: "#!/bin/sh\n", mode: "100755" },
          "dir/f": null,
          dir: "now a file\n",
          empty: "",
          nonl: "a\nc",
        },
      },
    ]);
    const files = computeDiff(r.gitDir, r.shas[0]!, r.shas[1]!);
    const summary = Object.fromEntries(
      files.map((f) => [
        f.filename,
        [f.status, f.additions, f.deletions, f.patch ?? null, f.previous_filename ?? null],
      ]),
    );
    expect(summary).toEqual({
      "a b.service": ["modified", 1, 1, "@@ -1 +1 @@\n-x\n+y", null],
      dir: ["added", 1, 0, "@@ -0,0 +1 @@\n+now a file", null],
      "dir/f": ["removed", 0, 1, "@@ -1 +0,0 @@\n-f", null],
      empty: ["added", 0, 0, null, null],
      "exec.sh": ["changed", 0, 0, null, null],
      link: [
        "changed",
        1,
        1,
        "@@ -1 +0,0 @@\n-target\n@@ -0,0 +1 @@\n+elsewhere\n\\ No newline at end of file",
        null,
      ],
      nonl: [
        "modified",
        1,
        1,
        "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file",
        null,
      ],
      'q"uote\ttab.service': ["modified", 1, 1, "@@ -1 +1 @@\n-q\n+q2", null],
      "ünï2.service": ["renamed", 0, 0, null, "ünï.service"],
    });
  });
});

// Last in the file: it adds pull requests to the shared server.
describe("opening, listing, updating and closing pull requests", () => {
  test("pulls.create, pulls.list by head and state, pulls.update and GitHub's 422s", async () => {
    const octokit = client(WRITE);
    const feature = server.branchSha("feature");
    await octokit.rest.git.createRef({ ...ctx, ref: "refs/heads/bot/harden", sha: feature });
    await octokit.rest.git.createRef({
      ...ctx,
      ref: "refs/heads/bot/empty",
      sha: server.branchSha("main"),
    });

    const created = await octokit.rest.pulls.create({
      ...ctx,
      head: "bot/harden",
      base: "main",
      title: "Harden 1 systemd unit",
      body: "first",
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      number: 5,
      state: "open",
      title: "Harden 1 systemd unit",
      body: "first",
      merged: false,
      head: { ref: "bot/harden", sha: feature },
      base: { ref: "main" },
    });
    expect(created.headers.location).toBe(created.data.url);

    // One open pull request per head and base; none without commits; none from another owner's branch.
    const twice = await failure(
      octokit.rest.pulls.create({
        ...ctx,
        head: `${OWNER}:bot/harden`,
        base: "main",
        title: "again",
      }),
    );
    expect([twice.status, twice.data.errors[0]!.message]).toEqual([
      422,
      `A pull request already exists for ${OWNER}:bot/harden.`,
    ]);
    const empty = await failure(
      octokit.rest.pulls.create({ ...ctx, head: "bot/empty", base: "main", title: "nothing" }),
    );
    expect([empty.status, empty.data.errors[0]!.message]).toEqual([
      422,
      "No commits between main and bot/empty",
    ]);
    expect(
      (
        await failure(
          octokit.rest.pulls.create({ ...ctx, head: "no-such-branch", base: "main", title: "x" }),
        )
      ).status,
    ).toBe(422);
    expect(
      (
        await failure(
          client(READ).rest.pulls.create({ ...ctx, head: "bot/harden", base: "main", title: "x" }),
        )
      ).status,
    ).toBe(403);

    const byHead = (state: "open" | "closed" | "all") =>
      octokit.rest.pulls
        .list({ ...ctx, head: `${OWNER}:bot/harden`, state })
        .then((r) => r.data.map((p) => [p.number, p.state]));
    expect(await byHead("open")).toEqual([[5, "open"]]);
    expect(await byHead("closed")).toEqual([]);

    const updated = await octokit.rest.pulls.update({
      ...ctx,
      pull_number: 5,
      title: "Harden 2 systemd units",
      body: "second",
    });
    expect([updated.data.title, updated.data.body]).toEqual(["Harden 2 systemd units", "second"]);
    const closed = await octokit.rest.pulls.update({ ...ctx, pull_number: 5, state: "closed" });
    expect([closed.data.state, closed.data.merged, closed.data.merged_at]).toEqual([
      "closed",
      false,
      null,
    ]);
    expect(closed.data.closed_at).not.toBeNull();
    expect(await byHead("open")).toEqual([]);
    expect(await byHead("closed")).toEqual([[5, "closed"]]);

    // A second pull request on the head while the first is closed; the first then cannot be reopened.
    const second = await octokit.rest.pulls.create({
      ...ctx,
      head: "bot/harden",
      base: "main",
      title: "Harden 2 systemd units",
    });
    expect(await byHead("all")).toEqual([
      [5, "closed"],
      [second.data.number, "open"],
    ]);
    const reopen = await failure(
      octokit.rest.pulls.update({ ...ctx, pull_number: 5, state: "open" }),
    );
    expect([reopen.status, reopen.data.errors[0]!.message]).toEqual([
      422,
      `A pull request already exists for ${OWNER}:bot/harden.`,
    ]);
    await octokit.rest.pulls.update({ ...ctx, pull_number: second.data.number, state: "closed" });
    expect(
      (await octokit.rest.pulls.update({ ...ctx, pull_number: 5, state: "open" })).data.state,
    ).toBe("open");
    await octokit.rest.pulls.update({ ...ctx, pull_number: 5, state: "closed" });
  });
});
