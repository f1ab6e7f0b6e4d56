/**
 * GitHub in memory, behind the GitHubApi interface: commits as file maps, branches, pull requests,
 * check runs, reviews and comments, every call recorded. `refuse` makes a method answer with an
 * HTTP status (as Octokit's RequestError carries it); `fail` makes it throw a plain error.
 */
import { createHash } from "node:crypto";
import type {
  CheckOutput,
  GitHubApi,
  IssueComment,
  NewReviewComment,
  PullFile,
  PullInfo,
  PullSummary,
  ReviewComment,
  TreeEntry,
} from "../../src/github/api.js";

type Method = keyof GitHubApi;

/** An error shaped as Octokit's RequestError: a status, GitHub's message and the request. */
export function httpError(status: number, message: string, method = "GET", url = "/"): Error {
  return Object.assign(new Error(message), {
    status,
    response: { data: { message } },
    request: { method, url: `https://api.github.test${url}` },
  });
}

export const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

export interface CheckRun {
  readonly id: number;
  readonly name: string;
  readonly sha: string;
  readonly conclusion: string;
  readonly outputs: CheckOutput[];
}

export interface FakePull {
  readonly number: number;
  readonly info: PullInfo;
  readonly files: PullFile[];
}

export class FakeGitHub implements GitHubApi {
  /** Every call, by method name, in order. */
  readonly calls: Method[] = [];
  readonly commits = new Map<string, { files: Map<string, string>; message: string }>();
  readonly branches = new Map<string, string>();
  defaultBranchName = "main";
  readonly pulls = new Map<number, FakePull>();
  readonly pullSummaries: PullSummary[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly reviews: { pull: number; body: string; comments: NewReviewComment[] }[] = [];
  readonly issueComments: (IssueComment & { issue: number })[] = [];
  readonly createdPulls: { number: number; head: string; base: string; title: string }[] = [];
  readonly refusals = new Map<Method, number>();
  readonly failures = new Map<Method, Error>();
  private nextId = 100;

  /** A commit with these files (and no parent); its sha is derived from the files and the message. */
  addCommit(files: Record<string, string>, message = "commit"): string {
    const sha = sha1(JSON.stringify([message, Object.entries(files).sort()]));
    this.commits.set(sha, { files: new Map(Object.entries(files)), message });
    return sha;
  }

  refuse(method: Method, status: number): this {
    this.refusals.set(method, status);
    return this;
  }

  fail(method: Method, error: Error): this {
    this.failures.set(method, error);
    return this;
  }

  /** Records the call; throws what the method was told to. */
  private enter(method: Method): void {
    this.calls.push(method);
    const failure = this.failures.get(method);
    if (failure) throw failure;
    const status = this.refusals.get(method);
    if (status !== undefined)
      throw httpError(
        status,
        status === 403 ? "Resource not accessible by integration" : "Not Found",
      );
  }

  private commit(sha: string) {
    const c = this.commits.get(sha);
    if (!c) throw httpError(404, "Not Found");
    return c;
  }

  private pull(pull: number): FakePull {
    const p = this.pulls.get(pull);
    if (!p) throw httpError(404, "Not Found");
    return p;
  }

  async listPullFiles(pull: number) {
    this.enter("listPullFiles");
    return { files: this.pull(pull).files, complete: true };
  }
  async getPull(pull: number) {
    this.enter("getPull");
    return this.pull(pull).info;
  }
  async getTree(sha: string): Promise<TreeEntry[]> {
    this.enter("getTree");
    return [...this.commit(sha).files].map(([path, content]) => ({
      path,
      type: "blob",
      mode: "100644",
      sha: sha1(content),
      size: Buffer.byteLength(content),
    }));
  }
  async getBlob(sha: string) {
    this.enter("getBlob");
    for (const c of this.commits.values())
      for (const content of c.files.values())
        if (sha1(content) === sha) return new TextEncoder().encode(content);
    throw httpError(404, "Not Found");
  }
  async createCheckRun(
    name: string,
    sha: string,
    output: CheckOutput,
    conclusion: "success" | "failure" | "neutral",
  ) {
    this.enter("createCheckRun");
    const id = this.nextId++;
    this.checkRuns.push({ id, name, sha, conclusion, outputs: [output] });
    return id;
  }
  async updateCheckRun(id: number, output: CheckOutput) {
    this.enter("updateCheckRun");
    this.checkRuns.find((c) => c.id === id)!.outputs.push(output);
  }
  async listReviewComments(): Promise<ReviewComment[]> {
    this.enter("listReviewComments");
    return [];
  }
  async createReview(
    pull: number,
    _commit: string,
    body: string,
    comments: readonly NewReviewComment[],
  ) {
    this.enter("createReview");
    this.reviews.push({ pull, body, comments: [...comments] });
  }
  async updateReviewComment() {
    this.enter("updateReviewComment");
  }
  async deleteReviewComment() {
    this.enter("deleteReviewComment");
  }
  async createFileComment(pull: number, _commit: string, path: string, body: string) {
    this.enter("createFileComment");
    this.reviews.push({ pull, body, comments: [{ path, body }] });
  }
  async listIssueComments(issue: number): Promise<IssueComment[]> {
    this.enter("listIssueComments");
    return this.issueComments.filter((c) => c.issue === issue);
  }
  async createIssueComment(issue: number, body: string) {
    this.enter("createIssueComment");
    this.issueComments.push({ id: this.nextId++, issue, body, user: "github-actions[bot]" });
  }
  async updateIssueComment() {
    this.enter("updateIssueComment");
  }
  async deleteIssueComment() {
    this.enter("deleteIssueComment");
  }
  async getBranchSha(branch: string) {
    this.enter("getBranchSha");
    const sha = this.branches.get(branch);
    if (!sha) throw httpError(404, "Not Found");
    return sha;
  }
  async commitFiles(
    branch: string,
    parent: string,
    files: ReadonlyMap<string, string>,
    message: string,
  ) {
    this.enter("commitFiles");
    const sha = this.layer(parent, files, message);
    this.branches.set(branch, sha);
    return sha;
  }
  async collaboratorPermission() {
    this.enter("collaboratorPermission");
    return "write";
  }
  async defaultBranch() {
    this.enter("defaultBranch");
    return this.defaultBranchName;
  }
  async commitMessage(sha: string) {
    this.enter("commitMessage");
    return this.commit(sha).message;
  }
  async createCommit(
    base: string,
    _parents: readonly string[],
    files: ReadonlyMap<string, string>,
    message: string,
  ) {
    this.enter("createCommit");
    return this.layer(base, files, message);
  }
  async createBranch(branch: string, sha: string) {
    this.enter("createBranch");
    if (this.branches.has(branch)) throw httpError(422, "Reference already exists");
    this.branches.set(branch, sha);
  }
  async moveBranch(branch: string, sha: string) {
    this.enter("moveBranch");
    this.branches.set(branch, sha);
  }
  async listPullsByHead(): Promise<PullSummary[]> {
    this.enter("listPullsByHead");
    return this.pullSummaries;
  }
  async createPull(head: string, base: string, title: string) {
    this.enter("createPull");
    const number = this.nextId++;
    this.createdPulls.push({ number, head, base, title });
    return number;
  }
  async updatePull() {
    this.enter("updatePull");
  }

  /** A new commit: `base`'s files with `files` laid over them. */
  private layer(base: string, files: ReadonlyMap<string, string>, message: string): string {
    return this.addCommit(
      Object.fromEntries([...this.commit(base).files, ...files]),
      `${message}\n(on ${base})`,
    );
  }
}
