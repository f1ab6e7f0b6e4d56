/**
 * What the tests see of the local GitHub API server: its options (the repository, pull requests,
 * tokens, faults), the requests it recorded and the state it keeps (check runs, reviews, comments).
 */
import type { components, operations } from "@octokit/openapi-types";

/** An annotation as checks/create and checks/update take it. */
export type CheckAnnotation = NonNullable<
  NonNullable<
    operations["checks/create"]["requestBody"]["content"]["application/json"]["output"]
  >["annotations"]
>[number];

/** A pull_request webhook payload: the pull request, repository and sender as the API shows them. */
export interface PullRequestEventPayload {
  action: string;
  number: number;
  pull_request: components["schemas"]["pull-request"];
  repository: components["schemas"]["full-repository"];
  sender: components["schemas"]["simple-user"];
  /** Whatever the caller merged in (before/after for "synchronize", ...). */
  [extra: string]: unknown;
}

export interface PullSpec {
  number: number;
  /** Branch name in the backing repo (e.g. "main"). */
  base: string;
  /** Branch name in the backing repo (e.g. "feature"). */
  head: string;
  /** "someone/fork" for a fork PR (the head branch still lives in the backing repo). */
  headRepo?: string;
  /** Login of the PR author, default "octocat". */
  user?: string;
  title?: string;
  body?: string;
  draft?: boolean;
  /** Default "open". */
  state?: "open" | "closed";
  /** A closed pull request that was merged. */
  merged?: boolean;
}

export type Permission = "write" | "read" | "none";

export interface TokenSpec {
  checks?: Permission;
  contents?: Permission;
  pullRequests?: Permission;
  issues?: Permission;
  /** Who the token acts as (review and comment authors, commit identity). Default "github-actions[bot]". */
  login?: string;
}

export interface Fault {
  /** Default any. */
  method?: string;
  /** Matched against the request path without query, as sent and percent-decoded (either may match). */
  path: RegExp;
  /** e.g. 500, 502, 403 (with secondary: true => secondary rate limit), 404, 422, 429. 0 or 2xx: no failure (with `hang`). */
  status: number;
  /** How many matching requests fail, default 1 (Infinity: all). */
  times?: number;
  /** Seconds, sets the Retry-After header. */
  retryAfter?: number;
  /** A secondary rate limit: 403 with GitHub's message and a retry-after (default 1 s). */
  secondary?: boolean;
  /**
   * Never answer: the request waits until the client gives up on it and closes the connection
   * (recorded as `abandoned`), or until the server closes. A timeout without a clock in the server.
   */
  hang?: boolean;
  /** Replace the response body. */
  body?: unknown;
}

/** A request held by GitHubServer.hold. */
export interface Hold {
  /** Resolves when the request has arrived (it waits, unanswered, until `release`). */
  readonly arrived: Promise<RecordedRequest>;
  /** Lets the request go on: it is answered as if it had arrived now. */
  release(): void;
}

export interface GitHubServerOptions {
  /** The backing repository (bare or not; used with `git --git-dir`). */
  gitDir: string;
  owner: string;
  repo: string;
  pulls?: PullSpec[];
  /** Token string -> permissions; any other token => 401. */
  tokens: Record<string, TokenSpec>;
  collaborators?: Record<string, "admin" | "maintain" | "write" | "triage" | "read" | "none">;
  faults?: Fault[];
  /** A private repository: reads need the scope's read permission too. Default false (public). */
  private?: boolean;
  /** Requests per hour per token (x-ratelimit-limit), default 1000 as for GITHUB_TOKEN; 60 for anonymous. */
  rateLimit?: number;
  /** Path prefix of the API, e.g. "/api/v3" to look like GitHub Enterprise Server. Default "". */
  apiPrefix?: string;
  /** Validate every response against the OpenAPI response schema; failures go to `responseViolations`. Default true. */
  validateResponses?: boolean;
  /** Repository id (appears in Link headers as /repositories/{id}/...). */
  repoId?: number;
}

export interface RecordedRequest {
  method: string;
  /** The path as sent (percent-encoded, without the query). */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  operationId?: string;
  token?: string;
  /** Decoded path parameters of the matched operation. */
  params?: Record<string, string>;
  /** True when an injected fault answered. */
  fault?: boolean;
  /** The client closed the connection before the answer (it timed out). */
  abandoned?: boolean;
}

export interface CheckRunState {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string; annotations: CheckAnnotation[] };
  started_at?: string | null;
  completed_at?: string | null;
  details_url?: string | null;
  external_id?: string | null;
}

export interface ReviewState {
  id: number;
  pull: number;
  /** The event given (APPROVE, REQUEST_CHANGES, COMMENT) or PENDING. */
  event: string;
  body: string;
  comments: number[];
  user: string;
  commit_id: string;
  submitted_at?: string;
}

export interface ReviewCommentState {
  id: number;
  pull: number;
  path: string;
  line?: number;
  start_line?: number;
  side?: "LEFT" | "RIGHT";
  start_side?: "LEFT" | "RIGHT";
  subject_type?: "line" | "file";
  body: string;
  commit_id: string;
  user: string;
  review_id: number | null;
  position?: number;
  diff_hunk: string;
  in_reply_to_id?: number;
  created_at: string;
  updated_at: string;
}

export interface IssueCommentState {
  id: number;
  issue: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export interface GitHubServer {
  /** The API root, http://127.0.0.1:PORT (plus apiPrefix). Use it as GITHUB_API_URL / baseUrl. */
  url: string;
  /** Every request, in order. */
  requests: RecordedRequest[];
  /** OpenAPI or limit violations by the client (tests assert it is empty). */
  violations: string[];
  /** Things GitHub accepts but that are probably mistakes (unknown body properties, annotations on missing paths, concurrent writes, 404 on another repository...). */
  warnings: string[];
  /** Responses of this server that do not match GitHub's response schema (with validateResponses). */
  responseViolations: string[];
  state: {
    checkRuns: CheckRunState[];
    reviews: ReviewState[];
    reviewComments: ReviewCommentState[];
    issueComments: IssueCommentState[];
  };
  /** Move a branch (simulates a push during a run). */
  pushToBranch(branch: string, sha: string): void;
  /** Add faults after start. */
  addFault(fault: Fault): void;
  /**
   * Holds the next request that matches until the test calls `release()`, so that the test can
   * act while the client waits for the answer (e.g. push to the branch the action is reading).
   */
  hold(match: { method?: string; path: RegExp }): Hold;
  /** The tip of a branch in the backing repository. */
  branchSha(branch: string): string;
  /**
   * A pull_request webhook payload for pull request `number` as it is now (the runner writes it to
   * GITHUB_EVENT_PATH): action, number, pull_request (as pulls.get answers), repository, sender;
   * `extra` is merged in (e.g. before/after for "synchronize").
   */
  pullRequestEvent(
    number: number,
    action?: string,
    extra?: Record<string, unknown>,
  ): PullRequestEventPayload;
  /**
   * The variables the runner sets for a pull_request run of pull request `number`: GITHUB_API_URL,
   * GITHUB_SERVER_URL, GITHUB_REPOSITORY(_OWNER), GITHUB_EVENT_NAME, GITHUB_REF (refs/pull/N/merge),
   * GITHUB_REF_NAME, GITHUB_SHA (the merge commit), GITHUB_HEAD_REF, GITHUB_BASE_REF, GITHUB_ACTIONS, CI.
   */
  pullRequestEnv(number: number): Record<string, string>;
  close(): Promise<void>;
}
