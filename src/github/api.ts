/**
 * The GitHub REST API through Octokit (with the retry and throttling plugins): the only module
 * that talks to GitHub. Everything else sees the narrow GitHubApi interface.
 */
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

export interface PullFile {
  readonly filename: string;
  readonly status: string;
  readonly previousFilename?: string;
  readonly patch?: string;
  readonly sha?: string;
  /** Lines added plus removed (0 for a pure rename or a mode change). */
  readonly changes?: number;
}

export interface TreeEntry {
  readonly path: string;
  readonly type: string;
  readonly sha: string;
  readonly mode: string;
  readonly size?: number;
}

export interface Annotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: "notice" | "warning" | "failure";
  readonly message: string;
  readonly title?: string;
}

export interface CheckOutput {
  readonly title: string;
  readonly summary: string;
  readonly text?: string;
  readonly annotations?: readonly Annotation[];
}

export interface ReviewComment {
  readonly id: number;
  readonly path: string;
  readonly body: string;
  readonly line: number | null;
  /** A comment on the whole file (subject_type file), not on a line. */
  readonly file: boolean;
  readonly user: string;
}

export interface NewReviewComment {
  readonly path: string;
  readonly body: string;
  readonly line?: number;
  readonly start_line?: number;
  readonly side?: "RIGHT";
  readonly start_side?: "RIGHT";
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly user: string;
}

export interface PullInfo {
  readonly headSha: string;
  readonly headRef: string;
  readonly headRepo: string;
  readonly baseSha: string;
  readonly baseRef: string;
  readonly changedFiles: number;
  readonly state: string;
}

/** A pull request as pulls.list gives it. */
export interface PullSummary {
  readonly number: number;
  readonly state: "open" | "closed";
  readonly merged: boolean;
  readonly body: string;
  readonly headSha: string;
  readonly user: string;
}

export interface GitHubApi {
  /** Lists a pull request's files (GitHub stops at 3000); `complete` is false when it stopped. */
  listPullFiles(pull: number): Promise<{ files: PullFile[]; complete: boolean }>;
  getPull(pull: number): Promise<PullInfo>;
  getTree(sha: string): Promise<TreeEntry[]>;
  /** The commit a pull request's diff starts from (the merge base of base and head); optional in fakes. */
  mergeBase?(base: string, head: string): Promise<string>;
  getBlob(sha: string): Promise<Uint8Array>;
  createCheckRun(
    name: string,
    headSha: string,
    output: CheckOutput,
    conclusion: "success" | "failure" | "neutral",
  ): Promise<number>;
  updateCheckRun(id: number, output: CheckOutput): Promise<void>;
  listReviewComments(pull: number): Promise<ReviewComment[]>;
  createReview(
    pull: number,
    commitId: string,
    body: string,
    comments: readonly NewReviewComment[],
  ): Promise<void>;
  updateReviewComment(id: number, body: string): Promise<void>;
  deleteReviewComment(id: number): Promise<void>;
  /** A comment on a whole file of the diff: GitHub takes these one by one (each is a review of its own), never inside createReview. */
  createFileComment(pull: number, commitId: string, path: string, body: string): Promise<void>;
  listIssueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<void>;
  updateIssueComment(id: number, body: string): Promise<void>;
  deleteIssueComment(id: number): Promise<void>;
  getBranchSha(branch: string): Promise<string>;
  commitFiles(
    branch: string,
    parentSha: string,
    files: ReadonlyMap<string, string>,
    message: string,
  ): Promise<string>;
  collaboratorPermission(user: string): Promise<string>;
  /** The repository's default branch. */
  defaultBranch(): Promise<string>;
  /** A commit's message (Git Data API). */
  commitMessage(sha: string): Promise<string>;
  /** A new commit (not on any branch yet): `base`'s tree with `files` laid over it, with these parents. */
  createCommit(
    base: string,
    parents: readonly string[],
    files: ReadonlyMap<string, string>,
    message: string,
  ): Promise<string>;
  /** Creates branch `branch` at `sha`; 422 when it exists. */
  createBranch(branch: string, sha: string): Promise<void>;
  /** Moves branch `branch` to `sha`, a fast forward only (422 otherwise). */
  moveBranch(branch: string, sha: string): Promise<void>;
  /** The pull requests of this repository whose head is `branch` of this repository, newest first. */
  listPullsByHead(branch: string, state: "open" | "closed" | "all"): Promise<PullSummary[]>;
  createPull(head: string, base: string, title: string, body: string): Promise<number>;
  updatePull(
    pull: number,
    change: { title?: string; body?: string; state?: "open" | "closed" },
  ): Promise<void>;
}

/** An API error as one line: the status and GitHub's message, never the token or a stack. */
export function describeError(e: unknown): string {
  const err = e as {
    status?: number;
    message?: string;
    response?: { data?: { message?: string } };
  };
  const message = err.response?.data?.message ?? err.message ?? String(e);
  return err.status ? `${err.status} ${message}` : message;
}

/** " (GET /repos/o/r/...)": the request that failed, without its query or host, or "". */
export function requestOf(e: unknown): string {
  const req = (e as { request?: { method?: string; url?: string } }).request;
  if (!req?.method || !req.url) return "";
  try {
    return ` (${req.method} ${new URL(req.url).pathname})`;
  } catch {
    return "";
  }
}

export function httpStatus(e: unknown): number | undefined {
  return (e as { status?: number }).status;
}

/** The permissions a write needs, as a workflow grants them (`permissions: <name>: write`). */
export type WritePermission = "checks" | "contents" | "pull-requests";

/**
 * Why GitHub refused a write, when it was for want of a permission (403, or the 404 GitHub answers
 * a token that may not see the resource): "the token may not <action> (the workflow needs
 * `permissions: <permission>: write`<more>)". Null for any other error.
 */
export function missingPermission(
  e: unknown,
  action: string,
  permission: WritePermission,
  more = "",
): string | null {
  const status = httpStatus(e);
  if (status !== 403 && status !== 404) return null;
  return `the token may not ${action} (the workflow needs \`permissions: ${permission}: write\`${more})`;
}

/** A commit as GitHub shows it in text: its first seven hex digits. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** A line as a sentence: its first letter in upper case. */
export function sentence(line: string): string {
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** What `missingPermission` adds on a pull request, where the token may be a fork's. */
export const FORK_TOKEN = "; a fork's token never may";

/** Raised by every call of an API that is not there (no token): no request is sent. */
export class NoApiError extends Error {}

/** A GitHubApi without a token: every call fails at once, so the run reports without GitHub. */
export function offlineApi(reason: string): GitHubApi {
  const fail = async (): Promise<never> => {
    throw new NoApiError(reason);
  };
  return {
    listPullFiles: fail,
    getPull: fail,
    getTree: fail,
    getBlob: fail,
    createCheckRun: fail,
    updateCheckRun: fail,
    listReviewComments: fail,
    createReview: fail,
    updateReviewComment: fail,
    deleteReviewComment: fail,
    createFileComment: fail,
    listIssueComments: fail,
    createIssueComment: fail,
    updateIssueComment: fail,
    deleteIssueComment: fail,
    getBranchSha: fail,
    commitFiles: fail,
    collaboratorPermission: fail,
    defaultBranch: fail,
    commitMessage: fail,
    createCommit: fail,
    createBranch: fail,
    moveBranch: fail,
    listPullsByHead: fail,
    createPull: fail,
    updatePull: fail,
  };
}

const RetryingOctokit = Octokit.plugin(retry, throttling);

export interface ApiOptions {
  readonly token: string;
  readonly baseUrl: string;
  readonly owner: string;
  readonly repo: string;
  /** Where retries and rate-limit waits are reported. */
  readonly log: (message: string) => void;
  /** Where Octokit's own request log goes (each request with its status; never the token). */
  readonly debug?: (message: string) => void;
  /** How long one attempt of a request may take before it is abandoned and retried (ms). */
  readonly timeoutMs?: number;
}

/**
 * Retries of 5xx answers, 429s without a rate-limit message and timeouts (plugin-retry): two more
 * attempts, after 0.5 s and 2 s, so a persistent failure costs seconds, not minutes. 4xx answers
 * are final (plugin-retry's doNotRetry); rate limits wait as GitHub's Retry-After or reset says
 * (plugin-throttling, which also spaces writes a second apart as GitHub asks).
 */
const RETRY = { retries: 2, retryAfterBaseValue: 500 };

export function createApi(options: ApiOptions): GitHubApi {
  const timeout = options.timeoutMs ?? 30_000;
  /** plugin-throttling's answer to a rate limit: wait as GitHub says (up to 2 minutes), `retries` times. */
  const waitFor =
    (limit: string, retries: number) =>
    (
      retryAfter: number,
      o: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      options.log(`GitHub ${limit} on ${o.method} ${o.url}: retrying in ${retryAfter} s`);
      return retryCount < retries && retryAfter <= 120;
    };
  // Only the message: Octokit passes the request options (with the Authorization header) as a second argument.
  const debug = (message: string) => {
    if (message !== "request") options.debug?.(message);
  };
  const octokit = new RetryingOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: "harden-units",
    log: { debug, info: debug, warn: (m: string) => options.log(m), error: debug },
    retry: RETRY,
    // A timeout per attempt (a retried attempt gets a fresh one), not one for all attempts.
    request: {
      fetch: (url: string | URL, init?: RequestInit) =>
        fetch(url, {
          ...init,
          signal: init?.signal
            ? AbortSignal.any([init.signal, AbortSignal.timeout(timeout)])
            : AbortSignal.timeout(timeout),
        }),
    },
    throttle: {
      onRateLimit: waitFor("rate limit", 2),
      onSecondaryRateLimit: waitFor("secondary rate limit", 3),
    },
  });
  const repo = { owner: options.owner, repo: options.repo };

  const api: GitHubApi = {
    async listPullFiles(pull) {
      const files: PullFile[] = [];
      for await (const res of octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        ...repo,
        pull_number: pull,
        per_page: 100,
      })) {
        for (const f of res.data) {
          files.push({
            filename: f.filename,
            status: f.status,
            changes: f.changes,
            ...(f.previous_filename && { previousFilename: f.previous_filename }),
            ...(f.patch !== undefined && { patch: f.patch }),
            ...(f.sha && { sha: f.sha }),
          });
        }
      }
      return { files, complete: files.length < 3000 };
    },
    async getPull(pull) {
      const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pull });
      return {
        headSha: data.head.sha,
        headRef: data.head.ref,
        headRepo: data.head.repo?.full_name ?? `${options.owner}/${options.repo}`,
        baseSha: data.base.sha,
        baseRef: data.base.ref,
        changedFiles: data.changed_files,
        state: data.state,
      };
    },
    async getTree(sha) {
      const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: sha, recursive: "1" });
      return data.tree
        .filter((e) => e.path && e.sha && e.type && e.mode)
        .map((e) => ({
          path: e.path!,
          type: e.type!,
          sha: e.sha!,
          mode: e.mode!,
          ...(e.size !== undefined && { size: e.size }),
        }));
    },
    async mergeBase(base, head) {
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${base}...${head}`,
        per_page: 1,
      });
      return data.merge_base_commit.sha;
    },
    async getBlob(sha) {
      const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: sha });
      return new Uint8Array(
        Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8"),
      );
    },
    async createCheckRun(name, headSha, output, conclusion) {
      const { data } = await octokit.rest.checks.create({
        ...repo,
        name,
        head_sha: headSha,
        status: "completed",
        conclusion,
        output: { ...output, annotations: [...(output.annotations ?? [])] },
      });
      return data.id;
    },
    async updateCheckRun(id, output) {
      await octokit.rest.checks.update({
        ...repo,
        check_run_id: id,
        output: { ...output, annotations: [...(output.annotations ?? [])] },
      });
    },
    async listReviewComments(pull) {
      const all = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
        ...repo,
        pull_number: pull,
        per_page: 100,
      });
      return all.map((c) => ({
        id: c.id,
        path: c.path,
        body: c.body,
        line: c.line ?? null,
        file: c.subject_type === "file",
        user: c.user?.login ?? "",
      }));
    },
    async createReview(pull, commitId, body, comments) {
      await octokit.rest.pulls.createReview({
        ...repo,
        pull_number: pull,
        commit_id: commitId,
        body,
        event: "COMMENT",
        comments: comments.map((c) => ({ ...c })),
      });
    },
    async updateReviewComment(id, body) {
      await octokit.rest.pulls.updateReviewComment({ ...repo, comment_id: id, body });
    },
    async deleteReviewComment(id) {
      await octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: id });
    },
    async createFileComment(pull, commitId, path, body) {
      await octokit.rest.pulls.createReviewComment({
        ...repo,
        pull_number: pull,
        commit_id: commitId,
        path,
        body,
        subject_type: "file",
      });
    },
    async listIssueComments(issue) {
      const all = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100,
      });
      return all.map((c) => ({ id: c.id, body: c.body ?? "", user: c.user?.login ?? "" }));
    },
    async createIssueComment(issue, body) {
      await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
    },
    async updateIssueComment(id, body) {
      await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
    },
    async deleteIssueComment(id) {
      await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
    },
    async getBranchSha(branch) {
      const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
      return data.object.sha;
    },
    async commitFiles(branch, parentSha, files, message) {
      const sha = await api.createCommit(parentSha, [parentSha], files, message);
      await api.moveBranch(branch, sha);
      return sha;
    },
    async createCommit(base, parents, files, message) {
      const { data: parent } = await octokit.rest.git.getCommit({ ...repo, commit_sha: base });
      const tree = [];
      for (const [path, content] of files) {
        const { data: blob } = await octokit.rest.git.createBlob({
          ...repo,
          content: Buffer.from(content).toString("base64"),
          encoding: "base64",
        });
        tree.push({ path, mode: "100644" as const, type: "blob" as const, sha: blob.sha });
      }
      const { data: newTree } = await octokit.rest.git.createTree({
        ...repo,
        base_tree: parent.tree.sha,
        tree,
      });
      // No author or committer: GitHub signs the commit as the token's identity, so it shows as Verified.
      const { data: commit } = await octokit.rest.git.createCommit({
        ...repo,
        message,
        tree: newTree.sha,
        parents: [...parents],
      });
      return commit.sha;
    },
    async createBranch(branch, sha) {
      await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
    },
    async moveBranch(branch, sha) {
      await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
    },
    async defaultBranch() {
      const { data } = await octokit.rest.repos.get(repo);
      return data.default_branch;
    },
    async commitMessage(sha) {
      const { data } = await octokit.rest.git.getCommit({ ...repo, commit_sha: sha });
      return data.message;
    },
    async listPullsByHead(branch, state) {
      const all = await octokit.paginate(octokit.rest.pulls.list, {
        ...repo,
        head: `${options.owner}:${branch}`,
        state,
        sort: "created",
        direction: "desc",
        per_page: 100,
      });
      return all.map((p) => ({
        number: p.number,
        state: p.state === "open" ? "open" : "closed",
        merged: p.merged_at !== null,
        body: p.body ?? "",
        headSha: p.head.sha,
        user: p.user?.login ?? "",
      }));
    },
    async createPull(head, base, title, body) {
      const { data } = await octokit.rest.pulls.create({ ...repo, head, base, title, body });
      return data.number;
    },
    async updatePull(pull, change) {
      await octokit.rest.pulls.update({ ...repo, pull_number: pull, ...change });
    },
    async collaboratorPermission(user) {
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
        ...repo,
        username: user,
      });
      return data.permission;
    },
  };
  return api;
}
