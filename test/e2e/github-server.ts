/**
 * A local stand-in for api.github.com, for end-to-end tests of the action.
 *
 * It answers the REST endpoints a GitHub Action uses (pull requests and their files, the Git Data
 * API, contents, commits, check runs, reviews and comments, collaborator permissions) from a real
 * git repository, writes real objects into it, and checks every request against GitHub's OpenAPI
 * description (@octokit/openapi, api.github.com.deref.json) and GitHub's documented limits. What
 * a client does wrong is recorded in `violations`, which the tests assert to be empty.
 *
 * Everything the server does with git is synchronous (spawnSync): requests are handled one at a
 * time, in arrival order, and a client in the same process simply waits. A client in a child
 * process must be started with the asynchronous `spawn`/`execFile`, never `spawnSync`, or the
 * server could not answer it.
 *
 * Endpoints (operationId): repos/get, repos/get-branch, pulls/list, pulls/get (also the diff media
 * type), pulls/list-files, pulls/list-commits, repos/compare-commits(-with-basehead),
 * repos/get-commit, repos/list-pull-requests-associated-with-commit, repos/get-content (file,
 * directory, symlink; raw media type), repos/create-or-update-file-contents, git/get-ref,
 * git/get-tree, git/get-blob, git/get-commit, git/create-blob, git/create-tree, git/create-commit,
 * git/create-ref, git/update-ref, checks/create, checks/update, checks/get, checks/list-for-ref,
 * checks/list-annotations, pulls/list-reviews, pulls/create-review, pulls/list-review-comments,
 * pulls/create-review-comment, pulls/get-review-comment, pulls/update-review-comment,
 * pulls/delete-review-comment, pulls/create, pulls/update (title, body, state; GitHub's 422s for a
 * second open pull request on the same head and base, a head without commits, a deleted head), issues/list-comments, issues/create-comment, issues/get-comment,
 * issues/update-comment, issues/delete-comment, repos/get-collaborator-permission-level,
 * rate-limit/get. Paths of the form /repositories/{id}/... (GitHub's Link headers) are served too.
 *
 * `violations` entries start with their kind:
 *   "openapi: ..."        no such operation, bad path/query parameter, unknown query parameter,
 *                         body not JSON or not valid against the requestBody schema (=> 404/422)
 *   "unimplemented: ..."  a real GitHub operation this server does not answer (=> 404)
 *   "limit: ..."          a documented limit or rule broken (per_page > 100, more than 50
 *                         annotations, bodies over 65536 characters, a review comment outside the
 *                         diff, rate limits, malformed refs or trees, ...), answered as GitHub does
 *   "server bug: ..."     an exception in this server (=> 500)
 * Refusals that are legitimate outcomes (401, 403 for a missing permission, 404 for something
 * that does not exist, 409, "Update is not a fast forward", injected faults) are not violations.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash, randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction, type ErrorObject } from "ajv";
import { git, gitRaw, mergeCommit, revParse } from "./git-fixture.js";

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

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
  /** e.g. 500, 502, 403 (with secondary: true => secondary rate limit), 404, 422, 429. 0 or 2xx: no failure (a pure delay). */
  status: number;
  /** How many matching requests fail, default 1 (Infinity: all). */
  times?: number;
  /** Seconds, sets the Retry-After header. */
  retryAfter?: number;
  /** A secondary rate limit: 403 with GitHub's message and a retry-after (default 1 s). */
  secondary?: boolean;
  /** Answer late (to test timeouts), instead of or besides failing. */
  delayMs?: number;
  /** Replace the response body. */
  body?: unknown;
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
}

export interface CheckRunState {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string; annotations: unknown[] };
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
  side?: string;
  start_side?: string;
  subject_type?: string;
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
  ): Record<string, any>;
  /**
   * The variables the runner sets for a pull_request run of pull request `number`: GITHUB_API_URL,
   * GITHUB_SERVER_URL, GITHUB_REPOSITORY(_OWNER), GITHUB_EVENT_NAME, GITHUB_REF (refs/pull/N/merge),
   * GITHUB_REF_NAME, GITHUB_SHA (the merge commit), GITHUB_HEAD_REF, GITHUB_BASE_REF, GITHUB_ACTIONS, CI.
   */
  pullRequestEnv(number: number): Record<string, string>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// OpenAPI description: an index of every operation, the full description of the implemented ones
// ---------------------------------------------------------------------------------------------

interface OpParam {
  name: string;
  in: string;
  required: boolean;
  schema: any;
}

interface OpIndex {
  method: string;
  template: string;
  operationId: string;
  exact: RegExp;
  greedy: RegExp;
  paramNames: string[];
  literalChars: number;
}

export interface OpFull {
  operationId: string;
  method: string;
  template: string;
  docsUrl: string;
  parameters: OpParam[];
  requestSchema?: any;
  requestRequired: boolean;
  /** status -> application/json schema (undefined for no body). */
  responses: Record<string, any>;
}

interface Spec {
  ops: OpIndex[];
  full: Map<string, OpFull>;
}

let specCache: Spec | undefined;

function specFile(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve("@octokit/openapi/package.json");
  return path.join(path.dirname(pkg), "generated", "api.github.com.deref.json");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compileTemplate(
  template: string,
): Pick<OpIndex, "exact" | "greedy" | "paramNames" | "literalChars"> {
  const paramNames: string[] = [];
  let exact = "^";
  let greedy = "^";
  let literalChars = 0;
  const re = /\{([^}]+)\}/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(template))) {
    const lit = template.slice(last, m.index);
    // {base}...{head} is Octokit's older alias of {basehead}: let the latter win
    literalChars += lit === "..." ? -100 : lit.length;
    exact += escapeRegExp(lit) + "([^/]+)";
    greedy += escapeRegExp(lit) + (m[1] === "owner" || m[1] === "repo" ? "([^/]+)" : "(.+)");
    paramNames.push(m[1]!);
    last = m.index + m[0].length;
  }
  const tail = template.slice(last);
  literalChars += tail.length;
  exact += escapeRegExp(tail) + "$";
  greedy += escapeRegExp(tail) + "$";
  return { exact: new RegExp(exact), greedy: new RegExp(greedy), paramNames, literalChars };
}

/** Loads (once per process) the index of GitHub's operations and keeps the implemented ones whole. */
export function loadSpec(): Spec {
  if (specCache) return specCache;
  const doc = JSON.parse(fs.readFileSync(specFile(), "utf8")) as any;
  const ops: OpIndex[] = [];
  const full = new Map<string, OpFull>();
  for (const [template, item] of Object.entries<any>(doc.paths)) {
    for (const method of ["get", "post", "put", "patch", "delete", "head"]) {
      const op = item[method];
      if (!op || typeof op.operationId !== "string") continue;
      ops.push({
        method: method.toUpperCase(),
        template,
        operationId: op.operationId,
        ...compileTemplate(template),
      });
      if (!HANDLERS[op.operationId]) continue;
      const parameters: OpParam[] = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(
        (p: any) => ({
          name: p.name,
          in: p.in,
          required: !!p.required,
          schema: p.schema ?? {},
        }),
      );
      const responses: Record<string, any> = {};
      for (const [status, r] of Object.entries<any>(op.responses ?? {})) {
        responses[status] = r?.content?.["application/json"]?.schema;
      }
      full.set(op.operationId, {
        operationId: op.operationId,
        method: method.toUpperCase(),
        template,
        docsUrl: op.externalDocs?.url ?? "https://docs.github.com/rest",
        parameters,
        requestSchema: op.requestBody?.content?.["application/json"]?.schema,
        requestRequired: !!op.requestBody?.required,
        responses,
      });
    }
  }
  specCache = { ops, full };
  return specCache;
}

/** The operation for a method and a path relative to the API root (percent-encoded), or null. */
export function matchOperation(
  method: string,
  rawPath: string,
): { op: OpIndex; params: Record<string, string> } | null {
  const spec = loadSpec();
  let best: { op: OpIndex; m: RegExpExecArray } | null = null;
  for (const greedy of [false, true]) {
    for (const op of spec.ops) {
      if (op.method !== method) continue;
      const m = (greedy ? op.greedy : op.exact).exec(rawPath);
      if (m && (!best || op.literalChars > best.op.literalChars)) best = { op, m };
    }
    if (best) break;
  }
  const found = best as { op: OpIndex; m: RegExpExecArray } | null;
  if (!found) return null;
  const params: Record<string, string> = {};
  found.op.paramNames.forEach((name, i) => {
    const raw = found.m[i + 1]!;
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      /* keep raw */
    }
    params[name] = value;
  });
  return { op: found.op, params };
}

// --- ajv for OpenAPI 3.0 schemas ----------------------------------------------------------------

/**
 * OpenAPI 3.0 -> JSON Schema: `nullable: true` becomes "or null" (also around enums and
 * compositions), and `oneOf` becomes `anyOf` (GitHub's description has overlapping `oneOf`
 * branches, e.g. simple-user | empty-object, which would otherwise never validate).
 */
function toJsonSchema(schema: any, memo = new Map<any, any>()): any {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, memo));
  if (schema === null || typeof schema !== "object") return schema;
  const hit = memo.get(schema);
  if (hit) return hit;
  const out: any = {};
  memo.set(schema, out);
  for (const [k, v] of Object.entries(schema)) {
    if (
      k === "nullable" ||
      k === "example" ||
      k === "examples" ||
      k === "discriminator" ||
      k === "x-github"
    )
      continue;
    if (k === "properties" || k === "patternProperties") {
      const props: any = {};
      for (const [pk, pv] of Object.entries<any>(v as any)) props[pk] = toJsonSchema(pv, memo);
      out[k] = props;
    } else if (k === "oneOf") {
      out.anyOf = toJsonSchema(v, memo);
    } else {
      out[k] = toJsonSchema(v, memo);
    }
  }
  if (schema.nullable === true) {
    return { anyOf: [{ type: "null" }, out] };
  }
  return out;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i;

let ajvInstance: Ajv | undefined;
function ajv(): Ajv {
  if (!ajvInstance) {
    ajvInstance = new Ajv({
      strict: false,
      allErrors: true,
      logger: false,
      formats: {
        "date-time": DATE_TIME,
        date: /^\d{4}-\d{2}-\d{2}$/,
        email: /^[^\s@]+@[^\s@]+$/,
        uri: (s: string) => {
          try {
            new URL(s);
            return true;
          } catch {
            return false;
          }
        },
        "uri-template": true,
        int32: true,
        int64: true,
        double: true,
        float: true,
        binary: true,
        timestamp: true,
        "repo.nwo": true,
      },
    });
  }
  return ajvInstance;
}

const validatorCache = new Map<string, ValidateFunction | null>();
function validator(key: string, schema: () => any): ValidateFunction | null {
  if (!validatorCache.has(key)) {
    const s = schema();
    validatorCache.set(key, s === undefined ? null : ajv().compile(toJsonSchema(s)));
  }
  return validatorCache.get(key)!;
}

function formatErrors(errors: ErrorObject[] | null | undefined, root: string): string[] {
  if (!errors) return [];
  // anyOf noise: keep the most specific messages
  const out = new Set<string>();
  for (const e of errors) {
    if (e.keyword === "anyOf") continue;
    const where = root + e.instancePath.replace(/\/(\d+)/g, "[$1]").replace(/\//g, ".");
    let msg = e.message ?? e.keyword;
    if (e.keyword === "enum") msg += ` ${JSON.stringify((e.params as any).allowedValues)}`;
    if (e.keyword === "additionalProperties") msg += ` (${(e.params as any).additionalProperty})`;
    out.add(`${where} ${msg}`);
  }
  return [...out];
}

/** Validates a response body against the operation's OpenAPI response schema; [] when valid. */
export function validateResponse(operationId: string, status: number, body: unknown): string[] {
  const op = loadSpec().full.get(operationId);
  if (!op) return [`no OpenAPI description kept for ${operationId}`];
  if (!(String(status) in op.responses))
    return [`${operationId}: status ${status} is not a documented response`];
  const v = validator(`res:${operationId}:${status}`, () => op.responses[String(status)]);
  if (!v) return [];
  if (v(body)) return [];
  return formatErrors(v.errors, "response").map((e) => `${operationId} ${status}: ${e}`);
}

/** Validates a request body against the operation's OpenAPI request schema; [] when valid. */
export function validateRequestBody(operationId: string, body: unknown): string[] {
  const op = loadSpec().full.get(operationId);
  if (!op?.requestSchema) return [];
  const v = validator(`req:${operationId}`, () => op.requestSchema);
  if (!v || v(body)) return [];
  return formatErrors(v.errors, "body");
}

/** Properties of `data` not described by `schema` (GitHub ignores them; often a typo). */
function unknownProperties(schema: any, data: any, where: string, out: string[]): void {
  if (!schema || data === null || typeof data !== "object") return;
  if (Array.isArray(data)) {
    const items =
      schema.items ??
      [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].find((v: any) => v?.items)?.items;
    if (items) data.forEach((d, i) => unknownProperties(items, d, `${where}[${i}]`, out));
    return;
  }
  // the properties described by the schema and its variants (one level of oneOf/anyOf/allOf)
  const known = new Map<string, any>();
  let open = false;
  for (const s of [
    schema,
    ...(schema.oneOf ?? []),
    ...(schema.anyOf ?? []),
    ...(schema.allOf ?? []),
  ]) {
    if (!s || typeof s !== "object") continue;
    if (
      (s.additionalProperties !== undefined && s.additionalProperties !== false) ||
      s.patternProperties
    )
      open = true;
    for (const [k, v] of Object.entries<any>(s.properties ?? {}))
      if (!known.has(k)) known.set(k, v);
  }
  if (open || known.size === 0) return;
  for (const [k, v] of Object.entries(data)) {
    const ps = known.get(k);
    if (!ps) out.push(`${where}.${k}`);
    else unknownProperties(ps, v, `${where}.${k}`, out);
  }
}

// ---------------------------------------------------------------------------------------------
// The diff of a pull request, as GitHub computes it
// ---------------------------------------------------------------------------------------------

interface DiffLine {
  kind: " " | "+" | "-" | "\\";
  oldLine?: number;
  newLine?: number;
  /** Index in the file's patch lines (the first "@@" line is 0): GitHub's "position". */
  position: number;
}

interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  headerIndex: number;
  lines: DiffLine[];
}

export interface DiffFile {
  filename: string;
  previous_filename?: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  additions: number;
  deletions: number;
  changes: number;
  /** Blob sha (new side; old side for removed files). */
  sha: string | null;
  oldSha: string;
  newSha: string;
  oldMode: string;
  newMode: string;
  binary: boolean;
  patch?: string;
  patchLines: string[];
  hunks: Hunk[];
}

function parseHunks(patchLines: string[]): Hunk[] {
  const hunks: Hunk[] = [];
  let cur: Hunk | undefined;
  let oldL = 0;
  let newL = 0;
  patchLines.forEach((line, idx) => {
    if (line.startsWith("@@")) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) throw new Error(`bad hunk header: ${line}`);
      cur = {
        oldStart: Number(m[1]),
        oldCount: m[2] === undefined ? 1 : Number(m[2]),
        newStart: Number(m[3]),
        newCount: m[4] === undefined ? 1 : Number(m[4]),
        headerIndex: idx,
        lines: [],
      };
      oldL = cur.oldStart;
      newL = cur.newStart;
      hunks.push(cur);
      return;
    }
    if (!cur) return;
    const k = line[0];
    if (k === " ") cur.lines.push({ kind: " ", oldLine: oldL++, newLine: newL++, position: idx });
    else if (k === "-") cur.lines.push({ kind: "-", oldLine: oldL++, position: idx });
    else if (k === "+") cur.lines.push({ kind: "+", newLine: newL++, position: idx });
    else if (k === "\\") cur.lines.push({ kind: "\\", position: idx });
    else if (line === "")
      cur.lines.push({ kind: " ", oldLine: oldL++, newLine: newL++, position: idx });
  });
  return hunks;
}

/** The files changed from `from` to `to` (two commits), with rename detection, as GitHub lists them. */
export function computeDiff(gitDir: string, from: string, to: string): DiffFile[] {
  const common = ["-r", "-M", "--no-ext-diff", "--no-textconv", "--no-color"];
  const raw = gitRaw(["diff-tree", ...common, "-z", "--raw", "--no-abbrev", from, to], {
    gitDir,
  }).stdout.toString("utf8");
  const numstat = gitRaw(["diff-tree", ...common, "-z", "--numstat", from, to], {
    gitDir,
  }).stdout.toString("utf8");
  const patch = gitRaw(
    ["diff-tree", ...common, "-p", "--src-prefix=a/", "--dst-prefix=b/", from, to],
    { gitDir },
  ).stdout.toString("utf8");

  const files: DiffFile[] = [];
  const rt = raw.split("\0");
  for (let i = 0; i < rt.length;) {
    const t = rt[i]!;
    if (t === "") {
      i++;
      continue;
    }
    if (!t.startsWith(":")) throw new Error(`unexpected raw diff token ${JSON.stringify(t)}`);
    const [oldMode, newMode, oldSha, newSha, st] = t.slice(1).split(" ") as [
      string,
      string,
      string,
      string,
      string,
    ];
    const letter = st[0]!;
    let filename: string;
    let previous: string | undefined;
    if (letter === "R" || letter === "C") {
      previous = rt[i + 1]!;
      filename = rt[i + 2]!;
      i += 3;
    } else {
      filename = rt[i + 1]!;
      i += 2;
    }
    const status: DiffFile["status"] =
      letter === "A"
        ? "added"
        : letter === "D"
          ? "removed"
          : letter === "R"
            ? "renamed"
            : letter === "C"
              ? "copied"
              : letter === "T"
                ? "changed"
                : oldSha === newSha
                  ? "changed"
                  : "modified";
    files.push({
      filename,
      ...(previous !== undefined ? { previous_filename: previous } : {}),
      status,
      additions: 0,
      deletions: 0,
      changes: 0,
      sha: letter === "D" ? oldSha : newSha,
      oldSha,
      newSha,
      oldMode,
      newMode,
      binary: false,
      patchLines: [],
      hunks: [],
    });
  }

  const nt = numstat.split("\0");
  let fi = 0;
  for (let i = 0; i < nt.length;) {
    const t = nt[i]!;
    if (t === "") {
      i++;
      continue;
    }
    const m = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/.exec(t);
    if (!m) throw new Error(`unexpected numstat token ${JSON.stringify(t)}`);
    i += m[3] === "" ? 3 : 1;
    const f = files[fi++];
    if (!f) throw new Error("numstat has more entries than the raw diff");
    if (m[1] === "-") f.binary = true;
    else {
      f.additions = Number(m[1]);
      f.deletions = Number(m[2]);
      f.changes = f.additions + f.deletions;
    }
  }

  // split the patch into sections; a type change is printed as two sections
  const lines = patch.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const sections: string[][] = [];
  for (const line of lines) {
    if (line.startsWith("diff --git ")) sections.push([]);
    sections[sections.length - 1]?.push(line);
  }
  let si = 0;
  for (const f of files) {
    const count =
      f.oldMode !== "000000" &&
      f.newMode !== "000000" &&
      f.status === "changed" &&
      f.oldMode.slice(0, 2) !== f.newMode.slice(0, 2)
        ? 2
        : 1;
    const mine = sections.slice(si, si + count);
    si += count;
    if (mine.length !== count)
      throw new Error(`patch sections do not match the raw diff at ${f.filename}`);
    const patchLines: string[] = [];
    for (const sec of mine) {
      if (sec.some((l) => l.startsWith("Binary files ") || l === "GIT binary patch"))
        f.binary = true;
      const at = sec.findIndex((l) => l.startsWith("@@"));
      if (at >= 0) patchLines.push(...sec.slice(at));
    }
    if (!f.binary && patchLines.length > 0) {
      f.patchLines = patchLines;
      f.patch = patchLines.join("\n");
      f.hunks = parseHunks(patchLines);
    }
  }
  if (si !== sections.length)
    throw new Error(`patch has ${sections.length} sections, the raw diff needs ${si}`);
  return files;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly violation?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message ?? status));
  }
}

function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
}

function isoFromEpoch(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function stableInt(s: string, min = 1_000_000, span = 900_000_000): number {
  const h = createHash("sha1").update(s).digest();
  return min + (h.readUInt32BE(0) % span);
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0:${kind}${id}`).toString("base64").replace(/=+$/, "");
}

/** Ruby's pack('m'): base64 in lines of 60 characters, each ending with a newline. */
function githubBase64(buf: Buffer): string {
  const b64 = buf.toString("base64");
  let out = "";
  for (let i = 0; i < b64.length; i += 60) out += b64.slice(i, i + 60) + "\n";
  return out;
}

const SHA_RE = /^[0-9a-f]{40}$/;
const EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

const KNOWN_USERS: Record<string, { id: number; type: string }> = {
  "github-actions[bot]": { id: 41898282, type: "Bot" },
  octocat: { id: 583231, type: "User" },
  "web-flow": { id: 19864447, type: "User" },
  github: { id: 9919, type: "Organization" },
};

interface Person {
  name: string;
  email: string;
  date: string;
}

interface RawCommit {
  sha: string;
  tree: string;
  parents: string[];
  author: Person;
  committer: Person;
  message: string;
  gpgsig: boolean;
  raw: string;
}

function parsePerson(s: string): Person {
  const m = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(s);
  if (!m) return { name: s, email: "", date: isoFromEpoch(0) };
  return { name: m[1]!, email: m[2]!, date: isoFromEpoch(Number(m[3])) };
}

function toGitDate(iso: string | undefined): string {
  if (iso === undefined) return `${Math.floor(Date.now() / 1000)} +0000`;
  const ms = Date.parse(iso);
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  const tz = m ? `${m[1]}${m[2]}${m[3]}` : "+0000";
  return `${Math.floor(ms / 1000)} ${tz}`;
}

type Scope = "contents" | "checks" | "pullRequests" | "issues" | "issuesOrPulls" | "metadata";

interface Access {
  scope: Scope;
  level: "read" | "write";
}

interface TokenInfo {
  token: string;
  spec: TokenSpec;
  login: string;
}

interface RepoCtx {
  owner: string;
  name: string;
  fullName: string;
  id: number;
  fork: boolean;
}

interface Ctx {
  method: string;
  op: OpFull;
  params: Record<string, string>;
  query: Record<string, string>;
  body: any;
  token: TokenInfo | null;
  repo: RepoCtx;
  accept: string;
  /** Path after /repos/{owner}/{repo}, percent-encoded (for Link headers). */
  restPath: string;
  rawQuery: string;
}

interface Result {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw body (media types other than JSON). */
  raw?: { contentType: string; data: Buffer };
}

type Handler = (s: ServerImpl, c: Ctx) => Result;

const SCOPE_HEADER: Record<Scope, string> = {
  contents: "contents",
  checks: "checks",
  pullRequests: "pull_requests",
  issues: "issues",
  issuesOrPulls: "issues",
  metadata: "metadata",
};

// ---------------------------------------------------------------------------------------------
// Handlers (keyed by operationId)
// ---------------------------------------------------------------------------------------------

const HANDLERS: Record<string, { access: Access; run: Handler; write?: boolean }> = {
  "repos/get": {
    access: { scope: "metadata", level: "read" },
    run: (s, c) => ({ status: 200, body: s.repoObject(c.repo, true) }),
  },
  "pulls/list": { access: { scope: "pullRequests", level: "read" }, run: (s, c) => s.listPulls(c) },
  "pulls/get": { access: { scope: "pullRequests", level: "read" }, run: (s, c) => s.getPull(c) },
  "pulls/create": {
    access: { scope: "pullRequests", level: "write" },
    run: (s, c) => s.createPull(c),
  },
  "pulls/update": {
    access: { scope: "pullRequests", level: "write" },
    run: (s, c) => s.updatePull(c),
  },
  "pulls/list-files": {
    access: { scope: "pullRequests", level: "read" },
    run: (s, c) => s.listPullFiles(c),
  },
  "pulls/list-commits": {
    access: { scope: "pullRequests", level: "read" },
    run: (s, c) => s.listPullCommits(c),
  },
  "repos/compare-commits-with-basehead": {
    access: { scope: "contents", level: "read" },
    run: (s, c) => s.compare(c),
  },
  "repos/compare-commits": {
    access: { scope: "contents", level: "read" },
    run: (s, c) => s.compare(c),
  },
  "git/get-tree": { access: { scope: "contents", level: "read" }, run: (s, c) => s.getTree(c) },
  "git/get-blob": { access: { scope: "contents", level: "read" }, run: (s, c) => s.getBlob(c) },
  "repos/get-content": {
    access: { scope: "contents", level: "read" },
    run: (s, c) => s.getContent(c),
  },
  "git/get-commit": {
    access: { scope: "contents", level: "read" },
    run: (s, c) => s.getGitCommit(c),
  },
  "git/get-ref": { access: { scope: "contents", level: "read" }, run: (s, c) => s.getRef(c) },
  "repos/get-commit": {
    access: { scope: "contents", level: "read" },
    run: (s, c) => s.getCommit(c),
  },
  "repos/list-pull-requests-associated-with-commit": {
    access: { scope: "pullRequests", level: "read" },
    run: (s, c) => s.pullsForCommit(c),
  },
  "git/create-blob": {
    access: { scope: "contents", level: "write" },
    run: (s, c) => s.createBlob(c),
  },
  "git/create-tree": {
    access: { scope: "contents", level: "write" },
    run: (s, c) => s.createTree(c),
  },
  "git/create-commit": {
    access: { scope: "contents", level: "write" },
    run: (s, c) => s.createCommit(c),
  },
  "repos/create-or-update-file-contents": {
    access: { scope: "contents", level: "write" },
    run: (s, c) => s.putContent(c),
  },
  "repos/get-branch": {
    access: { scope: "contents", level: "read" },
    run: (s, c) => s.getBranch(c),
  },
  "git/update-ref": {
    access: { scope: "contents", level: "write" },
    run: (s, c) => s.updateRef(c),
  },
  "git/create-ref": {
    access: { scope: "contents", level: "write" },
    run: (s, c) => s.createRef(c),
  },
  "checks/create": {
    access: { scope: "checks", level: "write" },
    run: (s, c) => s.createCheckRun(c),
  },
  "checks/update": {
    access: { scope: "checks", level: "write" },
    run: (s, c) => s.updateCheckRun(c),
  },
  "checks/get": { access: { scope: "checks", level: "read" }, run: (s, c) => s.getCheckRun(c) },
  "checks/list-for-ref": {
    access: { scope: "checks", level: "read" },
    run: (s, c) => s.listCheckRuns(c),
  },
  "checks/list-annotations": {
    access: { scope: "checks", level: "read" },
    run: (s, c) => s.listAnnotations(c),
  },
  "pulls/list-reviews": {
    access: { scope: "pullRequests", level: "read" },
    run: (s, c) => s.listReviews(c),
  },
  "pulls/create-review": {
    access: { scope: "pullRequests", level: "write" },
    run: (s, c) => s.createReview(c),
  },
  "pulls/list-review-comments": {
    access: { scope: "pullRequests", level: "read" },
    run: (s, c) => s.listReviewComments(c),
  },
  "pulls/create-review-comment": {
    access: { scope: "pullRequests", level: "write" },
    run: (s, c) => s.createReviewComment(c),
  },
  "pulls/get-review-comment": {
    access: { scope: "pullRequests", level: "read" },
    run: (s, c) => s.getReviewComment(c),
  },
  "pulls/update-review-comment": {
    access: { scope: "pullRequests", level: "write" },
    run: (s, c) => s.updateReviewComment(c),
  },
  "pulls/delete-review-comment": {
    access: { scope: "pullRequests", level: "write" },
    run: (s, c) => s.deleteReviewComment(c),
  },
  "issues/list-comments": {
    access: { scope: "issuesOrPulls", level: "read" },
    run: (s, c) => s.listIssueComments(c),
  },
  "issues/create-comment": {
    access: { scope: "issuesOrPulls", level: "write" },
    run: (s, c) => s.createIssueComment(c),
  },
  "issues/get-comment": {
    access: { scope: "issuesOrPulls", level: "read" },
    run: (s, c) => s.getIssueComment(c),
  },
  "issues/update-comment": {
    access: { scope: "issuesOrPulls", level: "write" },
    run: (s, c) => s.updateIssueComment(c),
  },
  "issues/delete-comment": {
    access: { scope: "issuesOrPulls", level: "write" },
    run: (s, c) => s.deleteIssueComment(c),
  },
  "repos/get-collaborator-permission-level": {
    access: { scope: "metadata", level: "read" },
    run: (s, c) => s.collaboratorPermission(c),
  },
};

/** Operation ids this server implements. */
export const IMPLEMENTED_OPERATIONS: readonly string[] = [
  ...Object.keys(HANDLERS),
  "rate-limit/get",
];
HANDLERS["rate-limit/get"] = {
  access: { scope: "metadata", level: "read" },
  run: (s, c) => s.rateLimitStatus(c),
};

const GENERIC_DOCS = "https://docs.github.com/rest";
const BODY_LIMIT = 65536;
const TEXT_LIMIT = 65535;
const MAX_FILES = 3000;
const COMPARE_FILES = 300;
const ANNOTATIONS_PER_REQUEST = 50;

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

interface PullState {
  lastHead?: string;
  spec: PullSpec;
  id: number;
  createdAt: string;
}

interface CheckRunInternal extends CheckRunState {
  output: { title?: string; summary?: string; text?: string; annotations: any[] };
  started_at: string | null;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  check_suite_id: number;
}

class ServerImpl implements GitHubServer {
  url = "";
  requests: RecordedRequest[] = [];
  violations: string[] = [];
  warnings: string[] = [];
  responseViolations: string[] = [];
  state = {
    checkRuns: [] as CheckRunInternal[],
    reviews: [] as ReviewState[],
    reviewComments: [] as ReviewCommentState[],
    issueComments: [] as IssueCommentState[],
  };

  readonly gitDir: string;
  readonly main: RepoCtx;
  readonly forks = new Map<string, RepoCtx>();
  readonly pulls: PullState[];
  readonly faults: Array<Fault & { left: number }> = [];
  private readonly server: http.Server;
  private readonly timers = new Set<NodeJS.Timeout>();
  private nextId = 1_000_001;
  private readonly diffCache = new Map<string, DiffFile[]>();
  private readonly mergeCache = new Map<string, string | null>();
  readonly verified = new Set<string>();
  private readonly rate = new Map<string, { used: number; reset: number }>();
  private inflight = 0;
  private inflightWrites = 0;
  private readonly writeTimes: number[] = [];
  readonly htmlBase = "https://github.com";
  readonly prefix: string;
  readonly defaultBranch: string;
  readonly createdAt = "2024-01-01T00:00:00Z";

  constructor(readonly options: GitHubServerOptions) {
    this.gitDir = path.resolve(options.gitDir);
    this.prefix = (options.apiPrefix ?? "").replace(/\/+$/, "");
    this.main = {
      owner: options.owner,
      name: options.repo,
      fullName: `${options.owner}/${options.repo}`,
      id: options.repoId ?? stableInt(`${options.owner}/${options.repo}`),
      fork: false,
    };
    for (const p of options.pulls ?? []) {
      if (p.headRepo && p.headRepo.toLowerCase() !== this.main.fullName.toLowerCase()) {
        const [owner, name] = p.headRepo.split("/") as [string, string];
        this.forks.set(p.headRepo.toLowerCase(), {
          owner,
          name,
          fullName: p.headRepo,
          id: stableInt(p.headRepo),
          fork: true,
        });
      }
    }
    this.pulls = (options.pulls ?? []).map((spec) => ({
      spec,
      id: stableInt(`pull:${spec.number}`),
      createdAt: this.createdAt,
    }));
    for (const f of options.faults ?? []) this.addFault(f);
    const head = gitRaw(["symbolic-ref", "--short", "HEAD"], {
      gitDir: this.gitDir,
      okCodes: [0, 1, 128],
    });
    this.defaultBranch = head.status === 0 ? head.stdout.toString("utf8").trim() : "main";
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.violations.push(`server bug: ${(err as Error)?.stack ?? String(err)}`);
        if (!res.headersSent) {
          res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
          res.end(JSON.stringify({ message: "Server Error" }));
        }
      });
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    const port = (this.server.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${port}${this.prefix}`;
  }

  addFault(f: Fault): void {
    this.faults.push({ ...f, left: f.times ?? 1 });
  }

  branchSha(branch: string): string {
    const sha = revParse(this.gitDir, `refs/heads/${branch}`);
    if (!sha) throw new Error(`no branch ${branch}`);
    return sha;
  }

  pullRequestEvent(
    number: number,
    action = "opened",
    extra: Record<string, unknown> = {},
  ): Record<string, any> {
    const p = this.pulls.find((x) => x.spec.number === number);
    if (!p) throw new Error(`no pull request #${number}`);
    const pr = this.pullObject(p);
    return {
      action,
      number,
      pull_request: pr,
      repository: this.repoObject(this.main, true),
      sender: pr.user,
      ...extra,
    };
  }

  pullRequestEnv(number: number): Record<string, string> {
    const p = this.pulls.find((x) => x.spec.number === number);
    if (!p) throw new Error(`no pull request #${number}`);
    const { base, head } = this.pullShas(p);
    const merge = this.mergeSha(p, base, head);
    if (!merge)
      throw new Error(
        `pull request #${number} has conflicts: GitHub runs no pull_request workflow for it`,
      );
    return {
      GITHUB_API_URL: this.url,
      GITHUB_SERVER_URL: this.htmlBase,
      GITHUB_GRAPHQL_URL: `${this.url}/graphql`,
      GITHUB_REPOSITORY: this.main.fullName,
      GITHUB_REPOSITORY_OWNER: this.main.owner,
      GITHUB_REPOSITORY_ID: String(this.main.id),
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_REF: `refs/pull/${number}/merge`,
      GITHUB_REF_NAME: `${number}/merge`,
      GITHUB_REF_TYPE: "branch",
      GITHUB_SHA: merge,
      GITHUB_HEAD_REF: p.spec.head,
      GITHUB_BASE_REF: p.spec.base,
      GITHUB_ACTIONS: "true",
      CI: "true",
    };
  }

  pushToBranch(branch: string, sha: string): void {
    git(["update-ref", `refs/heads/${branch}`, sha], { gitDir: this.gitDir });
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // --- request pipeline ------------------------------------------------------------------------

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      this.timers.add(t);
    });
  }

  private async readBody(req: http.IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  private rateState(key: string): { limit: number; used: number; reset: number } {
    const limit = key === "" ? 60 : (this.options.rateLimit ?? 1000);
    let r = this.rate.get(key);
    const now = Math.floor(Date.now() / 1000);
    if (!r || r.reset <= now) {
      r = { used: 0, reset: now + 3600 };
      this.rate.set(key, r);
    }
    return { limit, ...r };
  }

  private rateHeaders(key: string): Record<string, string> {
    const r = this.rateState(key);
    return {
      "x-ratelimit-limit": String(r.limit),
      "x-ratelimit-remaining": String(Math.max(0, r.limit - r.used)),
      "x-ratelimit-reset": String(r.reset),
      "x-ratelimit-used": String(r.used),
      "x-ratelimit-resource": "core",
    };
  }

  private error(
    status: number,
    message: string,
    docs = GENERIC_DOCS,
    extra: Record<string, unknown> = {},
  ): Record<string, unknown> {
    return { message, ...extra, documentation_url: docs, status: String(status) };
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const rawUrl = req.url ?? "/";
    const qi = rawUrl.indexOf("?");
    const fullPath = qi < 0 ? rawUrl : rawUrl.slice(0, qi);
    const rawQuery = qi < 0 ? "" : rawUrl.slice(qi + 1);
    const query: Record<string, string> = {};
    const seen = new Set<string>();
    for (const [k, v] of new URLSearchParams(rawQuery)) {
      if (seen.has(k))
        this.warnings.push(`${method} ${fullPath}: query parameter "${k}" given twice`);
      seen.add(k);
      query[k] = v;
    }
    const isWrite = method !== "GET" && method !== "HEAD";
    this.inflight++;
    if (isWrite) this.inflightWrites++;
    if (this.inflight > 100)
      this.violations.push(`limit: more than 100 concurrent requests (${method} ${fullPath})`);
    if (isWrite && this.inflightWrites > 1) {
      this.warnings.push(
        `concurrent content-creating requests (${method} ${fullPath}): GitHub asks for writes to be made serially`,
      );
    }
    try {
      const bodyBuf = await this.readBody(req);
      let body: unknown = undefined;
      let badJson = false;
      if (bodyBuf.length > 0) {
        try {
          body = JSON.parse(bodyBuf.toString("utf8"));
        } catch {
          body = bodyBuf.toString("utf8");
          badJson = true;
        }
      }
      const rec: RecordedRequest = { method, path: fullPath, query, body, status: 0 };
      this.requests.push(rec);
      const auth = req.headers.authorization;
      let tokenString: string | undefined;
      if (auth) {
        const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(auth);
        tokenString = m ? m[1] : auth;
        rec.token = tokenString;
      }
      const rateKey =
        tokenString !== undefined && this.options.tokens[tokenString] ? tokenString : "";

      const result = await this.process(
        req,
        rec,
        method,
        fullPath,
        rawQuery,
        query,
        body,
        badJson,
        tokenString,
        isWrite,
      );
      const headers: Record<string, string> = {
        "x-github-media-type": "github.v3; format=json",
        "x-github-api-version-selected": "2022-11-28",
        "x-github-request-id": randomBytes(8)
          .toString("hex")
          .toUpperCase()
          .replace(/(.{4})(?=.)/g, "$1:"),
        ...this.rateHeaders(rateKey),
        ...(result.headers ?? {}),
      };
      rec.status = result.status;
      const documented = rec.operationId
        ? String(result.status) in (loadSpec().full.get(rec.operationId)?.responses ?? {})
        : false;
      if (
        this.options.validateResponses !== false &&
        rec.operationId &&
        result.raw === undefined &&
        !rec.fault &&
        (documented || result.status < 300)
      ) {
        const errs = validateResponse(rec.operationId, result.status, result.body);
        for (const e of errs) this.responseViolations.push(`${method} ${fullPath}: ${e}`);
      }
      if (res.destroyed) return;
      if (result.raw) {
        res.writeHead(result.status, {
          ...headers,
          "content-type": result.raw.contentType,
          "content-length": String(result.raw.data.length),
        });
        res.end(result.raw.data);
      } else if (result.body === undefined) {
        res.writeHead(result.status, headers);
        res.end();
      } else {
        const data = Buffer.from(JSON.stringify(result.body));
        res.writeHead(result.status, {
          ...headers,
          "content-type": "application/json; charset=utf-8",
          "content-length": String(data.length),
        });
        res.end(data);
      }
    } finally {
      this.inflight--;
      if (isWrite) this.inflightWrites--;
    }
  }

  private matchFault(method: string, fullPath: string): (Fault & { left: number }) | undefined {
    let decoded = fullPath;
    try {
      decoded = decodeURIComponent(fullPath);
    } catch {
      /* keep */
    }
    for (const f of this.faults) {
      if (f.left <= 0) continue;
      if (f.method && f.method.toUpperCase() !== method) continue;
      f.path.lastIndex = 0;
      const hit = f.path.test(fullPath) || ((f.path.lastIndex = 0), f.path.test(decoded));
      if (!hit) continue;
      f.left--;
      return f;
    }
    return undefined;
  }

  private faultResult(f: Fault): Result {
    const headers: Record<string, string> = {};
    const secondaryMessage =
      "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. " +
      `If you reach out to GitHub Support for help, please include the request ID ${randomBytes(4).toString("hex").toUpperCase()}:${randomBytes(4).toString("hex").toUpperCase()}.`;
    let body: Record<string, unknown>;
    if (f.secondary || f.status === 429) {
      headers["retry-after"] = String(f.retryAfter ?? 1);
      body = this.error(
        f.status,
        secondaryMessage,
        "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
      );
    } else {
      if (f.retryAfter !== undefined) headers["retry-after"] = String(f.retryAfter);
      const messages: Record<number, string> = {
        400: "Bad Request",
        401: "Bad credentials",
        403: "Resource not accessible by integration",
        404: "Not Found",
        409: "Conflict",
        422: "Unprocessable Entity",
        500: "Server Error",
        502: "Server Error",
        503: "Service Unavailable",
        504: "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.",
      };
      body = this.error(f.status, messages[f.status] ?? "Server Error");
    }
    return { status: f.status, body: f.body ?? body, headers };
  }

  private async process(
    req: http.IncomingMessage,
    rec: RecordedRequest,
    method: string,
    fullPath: string,
    rawQuery: string,
    query: Record<string, string>,
    body: unknown,
    badJson: boolean,
    tokenString: string | undefined,
    isWrite: boolean,
  ): Promise<Result> {
    // faults come first: they stand for GitHub failing whatever the request
    const fault = this.matchFault(method, fullPath);
    if (fault) {
      if (fault.delayMs) await this.sleep(fault.delayMs);
      if (fault.status >= 300) {
        rec.fault = true;
        return this.faultResult(fault);
      }
    }
    if (!fullPath.startsWith(this.prefix + "/") && fullPath !== this.prefix) {
      return { status: 404, body: this.error(404, "Not Found") };
    }
    let apiPath = fullPath.slice(this.prefix.length) || "/";

    // authentication
    let token: TokenInfo | null = null;
    if (tokenString !== undefined) {
      const spec = this.options.tokens[tokenString];
      if (!spec) return { status: 401, body: this.error(401, "Bad credentials") };
      token = { token: tokenString, spec, login: spec.login ?? "github-actions[bot]" };
    }
    if (!req.headers["user-agent"]) {
      this.violations.push(
        `openapi: ${method} ${fullPath}: no User-Agent header (GitHub rejects such requests)`,
      );
      return {
        status: 403,
        body: {
          message:
            "Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.",
        },
      };
    }
    const apiVersion = req.headers["x-github-api-version"];
    if (apiVersion !== undefined && apiVersion !== "2022-11-28" && apiVersion !== "2026-03-10") {
      this.violations.push(
        `openapi: ${method} ${fullPath}: unsupported X-GitHub-Api-Version ${String(apiVersion)}`,
      );
      return {
        status: 400,
        body: this.error(400, `API version '${String(apiVersion)}' is not supported.`),
      };
    }

    // /repositories/{id}/... (the form of GitHub's Link headers) is /repos/{owner}/{repo}/...
    const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(apiPath);
    if (byId) {
      const r = [this.main, ...this.forks.values()].find((x) => x.id === Number(byId[1]));
      if (!r) return { status: 404, body: this.error(404, "Not Found") };
      apiPath = `/repos/${r.owner}/${r.name}${byId[2] ?? ""}`;
    }

    const match = matchOperation(method, apiPath);
    if (!match) {
      this.violations.push(
        `openapi: no operation in GitHub's OpenAPI description for ${method} ${apiPath}`,
      );
      return { status: 404, body: this.error(404, "Not Found") };
    }
    rec.operationId = match.op.operationId;
    rec.params = match.params;
    const handler = HANDLERS[match.op.operationId];
    const full = loadSpec().full.get(match.op.operationId);
    if (!handler || !full) {
      this.violations.push(`unimplemented: ${method} ${apiPath} (${match.op.operationId})`);
      return { status: 404, body: this.error(404, "Not Found") };
    }
    const docs = full.docsUrl;

    // rate limit (GET /rate_limit is free)
    const rateKey = token ? token.token : "";
    if (match.op.operationId !== "rate-limit/get") {
      const r = this.rateState(rateKey);
      if (r.used >= r.limit) {
        this.violations.push(
          `limit: primary rate limit exhausted (${r.limit} requests per hour) at ${method} ${apiPath}`,
        );
        return {
          status: 403,
          body: this.error(
            403,
            token
              ? "API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID."
              : "API rate limit exceeded for 127.0.0.1.",
            "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
          ),
        };
      }
      this.rate.get(rateKey)!.used++;
    }
    if (isWrite) {
      const now = Date.now();
      this.writeTimes.push(now);
      while (this.writeTimes.length > 0 && this.writeTimes[0]! < now - 60_000)
        this.writeTimes.shift();
      if (this.writeTimes.length > 80) {
        this.violations.push(
          `limit: more than 80 content-creating requests in a minute (secondary rate limit) at ${method} ${apiPath}`,
        );
      }
    }

    // request validation against the OpenAPI description
    const problems: string[] = [];
    for (const p of full.parameters.filter((x) => x.in === "path")) {
      const value = match.params[p.name];
      if (value === undefined) continue;
      const err = checkParam(p, value);
      if (err) problems.push(`path parameter ${p.name}: ${err}`);
    }
    if (problems.length > 0) {
      this.violations.push(
        `openapi: ${method} ${apiPath} (${full.operationId}): ${problems.join("; ")}`,
      );
      return { status: 404, body: this.error(404, "Not Found", docs) };
    }
    const queryParams = new Map(
      full.parameters.filter((x) => x.in === "query").map((p) => [p.name, p]),
    );
    for (const [k, v] of Object.entries(query)) {
      const p = queryParams.get(k);
      if (!p) {
        this.violations.push(
          `openapi: ${method} ${apiPath} (${full.operationId}): unknown query parameter "${k}"`,
        );
        continue;
      }
      const err = checkParam(p, v);
      if (err) problems.push(`query parameter ${k}=${JSON.stringify(v)}: ${err}`);
    }
    for (const p of queryParams.values()) {
      if (p.required && query[p.name] === undefined)
        problems.push(`query parameter ${p.name} is required`);
    }
    if (query.per_page !== undefined && Number(query.per_page) > 100) {
      this.violations.push(
        `limit: ${method} ${apiPath}: per_page=${query.per_page} (GitHub's maximum is 100)`,
      );
    }
    if (isWrite && badJson) {
      this.violations.push(
        `openapi: ${method} ${apiPath} (${full.operationId}): the body is not JSON`,
      );
      return { status: 400, body: this.error(400, "Problems parsing JSON", docs) };
    }
    if (isWrite && full.requestSchema) {
      const errs = validateRequestBody(full.operationId, body ?? {});
      problems.push(...errs);
      const unknown: string[] = [];
      unknownProperties(full.requestSchema, body ?? {}, "body", unknown);
      for (const u of unknown)
        this.warnings.push(
          `${method} ${apiPath} (${full.operationId}): ${u} is not in GitHub's OpenAPI description and is ignored by GitHub`,
        );
    } else if (isWrite && body !== undefined && !full.requestSchema && method !== "DELETE") {
      this.warnings.push(
        `${method} ${apiPath} (${full.operationId}): a body is sent but the operation takes none`,
      );
    }
    if (problems.length > 0) {
      this.violations.push(
        `openapi: ${method} ${apiPath} (${full.operationId}): ${problems.join("; ")}`,
      );
      return {
        status: 422,
        body: this.error(422, `Invalid request.\n\n${problems.join("\n")}`, docs),
      };
    }

    // the repository
    let repo: RepoCtx | undefined;
    if (match.params.owner !== undefined) {
      const fullName = `${match.params.owner}/${match.params.repo}`.toLowerCase();
      repo = fullName === this.main.fullName.toLowerCase() ? this.main : this.forks.get(fullName);
      if (!repo) {
        this.warnings.push(
          `${method} ${apiPath}: repository ${match.params.owner}/${match.params.repo} is not served (404)`,
        );
        return { status: 404, body: this.error(404, "Not Found", docs) };
      }
    }

    // permissions
    const access = handler.access;
    const headers: Record<string, string> = {
      "x-accepted-github-permissions":
        access.scope === "issuesOrPulls"
          ? `issues=${access.level}; pull_requests=${access.level}`
          : `${SCOPE_HEADER[access.scope]}=${access.level}`,
    };
    if (access.level === "write" && !token) {
      return { status: 401, body: this.error(401, "Requires authentication", docs), headers };
    }
    if (!this.allowed(token, access, repo)) {
      return {
        status: 403,
        body: this.error(403, "Resource not accessible by integration", docs),
        headers,
      };
    }

    const rest = repo ? apiPath.replace(/^\/repos\/[^/]+\/[^/]+/, "") : apiPath;
    const ctx: Ctx = {
      method,
      op: full,
      params: match.params,
      query,
      body: body ?? {},
      token,
      repo: repo ?? this.main,
      accept: String(req.headers.accept ?? ""),
      restPath: rest,
      rawQuery,
    };
    try {
      const result = handler.run(this, ctx);
      result.headers = { ...headers, ...(result.headers ?? {}) };
      return result;
    } catch (e) {
      if (e instanceof HttpError) {
        if (e.violation) this.violations.push(`${e.violation} (${method} ${apiPath})`);
        const b = { ...e.body };
        if (b.documentation_url === undefined || b.documentation_url === GENERIC_DOCS)
          b.documentation_url = docs;
        if (b.status === undefined) b.status = String(e.status);
        return { status: e.status, body: b, headers: { ...headers, ...e.headers } };
      }
      throw e;
    }
  }

  private allowed(token: TokenInfo | null, access: Access, repo: RepoCtx | undefined): boolean {
    if (access.level === "write" && repo?.fork) return false; // a GITHUB_TOKEN never writes to a fork
    const level = (p: Permission | undefined): number => (p === "write" ? 2 : p === "read" ? 1 : 0);
    const need = access.level === "write" ? 2 : 1;
    if (access.level === "read" && !this.options.private) return true;
    if (access.scope === "metadata") return token !== null;
    if (!token) return false;
    const s = token.spec;
    switch (access.scope) {
      case "contents":
        return level(s.contents) >= need;
      case "checks":
        return level(s.checks) >= need;
      case "pullRequests":
        return level(s.pullRequests) >= need;
      case "issues":
        return level(s.issues) >= need;
      case "issuesOrPulls":
        return level(s.issues) >= need || level(s.pullRequests) >= need;
    }
  }

  // --- object builders -------------------------------------------------------------------------

  api(p: string): string {
    return `${this.url}${p}`;
  }

  repoApi(repo: RepoCtx, p = ""): string {
    return `${this.url}/repos/${repo.fullName}${p}`;
  }

  user(login: string): any {
    const known = KNOWN_USERS[login];
    const id = known?.id ?? stableInt(`user:${login}`);
    const type = known?.type ?? (login.endsWith("[bot]") ? "Bot" : "User");
    const u = this.api(`/users/${encodeURIComponent(login)}`);
    return {
      login,
      id,
      node_id: nodeId(type === "Bot" ? "Bot" : "User", id),
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: "",
      url: u,
      html_url:
        type === "Bot"
          ? `${this.htmlBase}/apps/${login.replace(/\[bot\]$/, "")}`
          : `${this.htmlBase}/${login}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type,
      user_view_type: "public",
      site_admin: false,
    };
  }

  /** A user for a commit's email, as GitHub links them (noreply addresses), or null. */
  userForEmail(email: string): any {
    if (email === "noreply@github.com") return this.user("web-flow");
    const m = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email);
    return m ? this.user(m[1]!) : null;
  }

  repoObject(repo: RepoCtx, full: boolean): any {
    const base = this.repoApi(repo);
    const html = `${this.htmlBase}/${repo.fullName}`;
    const branchTip = revParse(this.gitDir, `refs/heads/${this.defaultBranch}`);
    const pushedAt = branchTip ? this.rawCommit(branchTip).committer.date : this.createdAt;
    const obj: any = {
      id: repo.id,
      node_id: nodeId("Repository", repo.id),
      name: repo.name,
      full_name: repo.fullName,
      private: !!this.options.private,
      owner: this.user(repo.owner),
      html_url: html,
      description: null,
      fork: repo.fork,
      url: base,
      forks_url: `${base}/forks`,
      keys_url: `${base}/keys{/key_id}`,
      collaborators_url: `${base}/collaborators{/collaborator}`,
      teams_url: `${base}/teams`,
      hooks_url: `${base}/hooks`,
      issue_events_url: `${base}/issues/events{/number}`,
      events_url: `${base}/events`,
      assignees_url: `${base}/assignees{/user}`,
      branches_url: `${base}/branches{/branch}`,
      tags_url: `${base}/tags`,
      blobs_url: `${base}/git/blobs{/sha}`,
      git_tags_url: `${base}/git/tags{/sha}`,
      git_refs_url: `${base}/git/refs{/sha}`,
      trees_url: `${base}/git/trees{/sha}`,
      statuses_url: `${base}/statuses/{sha}`,
      languages_url: `${base}/languages`,
      stargazers_url: `${base}/stargazers`,
      contributors_url: `${base}/contributors`,
      subscribers_url: `${base}/subscribers`,
      subscription_url: `${base}/subscription`,
      commits_url: `${base}/commits{/sha}`,
      git_commits_url: `${base}/git/commits{/sha}`,
      comments_url: `${base}/comments{/number}`,
      issue_comment_url: `${base}/issues/comments{/number}`,
      contents_url: `${base}/contents/{+path}`,
      compare_url: `${base}/compare/{base}...{head}`,
      merges_url: `${base}/merges`,
      archive_url: `${base}/{archive_format}{/ref}`,
      downloads_url: `${base}/downloads`,
      issues_url: `${base}/issues{/number}`,
      pulls_url: `${base}/pulls{/number}`,
      milestones_url: `${base}/milestones{/number}`,
      notifications_url: `${base}/notifications{?since,all,participating}`,
      labels_url: `${base}/labels{/name}`,
      releases_url: `${base}/releases{/id}`,
      deployments_url: `${base}/deployments`,
      created_at: this.createdAt,
      updated_at: pushedAt,
      pushed_at: pushedAt,
      git_url: `git://github.com/${repo.fullName}.git`,
      ssh_url: `git@github.com:${repo.fullName}.git`,
      clone_url: `${html}.git`,
      svn_url: html,
      homepage: null,
      size: 100,
      stargazers_count: 0,
      watchers_count: 0,
      language: null,
      has_issues: true,
      has_projects: true,
      has_downloads: true,
      has_wiki: true,
      has_pages: false,
      has_discussions: false,
      forks_count: this.forks.size,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: this.pulls.filter((p) => (p.spec.state ?? "open") === "open").length,
      license: null,
      allow_forking: true,
      is_template: false,
      web_commit_signoff_required: false,
      topics: [],
      visibility: this.options.private ? "private" : "public",
      forks: this.forks.size,
      open_issues: this.pulls.filter((p) => (p.spec.state ?? "open") === "open").length,
      watchers: 0,
      default_branch: this.defaultBranch,
      permissions: { admin: false, maintain: false, push: false, triage: false, pull: true },
    };
    if (full) {
      Object.assign(obj, {
        temp_clone_token: null,
        allow_squash_merge: true,
        allow_merge_commit: true,
        allow_rebase_merge: true,
        allow_auto_merge: false,
        delete_branch_on_merge: false,
        allow_update_branch: false,
        use_squash_pr_title_as_default: false,
        squash_merge_commit_message: "COMMIT_MESSAGES",
        squash_merge_commit_title: "COMMIT_OR_PR_TITLE",
        merge_commit_message: "PR_TITLE",
        merge_commit_title: "MERGE_MESSAGE",
        network_count: this.forks.size,
        subscribers_count: 0,
      });
      if (repo.fork) {
        obj.parent = this.repoObject(this.main, false);
        obj.source = this.repoObject(this.main, false);
      }
    }
    return obj;
  }

  association(login: string): string {
    if (login.toLowerCase() === this.main.owner.toLowerCase()) return "OWNER";
    const role = this.options.collaborators?.[login];
    if (role && role !== "none") return "COLLABORATOR";
    return "NONE";
  }

  // --- git access ------------------------------------------------------------------------------

  /**
   * Whether branch `name` of the backing repository exists in `repo`. The head branch of a fork
   * pull request lives in the fork: the base repository does not have it (unless another pull
   * request of the base repository uses it); the fork has its head branches, the base branches of
   * its pull requests and the default branch.
   */
  branchVisible(repo: RepoCtx, name: string): boolean {
    if (name === this.defaultBranch) return true;
    const isFork = (p: PullState): boolean =>
      !!p.spec.headRepo && p.spec.headRepo.toLowerCase() !== this.main.fullName.toLowerCase();
    if (repo.fork) {
      return this.pulls.some(
        (p) =>
          isFork(p) &&
          p.spec.headRepo!.toLowerCase() === repo.fullName.toLowerCase() &&
          (p.spec.head === name || p.spec.base === name),
      );
    }
    if (this.pulls.some((p) => p.spec.base === name || (!isFork(p) && p.spec.head === name)))
      return true;
    const owner = this.pulls.find((p) => isFork(p) && p.spec.head === name);
    if (owner) {
      this.warnings.push(
        `branch ${name} is the head of fork pull request #${owner.spec.number}: it exists in ${owner.spec.headRepo}, not in ${repo.fullName} (404)`,
      );
      return false;
    }
    return true;
  }

  /** The tip of branch `name` as `repo` sees it, or null. */
  branchTip(repo: RepoCtx, name: string): string | null {
    const sha = revParse(this.gitDir, `refs/heads/${name}`);
    return sha && this.branchVisible(repo, name) ? sha : null;
  }

  /** A commit sha from a sha, a short sha, a branch, a tag or a full ref name, as `repo` sees it. */
  resolveCommit(rev: string, repo: RepoCtx = this.main): string | null {
    if (rev === "" || rev.startsWith("-") || rev.includes("..")) return null;
    if (SHA_RE.test(rev)) return revParse(this.gitDir, `${rev}^{commit}`);
    if (rev === "HEAD") return this.branchTip(repo, this.defaultBranch);
    if (rev.startsWith("refs/heads/")) {
      const tip = this.branchTip(repo, rev.slice("refs/heads/".length));
      return tip ? revParse(this.gitDir, `${tip}^{commit}`) : null;
    }
    if (rev.startsWith("refs/")) return revParse(this.gitDir, `${rev}^{commit}`);
    const tip = this.branchTip(repo, rev);
    if (tip) return revParse(this.gitDir, `${tip}^{commit}`);
    const tag = revParse(this.gitDir, `refs/tags/${rev}^{commit}`);
    if (tag) return tag;
    if (/^[0-9a-f]{7,39}$/.test(rev)) return revParse(this.gitDir, `${rev}^{commit}`);
    return null;
  }

  objectType(sha: string): string | null {
    if (!SHA_RE.test(sha)) return null;
    const r = gitRaw(["cat-file", "-t", sha], { gitDir: this.gitDir, okCodes: [0, 1, 128] });
    return r.status === 0 ? r.stdout.toString("utf8").trim() : null;
  }

  private readonly commitCache = new Map<string, RawCommit>();
  rawCommit(sha: string): RawCommit {
    const hit = this.commitCache.get(sha);
    if (hit) return hit;
    const raw = gitRaw(["cat-file", "commit", sha], { gitDir: this.gitDir }).stdout.toString(
      "utf8",
    );
    const sep = raw.indexOf("\n\n");
    const head = sep < 0 ? raw : raw.slice(0, sep);
    const message = sep < 0 ? "" : raw.slice(sep + 2).replace(/\n$/, "");
    const c: RawCommit = {
      sha,
      tree: "",
      parents: [],
      author: parsePerson(""),
      committer: parsePerson(""),
      message,
      gpgsig: false,
      raw,
    };
    for (const line of head.split("\n")) {
      if (line.startsWith(" ")) continue;
      const i = line.indexOf(" ");
      const key = line.slice(0, i);
      const value = line.slice(i + 1);
      if (key === "tree") c.tree = value;
      else if (key === "parent") c.parents.push(value);
      else if (key === "author") c.author = parsePerson(value);
      else if (key === "committer") c.committer = parsePerson(value);
      else if (key === "gpgsig") c.gpgsig = true;
    }
    this.commitCache.set(sha, c);
    return c;
  }

  mergeBase(a: string, b: string): string | null {
    const r = gitRaw(["merge-base", a, b], { gitDir: this.gitDir, okCodes: [0, 1] });
    return r.status === 0 ? r.stdout.toString("utf8").trim() : null;
  }

  isAncestor(a: string, b: string): boolean {
    return (
      gitRaw(["merge-base", "--is-ancestor", a, b], { gitDir: this.gitDir, okCodes: [0, 1] })
        .status === 0
    );
  }

  diff(from: string, to: string): DiffFile[] {
    const key = `${from}..${to}`;
    let d = this.diffCache.get(key);
    if (!d) {
      d = computeDiff(this.gitDir, from, to);
      this.diffCache.set(key, d);
    }
    return d;
  }

  verification(sha: string): any {
    if (this.verified.has(sha)) {
      const c = this.rawCommit(sha);
      return {
        verified: true,
        reason: "valid",
        signature:
          "-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQBQJmFakeSignatureOfTheFakeGitHubServer\n-----END PGP SIGNATURE-----\n",
        payload: c.raw,
        verified_at: c.committer.date,
      };
    }
    const c = this.rawCommit(sha);
    return {
      verified: false,
      reason: c.gpgsig ? "unknown_key" : "unsigned",
      signature: null,
      payload: null,
      verified_at: null,
    };
  }

  gitCommitObject(repo: RepoCtx, sha: string): any {
    const c = this.rawCommit(sha);
    return {
      sha,
      node_id: nodeId("Commit", sha.slice(0, 12)),
      url: this.repoApi(repo, `/git/commits/${sha}`),
      html_url: `${this.htmlBase}/${repo.fullName}/commit/${sha}`,
      author: c.author,
      committer: c.committer,
      tree: { sha: c.tree, url: this.repoApi(repo, `/git/trees/${c.tree}`) },
      message: c.message,
      parents: c.parents.map((p) => ({
        sha: p,
        url: this.repoApi(repo, `/git/commits/${p}`),
        html_url: `${this.htmlBase}/${repo.fullName}/commit/${p}`,
      })),
      verification: this.verification(sha),
    };
  }

  /** The "commit" schema (repos/get-commit, pulls/list-commits, compare). */
  commitObject(repo: RepoCtx, sha: string, withFiles: DiffFile[] | null = null): any {
    const c = this.rawCommit(sha);
    const obj: any = {
      url: this.repoApi(repo, `/commits/${sha}`),
      sha,
      node_id: nodeId("Commit", sha.slice(0, 12)),
      html_url: `${this.htmlBase}/${repo.fullName}/commit/${sha}`,
      comments_url: this.repoApi(repo, `/commits/${sha}/comments`),
      commit: {
        url: this.repoApi(repo, `/git/commits/${sha}`),
        author: c.author,
        committer: c.committer,
        message: c.message,
        comment_count: 0,
        tree: { sha: c.tree, url: this.repoApi(repo, `/git/trees/${c.tree}`) },
        verification: this.verification(sha),
      },
      author: this.userForEmail(c.author.email),
      committer: this.userForEmail(c.committer.email),
      parents: c.parents.map((p) => ({
        sha: p,
        url: this.repoApi(repo, `/commits/${p}`),
        html_url: `${this.htmlBase}/${repo.fullName}/commit/${p}`,
      })),
    };
    if (withFiles) {
      const additions = withFiles.reduce((n, f) => n + f.additions, 0);
      const deletions = withFiles.reduce((n, f) => n + f.deletions, 0);
      obj.stats = { total: additions + deletions, additions, deletions };
    }
    return obj;
  }

  diffEntry(repo: RepoCtx, f: DiffFile, fromCommit: string, toCommit: string): any {
    const commit = f.status === "removed" ? fromCommit : toCommit;
    const enc = f.filename.split("/").map(encodeURIComponent).join("/");
    const e: any = {
      sha: f.sha,
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.changes,
      blob_url: `${this.htmlBase}/${repo.fullName}/blob/${commit}/${enc}`,
      raw_url: `${this.htmlBase}/${repo.fullName}/raw/${commit}/${enc}`,
      contents_url: this.repoApi(repo, `/contents/${enc}?ref=${commit}`),
    };
    if (f.patch !== undefined) e.patch = f.patch;
    if (f.previous_filename !== undefined) e.previous_filename = f.previous_filename;
    return e;
  }

  // --- pagination ------------------------------------------------------------------------------

  paginate<T>(
    c: Ctx,
    items: T[],
    options: { cap?: number; defaultPerPage?: number } = {},
  ): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.max(
      1,
      Math.min(100, Number(c.query.per_page ?? options.defaultPerPage ?? 30) || 30),
    );
    const page = Math.max(1, Number(c.query.page ?? 1) || 1);
    const total = Math.min(items.length, options.cap ?? Infinity);
    const last = Math.max(1, Math.ceil(total / perPage));
    const start = (page - 1) * perPage;
    const slice = start >= total ? [] : items.slice(start, Math.min(start + perPage, total));
    const headers: Record<string, string> = {};
    if (last > 1 || page > 1) {
      const link = (p: number, rel: string): string => {
        const q = new URLSearchParams(c.rawQuery);
        q.set("page", String(p));
        return `<${this.url}/repositories/${c.repo.id}${c.restPath}?${q.toString()}>; rel="${rel}"`;
      };
      const parts: string[] = [];
      if (page > 1) parts.push(link(Math.min(page - 1, last), "prev"));
      if (page < last) parts.push(link(page + 1, "next"), link(last, "last"));
      if (page > 1) parts.push(link(1, "first"));
      if (parts.length > 0) headers.link = parts.join(", ");
    }
    return { items: slice, headers };
  }

  // --- pulls -----------------------------------------------------------------------------------

  pull(c: Ctx): PullState {
    const n = Number(c.params.pull_number ?? c.params.issue_number);
    const p = this.pulls.find((x) => x.spec.number === n);
    if (!p || c.repo.fork) throw new HttpError(404, this.error(404, "Not Found"));
    return p;
  }

  pullShas(p: PullState): { base: string; head: string; mergeBase: string } {
    const base = this.branchSha(p.spec.base);
    const head = this.branchSha(p.spec.head);
    const mb = this.mergeBase(base, head) ?? base;
    if (p.lastHead !== head) {
      git(["update-ref", `refs/pull/${p.spec.number}/head`, head], { gitDir: this.gitDir });
      p.lastHead = head;
    }
    return { base, head, mergeBase: mb };
  }

  mergeSha(p: PullState, base: string, head: string): string | null {
    const key = `${base}:${head}`;
    if (!this.mergeCache.has(key)) {
      const sha = mergeCommit(this.gitDir, base, head, `Merge ${head} into ${base}`);
      this.mergeCache.set(key, sha);
    }
    const sha = this.mergeCache.get(key)!;
    if (sha) git(["update-ref", `refs/pull/${p.spec.number}/merge`, sha], { gitDir: this.gitDir });
    else
      gitRaw(["update-ref", "-d", `refs/pull/${p.spec.number}/merge`], {
        gitDir: this.gitDir,
        okCodes: [0, 1],
      });
    return sha;
  }

  headRepo(p: PullState): RepoCtx {
    return p.spec.headRepo
      ? (this.forks.get(p.spec.headRepo.toLowerCase()) ?? this.main)
      : this.main;
  }

  pullObject(p: PullState, simple = false): any {
    const repo = this.main;
    const { base, head, mergeBase } = this.pullShas(p);
    const n = p.spec.number;
    const u = this.repoApi(repo, `/pulls/${n}`);
    const html = `${this.htmlBase}/${repo.fullName}/pull/${n}`;
    const hr = this.headRepo(p);
    const login = p.spec.user ?? "octocat";
    const open = (p.spec.state ?? "open") === "open";
    const obj: any = {
      url: u,
      id: p.id,
      node_id: nodeId("PullRequest", p.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: this.repoApi(repo, `/issues/${n}`),
      number: n,
      state: open ? "open" : "closed",
      locked: false,
      title: p.spec.title ?? `Pull request #${n}`,
      user: this.user(login),
      body: p.spec.body ?? null,
      created_at: p.createdAt,
      updated_at: p.createdAt,
      closed_at: open ? null : p.createdAt,
      merged_at: !open && p.spec.merged ? p.createdAt : null,
      merge_commit_sha: null as string | null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      labels: [],
      milestone: null,
      draft: !!p.spec.draft,
      commits_url: `${u}/commits`,
      review_comments_url: `${u}/comments`,
      review_comment_url: this.repoApi(repo, "/pulls/comments{/number}"),
      comments_url: this.repoApi(repo, `/issues/${n}/comments`),
      statuses_url: this.repoApi(repo, `/statuses/${head}`),
      head: {
        label: `${hr.owner}:${p.spec.head}`,
        ref: p.spec.head,
        sha: head,
        user: this.user(hr.owner),
        repo: this.repoObject(hr, false),
      },
      base: {
        label: `${repo.owner}:${p.spec.base}`,
        ref: p.spec.base,
        sha: base,
        user: this.user(repo.owner),
        repo: this.repoObject(repo, false),
      },
      _links: {
        self: { href: u },
        html: { href: html },
        issue: { href: this.repoApi(repo, `/issues/${n}`) },
        comments: { href: this.repoApi(repo, `/issues/${n}/comments`) },
        review_comments: { href: `${u}/comments` },
        review_comment: { href: this.repoApi(repo, "/pulls/comments{/number}") },
        commits: { href: `${u}/commits` },
        statuses: { href: this.repoApi(repo, `/statuses/${head}`) },
      },
      author_association:
        login === repo.owner
          ? "OWNER"
          : this.options.collaborators?.[login] && this.options.collaborators[login] !== "none"
            ? "COLLABORATOR"
            : "CONTRIBUTOR",
      auto_merge: null,
      active_lock_reason: null,
    };
    if (simple) return obj;
    const merge = this.mergeSha(p, base, head);
    const files = this.diff(mergeBase, head);
    const commits = Number(
      git(["rev-list", "--count", `${mergeBase}..${head}`], { gitDir: this.gitDir }),
    );
    Object.assign(obj, {
      merge_commit_sha: merge,
      merged: !open && !!p.spec.merged,
      mergeable: merge !== null,
      rebaseable: merge !== null,
      mergeable_state: merge !== null ? "clean" : "dirty",
      merged_by: null,
      comments: this.state.issueComments.filter((x) => x.issue === n).length,
      review_comments: this.state.reviewComments.filter((x) => x.pull === n).length,
      maintainer_can_modify: hr.fork,
      commits,
      additions: files.reduce((s, f) => s + f.additions, 0),
      deletions: files.reduce((s, f) => s + f.deletions, 0),
      changed_files: files.length,
    });
    return obj;
  }

  listPulls(c: Ctx): Result {
    const state = c.query.state ?? "open";
    let list = this.pulls.filter((p) => state === "all" || (p.spec.state ?? "open") === state);
    if (c.query.base) list = list.filter((p) => p.spec.base === c.query.base);
    if (c.query.head) {
      const [owner, ref] = c.query.head.includes(":")
        ? c.query.head.split(":", 2)
        : [undefined, c.query.head];
      list = list.filter(
        (p) =>
          p.spec.head === ref &&
          (owner === undefined || this.headRepo(p).owner.toLowerCase() === owner!.toLowerCase()),
      );
    }
    if (c.repo.fork) list = [];
    const page = this.paginate(c, list);
    return {
      status: 200,
      body: page.items.map((p) => this.pullObject(p, true)),
      headers: page.headers,
    };
  }

  /** pulls/create, as GitHub answers it for a branch of this repository. */
  createPull(c: Ctx): Result {
    const b = c.body;
    const invalid = (message: string, field?: string): never => {
      throw new HttpError(
        422,
        this.error(422, "Validation Failed", undefined, {
          errors: [
            {
              resource: "PullRequest",
              code: field ? "invalid" : "custom",
              ...(field ? { field } : { message }),
            },
          ],
        }),
      );
    };
    const head: string = String(b.head).includes(":")
      ? String(b.head).slice(String(b.head).indexOf(":") + 1)
      : String(b.head);
    const headOwner = String(b.head).includes(":")
      ? String(b.head).slice(0, String(b.head).indexOf(":"))
      : this.main.owner;
    if (headOwner.toLowerCase() !== this.main.owner.toLowerCase()) invalid("head", "head");
    if (b.issue !== undefined)
      throw new HttpError(
        422,
        this.error(422, "issue is not supported by this server"),
        "unimplemented: pulls/create from an issue",
      );
    if (b.title === undefined || b.title === "") invalid("title", "title");
    this.checkBodyLength(b.body, "PullRequest");
    const headSha = revParse(this.gitDir, `refs/heads/${head}`);
    const baseSha = revParse(this.gitDir, `refs/heads/${b.base}`);
    if (!headSha) invalid("head", "head");
    if (!baseSha) invalid("base", "base");
    const existing = this.pulls.find(
      (p) =>
        (p.spec.state ?? "open") === "open" &&
        p.spec.head === head &&
        p.spec.base === b.base &&
        !p.spec.headRepo,
    );
    if (existing) invalid(`A pull request already exists for ${this.main.owner}:${head}.`);
    if (this.isAncestor(headSha!, baseSha!)) invalid(`No commits between ${b.base} and ${head}`);
    const number = Math.max(0, ...this.pulls.map((p) => p.spec.number)) + 1;
    const spec: PullSpec = {
      number,
      base: b.base,
      head,
      user: c.token!.login,
      title: b.title,
      ...(b.body !== undefined && { body: b.body }),
      ...(b.draft !== undefined && { draft: !!b.draft }),
    };
    const p: PullState = { spec, id: stableInt(`pull:${number}`), createdAt: isoNow() };
    this.pulls.push(p);
    const body = this.pullObject(p);
    return { status: 201, body, headers: { location: body.url } };
  }

  /** pulls/update: title, body and state (reopening needs the head branch and no other open pull request on it). */
  updatePull(c: Ctx): Result {
    const p = this.pull(c);
    const b = c.body;
    if (b.base !== undefined || b.maintainer_can_modify !== undefined)
      throw new HttpError(
        422,
        this.error(422, "not supported by this server"),
        "unimplemented: pulls/update of base or maintainer_can_modify",
      );
    this.checkBodyLength(b.body, "PullRequest");
    if (b.state === "open" && (p.spec.state ?? "open") === "closed") {
      const validation = (message: string): never => {
        throw new HttpError(
          422,
          this.error(422, "Validation Failed", undefined, {
            errors: [{ resource: "PullRequest", code: "custom", message }],
          }),
        );
      };
      if (p.spec.merged) validation("state cannot be changed. The pull request has been merged.");
      if (!revParse(this.gitDir, `refs/heads/${p.spec.head}`))
        validation("state cannot be changed. The " + p.spec.head + " branch has been deleted.");
      if (
        this.pulls.some(
          (x) =>
            x !== p &&
            (x.spec.state ?? "open") === "open" &&
            x.spec.head === p.spec.head &&
            x.spec.base === p.spec.base,
        )
      )
        validation(`A pull request already exists for ${this.main.owner}:${p.spec.head}.`);
    }
    if (b.title !== undefined) p.spec.title = b.title;
    if (b.body !== undefined) p.spec.body = b.body ?? undefined;
    if (b.state !== undefined) p.spec.state = b.state;
    return { status: 200, body: this.pullObject(p) };
  }

  getPull(c: Ctx): Result {
    const p = this.pull(c);
    if (/\.diff\b|\.patch\b/.test(c.accept)) {
      const { head, mergeBase } = this.pullShas(p);
      const data = gitRaw(["diff", "-M", "--no-color", "--no-ext-diff", mergeBase, head], {
        gitDir: this.gitDir,
      }).stdout;
      return {
        status: 200,
        raw: { contentType: "application/vnd.github.diff; charset=utf-8", data },
      };
    }
    return { status: 200, body: this.pullObject(p) };
  }

  listPullFiles(c: Ctx): Result {
    const p = this.pull(c);
    const { head, mergeBase } = this.pullShas(p);
    const files = this.diff(mergeBase, head);
    const page = this.paginate(c, files, { cap: MAX_FILES });
    return {
      status: 200,
      body: page.items.map((f) => this.diffEntry(c.repo, f, mergeBase, head)),
      headers: page.headers,
    };
  }

  listPullCommits(c: Ctx): Result {
    const p = this.pull(c);
    const { head, mergeBase } = this.pullShas(p);
    const shas = git(["rev-list", "--reverse", `${mergeBase}..${head}`], { gitDir: this.gitDir })
      .split("\n")
      .filter(Boolean);
    const page = this.paginate(c, shas, { cap: 250 });
    return {
      status: 200,
      body: page.items.map((s) => this.commitObject(c.repo, s)),
      headers: page.headers,
    };
  }

  pullsForCommit(c: Ctx): Result {
    const sha = this.resolveCommit(c.params.commit_sha ?? "", c.repo);
    if (!sha)
      throw new HttpError(422, this.error(422, `No commit found for SHA: ${c.params.commit_sha}`));
    const list = this.pulls.filter((p) => {
      const { head, mergeBase } = this.pullShas(p);
      return this.isAncestor(sha, head) && !this.isAncestor(sha, mergeBase);
    });
    const page = this.paginate(c, list);
    return {
      status: 200,
      body: page.items.map((p) => this.pullObject(p, true)),
      headers: page.headers,
    };
  }

  compare(c: Ctx): Result {
    const bh = c.params.basehead ?? `${c.params.base}...${c.params.head}`;
    const m = /^(.+?)(\.\.\.?)(.+)$/.exec(bh);
    if (!m) throw new HttpError(404, this.error(404, "Not Found"));
    const strip = (s: string): string => (s.includes(":") ? s.slice(s.indexOf(":") + 1) : s);
    const side = (x: string): string | null => {
      const owner = x.includes(":") ? x.slice(0, x.indexOf(":")).toLowerCase() : null;
      const r =
        owner === null || owner === c.repo.owner.toLowerCase()
          ? c.repo
          : [this.main, ...this.forks.values()].find((f) => f.owner.toLowerCase() === owner);
      return r ? this.resolveCommit(strip(x), r) : null;
    };
    const base = side(m[1]!);
    const head = side(m[3]!);
    if (!base || !head) throw new HttpError(404, this.error(404, "Not Found"));
    const mb = this.mergeBase(base, head);
    if (!mb)
      throw new HttpError(404, this.error(404, `No common ancestor between ${m[1]} and ${m[3]}.`));
    const [behind, ahead] = git(["rev-list", "--left-right", "--count", `${base}...${head}`], {
      gitDir: this.gitDir,
    })
      .split(/\s+/)
      .map(Number) as [number, number];
    const status =
      ahead === 0 && behind === 0
        ? "identical"
        : behind === 0
          ? "ahead"
          : ahead === 0
            ? "behind"
            : "diverged";
    const from = m[2] === "..." ? mb : base;
    const files = this.diff(from, head);
    const shas = git(["rev-list", "--reverse", `${mb}..${head}`], { gitDir: this.gitDir })
      .split("\n")
      .filter(Boolean);
    const paging = c.query.page !== undefined || c.query.per_page !== undefined;
    let commitShas: string[];
    let headers: Record<string, string> = {};
    if (paging) {
      const page = this.paginate(c, shas);
      commitShas = page.items;
      headers = page.headers;
    } else {
      commitShas = shas.slice(-250);
    }
    const html = `${this.htmlBase}/${c.repo.fullName}/compare/${bh}`;
    return {
      status: 200,
      headers,
      body: {
        url: this.repoApi(c.repo, `/compare/${bh}`),
        html_url: html,
        permalink_url: `${this.htmlBase}/${c.repo.fullName}/compare/${c.repo.owner}:${base.slice(0, 7)}...${c.repo.owner}:${head.slice(0, 7)}`,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        base_commit: this.commitObject(c.repo, base),
        merge_base_commit: this.commitObject(c.repo, mb),
        status,
        ahead_by: ahead,
        behind_by: behind,
        total_commits: ahead,
        commits: commitShas.map((s) => this.commitObject(c.repo, s)),
        files: files.slice(0, COMPARE_FILES).map((f) => this.diffEntry(c.repo, f, from, head)),
      },
    };
  }

  // --- git data (read) -------------------------------------------------------------------------

  treeEntries(repo: RepoCtx, tree: string, recursive: boolean): any[] {
    const args = ["ls-tree", "-l", "-z", "--full-tree"];
    if (recursive) args.push("-r", "-t");
    args.push(tree);
    const out = gitRaw(args, { gitDir: this.gitDir }).stdout.toString("utf8");
    const entries: any[] = [];
    for (const rec of out.split("\0")) {
      if (rec === "") continue;
      const tab = rec.indexOf("\t");
      const [mode, type, sha, size] = rec.slice(0, tab).split(/\s+/) as [
        string,
        string,
        string,
        string,
      ];
      const e: any = { path: rec.slice(tab + 1), mode, type, sha };
      if (type === "blob") e.size = Number(size);
      if (type === "blob") e.url = this.repoApi(repo, `/git/blobs/${sha}`);
      else if (type === "tree") e.url = this.repoApi(repo, `/git/trees/${sha}`);
      entries.push(e);
    }
    return entries;
  }

  getTree(c: Ctx): Result {
    const ref = c.params.tree_sha ?? "";
    let tree: string | null = null;
    if (!ref.startsWith("-")) {
      if (SHA_RE.test(ref)) tree = revParse(this.gitDir, `${ref}^{tree}`);
      else {
        const commit = this.resolveCommit(ref, c.repo);
        tree = commit ? revParse(this.gitDir, `${commit}^{tree}`) : null;
      }
    }
    if (!tree) throw new HttpError(404, this.error(404, "Not Found"));
    const recursive =
      c.query.recursive !== undefined &&
      c.query.recursive !== "" &&
      c.query.recursive !== "0" &&
      c.query.recursive !== "false";
    if (c.query.recursive !== undefined && !recursive) {
      this.warnings.push(
        `git/get-tree: recursive=${c.query.recursive}: GitHub treats any value of "recursive" as true`,
      );
    }
    const entries = this.treeEntries(c.repo, tree, c.query.recursive !== undefined);
    return {
      status: 200,
      body: {
        sha: tree,
        url: this.repoApi(c.repo, `/git/trees/${tree}`),
        tree: entries,
        truncated: false,
      },
    };
  }

  getBlob(c: Ctx): Result {
    const sha = c.params.file_sha ?? "";
    if (this.objectType(sha) !== "blob") throw new HttpError(404, this.error(404, "Not Found"));
    const data = gitRaw(["cat-file", "blob", sha], { gitDir: this.gitDir }).stdout;
    if (/\.raw\b/.test(c.accept))
      return {
        status: 200,
        raw: { contentType: "application/vnd.github.raw; charset=utf-8", data },
      };
    return {
      status: 200,
      body: {
        sha,
        node_id: nodeId("Blob", sha.slice(0, 12)),
        size: data.length,
        url: this.repoApi(c.repo, `/git/blobs/${sha}`),
        content: githubBase64(data),
        encoding: "base64",
      },
    };
  }

  getContent(c: Ctx): Result {
    const p = (c.params.path ?? "").replace(/^\/+|\/+$/g, "");
    const refName = c.query.ref ?? this.defaultBranch;
    const commit = this.resolveCommit(refName, c.repo);
    if (!commit)
      throw new HttpError(404, this.error(404, `No commit found for the ref ${refName}`));
    const links = (type: string, pth: string, sha: string): any => {
      const enc = pth.split("/").map(encodeURIComponent).join("/");
      const self = this.repoApi(c.repo, `/contents/${enc}?ref=${encodeURIComponent(refName)}`);
      const gitUrl =
        type === "dir"
          ? this.repoApi(c.repo, `/git/trees/${sha}`)
          : type === "submodule"
            ? null
            : this.repoApi(c.repo, `/git/blobs/${sha}`);
      const html = `${this.htmlBase}/${c.repo.fullName}/${type === "dir" ? "tree" : "blob"}/${refName}/${enc}`;
      return {
        url: self,
        git_url: gitUrl,
        html_url: type === "submodule" ? null : html,
        download_url:
          type === "file" || type === "symlink"
            ? `https://raw.githubusercontent.com/${c.repo.fullName}/${refName}/${enc}`
            : null,
        _links: { self, git: gitUrl, html: type === "submodule" ? null : html },
      };
    };
    if (p === "") {
      return { status: 200, body: this.dirListing(c, commit, "", links) };
    }
    const out = gitRaw(["ls-tree", "-l", "-z", commit, "--", p], {
      gitDir: this.gitDir,
    }).stdout.toString("utf8");
    const rec = out.split("\0").find((r) => r !== "" && r.slice(r.indexOf("\t") + 1) === p);
    if (!rec) throw new HttpError(404, this.error(404, "Not Found"));
    const [mode, type, sha, size] = rec.slice(0, rec.indexOf("\t")).split(/\s+/) as [
      string,
      string,
      string,
      string,
    ];
    if (type === "tree") return { status: 200, body: this.dirListing(c, commit, p, links) };
    const name = p.split("/").pop()!;
    if (type === "commit") {
      return {
        status: 200,
        body: {
          type: "submodule",
          submodule_git_url: "",
          size: 0,
          name,
          path: p,
          sha,
          ...links("submodule", p, sha),
        },
      };
    }
    const data = gitRaw(["cat-file", "blob", sha], { gitDir: this.gitDir }).stdout;
    if (/\.raw\b/.test(c.accept))
      return {
        status: 200,
        raw: { contentType: "application/vnd.github.raw; charset=utf-8", data },
      };
    if (mode === "120000") {
      return {
        status: 200,
        body: {
          type: "symlink",
          target: data.toString("utf8"),
          size: Number(size),
          name,
          path: p,
          sha,
          ...links("symlink", p, sha),
        },
      };
    }
    const big = data.length > 1024 * 1024;
    return {
      status: 200,
      body: {
        type: "file",
        encoding: big ? "none" : "base64",
        size: data.length,
        name,
        path: p,
        content: big ? "" : githubBase64(data),
        sha,
        ...links("file", p, sha),
      },
    };
  }

  private dirListing(
    c: Ctx,
    commit: string,
    dir: string,
    links: (type: string, p: string, sha: string) => any,
  ): any[] {
    void c;
    const out = gitRaw(["ls-tree", "-l", "-z", dir === "" ? commit : `${commit}:${dir}`], {
      gitDir: this.gitDir,
    }).stdout.toString("utf8");
    const items: any[] = [];
    for (const rec of out.split("\0")) {
      if (rec === "") continue;
      const tab = rec.indexOf("\t");
      const [mode, type, sha, size] = rec.slice(0, tab).split(/\s+/) as [
        string,
        string,
        string,
        string,
      ];
      const name = rec.slice(tab + 1);
      const p = dir === "" ? name : `${dir}/${name}`;
      const t =
        type === "tree"
          ? "dir"
          : type === "commit"
            ? "submodule"
            : mode === "120000"
              ? "symlink"
              : "file";
      items.push({
        type: t,
        size: type === "blob" ? Number(size) : 0,
        name,
        path: p,
        sha,
        ...links(t, p, sha),
      });
    }
    return items;
  }

  getGitCommit(c: Ctx): Result {
    const sha = c.params.commit_sha ?? "";
    if (this.objectType(sha) !== "commit") throw new HttpError(404, this.error(404, "Not Found"));
    return { status: 200, body: this.gitCommitObject(c.repo, sha) };
  }

  refObject(repo: RepoCtx, ref: string, sha: string): any {
    const type = this.objectType(sha) ?? "commit";
    return {
      ref,
      node_id: nodeId("Ref", ref),
      url: this.repoApi(repo, `/git/${ref}`),
      object: { sha, type, url: this.repoApi(repo, `/git/${type}s/${sha}`) },
    };
  }

  getRef(c: Ctx): Result {
    const ref = c.params.ref ?? "";
    if (ref.startsWith("refs/")) {
      throw new HttpError(
        404,
        this.error(404, "Not Found"),
        `limit: git/get-ref: the ref is "heads/<branch>", not "${ref}"`,
      );
    }
    if (!/^(heads|tags|pull)\/./.test(ref)) throw new HttpError(404, this.error(404, "Not Found"));
    if (c.repo.fork && !ref.startsWith("heads/"))
      throw new HttpError(404, this.error(404, "Not Found"));
    if (ref.startsWith("pull/")) {
      for (const p of this.pulls) {
        const { base, head } = this.pullShas(p);
        this.mergeSha(p, base, head);
      }
    }
    if (ref.startsWith("heads/") && !this.branchVisible(c.repo, ref.slice("heads/".length)))
      throw new HttpError(404, this.error(404, "Not Found"));
    const r = gitRaw(["rev-parse", "--verify", "--quiet", `refs/${ref}`], {
      gitDir: this.gitDir,
      okCodes: [0, 1],
    });
    if (r.status !== 0) throw new HttpError(404, this.error(404, "Not Found"));
    return {
      status: 200,
      body: this.refObject(c.repo, `refs/${ref}`, r.stdout.toString("utf8").trim()),
    };
  }

  getCommit(c: Ctx): Result {
    const sha = this.resolveCommit(c.params.ref ?? "", c.repo);
    if (!sha) throw new HttpError(422, this.error(422, `No commit found for SHA: ${c.params.ref}`));
    const raw = this.rawCommit(sha);
    const parent = raw.parents[0];
    const files = this.diff(parent ?? EMPTY_TREE, sha);
    const obj = this.commitObject(c.repo, sha, files);
    const paging = c.query.page !== undefined || c.query.per_page !== undefined;
    const page = this.paginate(c, files, { cap: MAX_FILES, defaultPerPage: paging ? 30 : 300 });
    obj.files = page.items.map((f) => this.diffEntry(c.repo, f, parent ?? sha, sha));
    if (/\.diff\b|\.patch\b/.test(c.accept)) {
      const data = gitRaw(
        ["diff", "-M", "--no-color", "--no-ext-diff", parent ?? EMPTY_TREE, sha],
        { gitDir: this.gitDir },
      ).stdout;
      return {
        status: 200,
        raw: { contentType: "application/vnd.github.diff; charset=utf-8", data },
      };
    }
    return { status: 200, body: obj, headers: page.headers };
  }

  // --- git data (write) ------------------------------------------------------------------------

  createBlob(c: Ctx): Result {
    const b = c.body;
    const encoding = b.encoding ?? "utf-8";
    let data: Buffer;
    if (encoding === "base64") data = Buffer.from(String(b.content).replace(/\s+/g, ""), "base64");
    else if (encoding === "utf-8" || encoding === "utf8")
      data = Buffer.from(String(b.content), "utf8");
    else
      throw new HttpError(
        422,
        this.error(422, `encoding must be either 'utf-8' or 'base64'`),
        `limit: git/create-blob: unknown encoding ${encoding}`,
      );
    const sha = git(["hash-object", "-w", "--stdin"], { gitDir: this.gitDir, input: data });
    return {
      status: 201,
      body: { url: this.repoApi(c.repo, `/git/blobs/${sha}`), sha },
      headers: { location: this.repoApi(c.repo, `/git/blobs/${sha}`) },
    };
  }

  createTree(c: Ctx): Result {
    const b = c.body;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hu-tree-"));
    const env = { GIT_INDEX_FILE: path.join(tmp, "index") };
    const g = (args: string[], input?: string | Buffer): string =>
      git(args, { gitDir: this.gitDir, env, ...(input !== undefined ? { input } : {}) });
    // (--force-remove wants a work tree; mode 0 through --index-info does not)
    const removeFromIndex = (paths: string[]): void => {
      g(
        ["update-index", "-z", "--index-info"],
        paths.map((x) => `0 ${"0".repeat(40)}\t${x}\0`).join(""),
      );
    };
    try {
      if (b.base_tree !== undefined) {
        const t = SHA_RE.test(b.base_tree) ? this.objectType(b.base_tree) : null;
        if (t !== "tree" && t !== "commit") {
          throw new HttpError(
            422,
            this.error(422, "Invalid tree info", undefined, {
              errors: [`base_tree ${b.base_tree} is not a valid tree oid`],
            }),
          );
        }
        g(["read-tree", b.base_tree]);
      } else {
        g(["read-tree", "--empty"]);
      }
      const entries: any[] = b.tree ?? [];
      entries.forEach((e, i) => {
        const fail = (msg: string): never => {
          throw new HttpError(
            422,
            this.error(422, msg, undefined, { errors: [`tree[${i}]: ${msg}`] }),
            `limit: git/create-tree: tree[${i}]: ${msg}`,
          );
        };
        const p: string = e.path ?? "";
        if (
          p === "" ||
          p.startsWith("/") ||
          p.endsWith("/") ||
          p.split("/").some((x) => x === "" || x === "." || x === ".." || x === ".git")
        ) {
          fail(`tree.path contains a malformed path component: ${JSON.stringify(p)}`);
        }
        const hasSha = Object.prototype.hasOwnProperty.call(e, "sha");
        const hasContent = e.content !== undefined;
        if (hasSha && e.sha !== null && hasContent)
          fail("tree.sha and tree.content cannot both be given");
        if (!hasSha && !hasContent) fail("Must supply either tree.sha or tree.content");
        // anything at p or under p/ goes
        const existing = g(["ls-files", "-z", "--", p])
          .split("\0")
          .filter((x) => x !== "" && (x === p || x.startsWith(p + "/")));
        if (existing.length > 0) removeFromIndex(existing);
        if (hasSha && e.sha === null) return; // deletion
        const mode: string = e.mode ?? "100644";
        const type: string =
          e.type ?? (mode === "040000" ? "tree" : mode === "160000" ? "commit" : "blob");
        const expectedType = mode === "040000" ? "tree" : mode === "160000" ? "commit" : "blob";
        if (type !== expectedType) fail(`tree.type ${type} does not match tree.mode ${mode}`);
        let sha: string;
        if (hasContent) {
          if (type !== "blob") fail("tree.content can only be used for blobs");
          sha = git(["hash-object", "-w", "--stdin"], {
            gitDir: this.gitDir,
            input: Buffer.from(String(e.content), "utf8"),
          });
        } else {
          sha = String(e.sha);
          if (type !== "commit" && this.objectType(sha) !== type)
            fail(`tree.sha ${sha} is not a valid ${type}`);
        }
        if (type === "tree") {
          g(["read-tree", `--prefix=${p}/`, sha]);
        } else {
          // a file replaces a directory at its path and files at its parent paths
          const parts = p.split("/");
          const parents: string[] = [];
          for (let k = 1; k < parts.length; k++) parents.push(parts.slice(0, k).join("/"));
          const blocking =
            parents.length > 0
              ? g(["ls-files", "-z", "--", ...parents])
                  .split("\0")
                  .filter((x) => parents.includes(x))
              : [];
          if (blocking.length > 0) removeFromIndex(blocking);
          g(["update-index", "--add", "--cacheinfo", `${mode},${sha},${p}`]);
        }
      });
      const tree = g(["write-tree"]);
      return {
        status: 201,
        body: {
          sha: tree,
          url: this.repoApi(c.repo, `/git/trees/${tree}`),
          tree: this.treeEntries(c.repo, tree, false),
          truncated: false,
        },
        headers: { location: this.repoApi(c.repo, `/git/trees/${tree}`) },
      };
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  /**
   * Writes a commit object. GitHub: the author defaults to the authenticated identity, the
   * committer to the author; a commit GitHub makes for an app with neither given is committed
   * by GitHub and signed (verified).
   */
  writeCommit(
    token: TokenInfo | null,
    tree: string,
    parents: string[],
    message: string,
    author?: any,
    committer?: any,
    signature?: string,
  ): string {
    const login = token?.login ?? "github-actions[bot]";
    const botId = KNOWN_USERS[login]?.id ?? stableInt(`user:${login}`);
    const bot = { name: login, email: `${botId}+${login}@users.noreply.github.com` };
    const signedByGitHub =
      author === undefined && committer === undefined && signature === undefined;
    const a = author ?? bot;
    const cm = committer ?? author ?? { name: "GitHub", email: "noreply@github.com" };
    const now = isoNow();
    const line = (who: any): string => `${who.name} <${who.email}> ${toGitDate(who.date ?? now)}`;
    let text = `tree ${tree}\n`;
    for (const p of parents) text += `parent ${p}\n`;
    text += `author ${line(a)}\ncommitter ${line(cm)}\n`;
    if (signature) text += `gpgsig ${String(signature).trimEnd().split("\n").join("\n ")}\n`;
    text += `\n${message.endsWith("\n") ? message : message + "\n"}`;
    const sha = git(["hash-object", "-t", "commit", "-w", "--stdin"], {
      gitDir: this.gitDir,
      input: text,
    });
    if (signedByGitHub) this.verified.add(sha);
    return sha;
  }

  /** PUT contents: one file changed on a branch, as a commit GitHub makes. */
  putContent(c: Ctx): Result {
    const b = c.body;
    const p = (c.params.path ?? "").replace(/^\/+|\/+$/g, "");
    if (p === "" || p.split("/").some((x) => x === "" || x === "." || x === ".." || x === ".git")) {
      throw new HttpError(
        422,
        this.error(422, `path contains a malformed path component`),
        `limit: repos/create-or-update-file-contents: malformed path ${JSON.stringify(p)}`,
      );
    }
    const branch: string = b.branch ?? this.defaultBranch;
    const tip = this.branchTip(c.repo, branch);
    if (!tip) throw new HttpError(404, this.error(404, `Branch ${branch} not found`));
    const existing = gitRaw(["ls-tree", "-z", tip, "--", p], { gitDir: this.gitDir })
      .stdout.toString("utf8")
      .split("\0")
      .find((r) => r !== "" && r.slice(r.indexOf("\t") + 1) === p);
    const existingSha = existing?.split(/\s+/)[2];
    if (existing && existing.split(/\s+/)[1] !== "blob")
      throw new HttpError(422, this.error(422, `${p} is a directory`));
    if (existingSha && b.sha === undefined) {
      throw new HttpError(
        422,
        this.error(422, `Invalid request.\n\n"sha" wasn't supplied.`),
        `limit: repos/create-or-update-file-contents: ${p} exists and no "sha" of it was given`,
      );
    }
    if (b.sha !== undefined && b.sha !== existingSha) {
      throw new HttpError(409, this.error(409, `${p} does not match ${b.sha}`));
    }
    const data = Buffer.from(String(b.content).replace(/\s+/g, ""), "base64");
    if (
      data.toString("base64").replace(/=+$/, "") !==
      String(b.content).replace(/\s+/g, "").replace(/=+$/, "")
    ) {
      throw new HttpError(
        422,
        this.error(422, "content is not valid Base64"),
        "limit: repos/create-or-update-file-contents: content is not base64",
      );
    }
    const blob = git(["hash-object", "-w", "--stdin"], { gitDir: this.gitDir, input: data });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hu-put-"));
    let tree: string;
    try {
      const env = { GIT_INDEX_FILE: path.join(tmp, "index") };
      git(["read-tree", tip], { gitDir: this.gitDir, env });
      git(["update-index", "--add", "--cacheinfo", `100644,${blob},${p}`], {
        gitDir: this.gitDir,
        env,
      });
      tree = git(["write-tree"], { gitDir: this.gitDir, env });
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    const sha = this.writeCommit(c.token, tree, [tip], String(b.message), b.author, b.committer);
    git(["update-ref", `refs/heads/${branch}`, sha, tip], { gitDir: this.gitDir });
    const enc = p.split("/").map(encodeURIComponent).join("/");
    const self = this.repoApi(c.repo, `/contents/${enc}?ref=${encodeURIComponent(branch)}`);
    const html = `${this.htmlBase}/${c.repo.fullName}/blob/${branch}/${enc}`;
    const gitUrl = this.repoApi(c.repo, `/git/blobs/${blob}`);
    const commit = this.gitCommitObject(c.repo, sha);
    return {
      status: existingSha ? 200 : 201,
      body: {
        content: {
          name: p.split("/").pop(),
          path: p,
          sha: blob,
          size: data.length,
          url: self,
          html_url: html,
          git_url: gitUrl,
          download_url: `https://raw.githubusercontent.com/${c.repo.fullName}/${branch}/${enc}`,
          type: "file",
          _links: { self, git: gitUrl, html },
        },
        commit,
      },
    };
  }

  getBranch(c: Ctx): Result {
    const name = c.params.branch ?? "";
    const sha = this.branchTip(c.repo, name);
    if (!sha) throw new HttpError(404, this.error(404, "Branch not found"));
    const url = this.repoApi(c.repo, `/branches/${encodeURIComponent(name)}`);
    return {
      status: 200,
      body: {
        name,
        commit: this.commitObject(c.repo, sha),
        _links: { self: url, html: `${this.htmlBase}/${c.repo.fullName}/tree/${name}` },
        protected: false,
        protection: {
          enabled: false,
          required_status_checks: { enforcement_level: "off", contexts: [], checks: [] },
        },
        protection_url: `${url}/protection`,
      },
    };
  }

  createCommit(c: Ctx): Result {
    const b = c.body;
    if (this.objectType(b.tree) !== "tree") {
      throw new HttpError(
        422,
        this.error(422, "Tree SHA does not exist"),
        `limit: git/create-commit: tree ${b.tree} does not exist`,
      );
    }
    const parents: string[] = b.parents ?? [];
    for (const p of parents) {
      if (this.objectType(p) !== "commit") {
        throw new HttpError(
          422,
          this.error(422, "Parent SHA does not exist or is not a commit object"),
          `limit: git/create-commit: parent ${p} is not a commit`,
        );
      }
    }
    const sha = this.writeCommit(
      c.token,
      b.tree,
      parents,
      String(b.message),
      b.author,
      b.committer,
      b.signature,
    );
    const url = this.repoApi(c.repo, `/git/commits/${sha}`);
    return { status: 201, body: this.gitCommitObject(c.repo, sha), headers: { location: url } };
  }

  updateRef(c: Ctx): Result {
    const ref = c.params.ref ?? "";
    if (ref.startsWith("refs/")) {
      throw new HttpError(
        422,
        this.error(422, "Reference does not exist"),
        `limit: git/update-ref: the ref is "heads/<branch>", not "${ref}"`,
      );
    }
    const b = c.body;
    if (!/^(heads|tags)\/./.test(ref)) {
      throw new HttpError(
        422,
        this.error(422, "Reference does not exist"),
        `limit: git/update-ref: ${ref} is not heads/... or tags/...`,
      );
    }
    const cur = gitRaw(["rev-parse", "--verify", "--quiet", `refs/${ref}`], {
      gitDir: this.gitDir,
      okCodes: [0, 1],
    });
    if (
      cur.status !== 0 ||
      (ref.startsWith("heads/") && !this.branchVisible(c.repo, ref.slice("heads/".length)))
    ) {
      throw new HttpError(422, this.error(422, "Reference does not exist"));
    }
    const old = cur.stdout.toString("utf8").trim();
    if (!SHA_RE.test(b.sha) || !this.objectType(b.sha))
      throw new HttpError(422, this.error(422, "Object does not exist"));
    if (
      !b.force &&
      old !== b.sha &&
      (this.objectType(b.sha) !== "commit" || !this.isAncestor(old, b.sha))
    ) {
      throw new HttpError(422, this.error(422, "Update is not a fast forward"));
    }
    git(["update-ref", `refs/${ref}`, b.sha, old], { gitDir: this.gitDir });
    return { status: 200, body: this.refObject(c.repo, `refs/${ref}`, b.sha) };
  }

  createRef(c: Ctx): Result {
    const b = c.body;
    const ref: string = b.ref;
    if (!/^refs\/[^/]+\/./.test(ref)) {
      throw new HttpError(
        422,
        this.error(422, "Reference name must start with 'refs/' and have at least two slashes."),
        `limit: git/create-ref: bad ref name ${ref}`,
      );
    }
    if (gitRaw(["check-ref-format", ref], { gitDir: this.gitDir, okCodes: [0, 1] }).status !== 0) {
      throw new HttpError(
        422,
        this.error(422, `${ref} is not a valid ref name.`),
        `limit: git/create-ref: bad ref name ${ref}`,
      );
    }
    if (!SHA_RE.test(b.sha) || !this.objectType(b.sha))
      throw new HttpError(422, this.error(422, "Object does not exist"));
    if (revParse(this.gitDir, ref))
      throw new HttpError(422, this.error(422, "Reference already exists"));
    git(["update-ref", ref, b.sha, ""], { gitDir: this.gitDir });
    return {
      status: 201,
      body: this.refObject(c.repo, ref, b.sha),
      headers: { location: this.repoApi(c.repo, `/git/${ref}`) },
    };
  }

  // --- checks ----------------------------------------------------------------------------------

  app(): any {
    return {
      id: 15368,
      slug: "github-actions",
      client_id: "Iv1.05c79e9ad1f6bdfa",
      node_id: "MDM6QXBwMTUzNjg=",
      owner: this.user("github"),
      name: "GitHub Actions",
      description: "Automate your workflow from idea to production",
      external_url: "https://help.github.com/en/actions",
      html_url: `${this.htmlBase}/apps/github-actions`,
      created_at: "2018-07-30T09:30:17Z",
      updated_at: "2019-12-10T19:04:12Z",
      permissions: {
        actions: "write",
        checks: "write",
        contents: "write",
        issues: "write",
        metadata: "read",
        pull_requests: "write",
        statuses: "write",
      },
      events: ["check_run", "check_suite", "pull_request", "push", "workflow_dispatch"],
    };
  }

  checkRunObject(repo: RepoCtx, r: CheckRunInternal): any {
    const url = this.repoApi(repo, `/check-runs/${r.id}`);
    const html = `${this.htmlBase}/${repo.fullName}/runs/${r.id}`;
    const prs = this.pulls
      .filter(
        (p) =>
          !p.spec.headRepo || p.spec.headRepo.toLowerCase() === this.main.fullName.toLowerCase(),
      )
      .filter((p) => revParse(this.gitDir, `refs/heads/${p.spec.head}`) === r.head_sha)
      .map((p) => ({
        id: p.id,
        number: p.spec.number,
        url: this.repoApi(repo, `/pulls/${p.spec.number}`),
        head: {
          ref: p.spec.head,
          sha: r.head_sha,
          repo: { id: repo.id, url: this.repoApi(repo), name: repo.name },
        },
        base: {
          ref: p.spec.base,
          sha: this.branchSha(p.spec.base),
          repo: { id: repo.id, url: this.repoApi(repo), name: repo.name },
        },
      }));
    return {
      id: r.id,
      head_sha: r.head_sha,
      node_id: nodeId("CheckRun", r.id),
      external_id: r.external_id ?? "",
      url,
      html_url: html,
      details_url: r.details_url ?? html,
      status: r.status,
      conclusion: r.conclusion,
      started_at: r.started_at,
      completed_at: r.completed_at,
      output: {
        title: r.output.title ?? null,
        summary: r.output.summary ?? null,
        text: r.output.text ?? null,
        annotations_count: r.output.annotations.length,
        annotations_url: `${url}/annotations`,
      },
      name: r.name,
      check_suite: { id: r.check_suite_id },
      app: this.app(),
      pull_requests: prs,
    };
  }

  /** GitHub's rules for a check run's output and annotations beyond the schema. */
  private checkOutput(output: any, headSha: string): void {
    if (!output) return;
    const anns: any[] = output.annotations ?? [];
    if (anns.length > ANNOTATIONS_PER_REQUEST) {
      throw new HttpError(
        422,
        this.error(
          422,
          `Invalid request.\n\nOnly ${ANNOTATIONS_PER_REQUEST} annotations are allowed per request.`,
        ),
        `limit: check run: ${anns.length} annotations in one request (at most ${ANNOTATIONS_PER_REQUEST})`,
      );
    }
    for (const [k, max] of [
      ["summary", TEXT_LIMIT],
      ["text", TEXT_LIMIT],
    ] as const) {
      if (typeof output[k] === "string" && output[k].length > max) {
        throw new HttpError(
          422,
          this.error(
            422,
            `Invalid request.\n\noutput.${k} is too long (maximum is ${max} characters).`,
          ),
          `limit: check run output.${k} has ${output[k].length} characters (at most ${max})`,
        );
      }
    }
    let paths: Set<string> | undefined;
    anns.forEach((a, i) => {
      const bad = (msg: string): never => {
        throw new HttpError(
          422,
          this.error(422, `Invalid request.\n\n${msg}`),
          `limit: check run annotation ${i}: ${msg}`,
        );
      };
      if (a.start_line < 1 || a.end_line < 1) bad("start_line and end_line must be at least 1");
      if (a.end_line < a.start_line)
        bad(`end_line ${a.end_line} is before start_line ${a.start_line}`);
      if (
        (a.start_column !== undefined || a.end_column !== undefined) &&
        a.start_line !== a.end_line
      ) {
        bad("start_column and end_column may only be given when start_line and end_line are equal");
      }
      if (
        a.start_column !== undefined &&
        a.end_column !== undefined &&
        a.end_column < a.start_column
      )
        bad("end_column is before start_column");
      if (typeof a.message === "string" && Buffer.byteLength(a.message) > 64 * 1024)
        bad("message is larger than 64 KB");
      if (typeof a.raw_details === "string" && Buffer.byteLength(a.raw_details) > 64 * 1024)
        bad("raw_details is larger than 64 KB");
      if (typeof a.title === "string" && a.title.length > 255)
        bad("title is longer than 255 characters");
      if (typeof a.path === "string" && (a.path.startsWith("/") || a.path.startsWith("./"))) {
        this.warnings.push(
          `check run annotation ${i}: path ${a.path} is not relative to the repository root`,
        );
      }
      paths ??= new Set(
        git(["ls-tree", "-r", "--name-only", "-z", headSha], { gitDir: this.gitDir }).split("\0"),
      );
      if (!paths.has(a.path))
        this.warnings.push(`check run annotation ${i}: ${a.path} does not exist at ${headSha}`);
    });
  }

  createCheckRun(c: Ctx): Result {
    const b = c.body;
    const sha =
      SHA_RE.test(b.head_sha) && this.objectType(b.head_sha) === "commit" ? b.head_sha : null;
    if (!sha) {
      throw new HttpError(
        422,
        this.error(422, `No commit found for SHA: ${b.head_sha}`),
        SHA_RE.test(b.head_sha)
          ? undefined
          : `limit: checks/create: head_sha ${b.head_sha} is not a full commit sha`,
      );
    }
    this.checkOutput(b.output, sha);
    let status: string = b.status ?? "queued";
    if (b.conclusion !== undefined) status = "completed";
    if ((status === "completed" || b.completed_at !== undefined) && b.conclusion === undefined) {
      throw new HttpError(
        422,
        this.error(
          422,
          'Invalid request.\n\n"conclusion" is required when "status" is "completed" or "completed_at" is given.',
        ),
        "limit: checks/create: completed without conclusion",
      );
    }
    const now = isoNow();
    const r: CheckRunInternal = {
      id: this.nextId++,
      name: b.name,
      head_sha: sha,
      status,
      conclusion: b.conclusion ?? null,
      output: {
        title: b.output?.title,
        summary: b.output?.summary,
        text: b.output?.text,
        annotations: [...(b.output?.annotations ?? [])],
      },
      started_at: b.started_at ?? now,
      completed_at: status === "completed" ? (b.completed_at ?? now) : null,
      details_url: b.details_url ?? null,
      external_id: b.external_id ?? null,
      check_suite_id: stableInt(`suite:${sha}`),
    };
    this.state.checkRuns.push(r);
    return { status: 201, body: this.checkRunObject(c.repo, r) };
  }

  checkRun(c: Ctx): CheckRunInternal {
    const r = this.state.checkRuns.find((x) => x.id === Number(c.params.check_run_id));
    if (!r || c.repo.fork) throw new HttpError(404, this.error(404, "Not Found"));
    return r;
  }

  updateCheckRun(c: Ctx): Result {
    const r = this.checkRun(c);
    const b = c.body;
    this.checkOutput(b.output, r.head_sha);
    let status: string = b.status ?? r.status;
    if (b.conclusion !== undefined) status = "completed";
    const conclusion = b.conclusion ?? r.conclusion;
    if ((status === "completed" || b.completed_at !== undefined) && conclusion === null) {
      throw new HttpError(
        422,
        this.error(
          422,
          'Invalid request.\n\n"conclusion" is required when "status" is "completed" or "completed_at" is given.',
        ),
        "limit: checks/update: completed without conclusion",
      );
    }
    if (b.output) {
      if (b.output.summary === undefined && r.output.summary === undefined) {
        throw new HttpError(
          422,
          this.error(422, 'Invalid request.\n\n"summary" wasn\'t supplied.'),
          "limit: checks/update: output without summary",
        );
      }
      if (b.output.title !== undefined) r.output.title = b.output.title;
      if (b.output.summary !== undefined) r.output.summary = b.output.summary;
      if (b.output.text !== undefined) r.output.text = b.output.text;
      r.output.annotations.push(...(b.output.annotations ?? []));
    }
    if (b.name !== undefined) r.name = b.name;
    if (b.details_url !== undefined) r.details_url = b.details_url;
    if (b.external_id !== undefined) r.external_id = b.external_id;
    if (b.started_at !== undefined) r.started_at = b.started_at;
    r.status = status;
    r.conclusion = status === "completed" ? conclusion : null;
    if (status === "completed") r.completed_at = b.completed_at ?? r.completed_at ?? isoNow();
    return { status: 200, body: this.checkRunObject(c.repo, r) };
  }

  getCheckRun(c: Ctx): Result {
    return { status: 200, body: this.checkRunObject(c.repo, this.checkRun(c)) };
  }

  listCheckRuns(c: Ctx): Result {
    const sha = this.resolveCommit(c.params.ref ?? "", c.repo);
    if (!sha) throw new HttpError(422, this.error(422, `No commit found for SHA: ${c.params.ref}`));
    let runs = this.state.checkRuns.filter((r) => r.head_sha === sha);
    if (c.query.check_name !== undefined) runs = runs.filter((r) => r.name === c.query.check_name);
    if (c.query.status !== undefined) runs = runs.filter((r) => r.status === c.query.status);
    if ((c.query.filter ?? "latest") === "latest") {
      const latest = new Map<string, CheckRunInternal>();
      for (const r of runs) latest.set(r.name, r);
      runs = [...latest.values()];
    }
    runs = [...runs].reverse();
    const page = this.paginate(c, runs);
    return {
      status: 200,
      body: {
        total_count: runs.length,
        check_runs: page.items.map((r) => this.checkRunObject(c.repo, r)),
      },
      headers: page.headers,
    };
  }

  listAnnotations(c: Ctx): Result {
    const r = this.checkRun(c);
    const page = this.paginate(c, r.output.annotations);
    const blob = (p: string): string =>
      `${this.htmlBase}/${c.repo.fullName}/blob/${r.head_sha}/${p}`;
    return {
      status: 200,
      headers: page.headers,
      body: page.items.map((a: any) => ({
        path: a.path,
        blob_href: blob(a.path),
        start_line: a.start_line,
        end_line: a.end_line,
        start_column: a.start_column ?? null,
        end_column: a.end_column ?? null,
        annotation_level: a.annotation_level,
        title: a.title ?? null,
        message: a.message,
        raw_details: a.raw_details ?? null,
      })),
    };
  }

  // --- reviews ---------------------------------------------------------------------------------

  reviewObject(repo: RepoCtx, r: ReviewState): any {
    const pr = this.repoApi(repo, `/pulls/${r.pull}`);
    const html = `${this.htmlBase}/${repo.fullName}/pull/${r.pull}#pullrequestreview-${r.id}`;
    const state =
      {
        APPROVE: "APPROVED",
        REQUEST_CHANGES: "CHANGES_REQUESTED",
        COMMENT: "COMMENTED",
        PENDING: "PENDING",
      }[r.event] ?? r.event;
    const obj: any = {
      id: r.id,
      node_id: nodeId("PullRequestReview", r.id),
      user: this.user(r.user),
      body: r.body,
      state,
      html_url: html,
      pull_request_url: pr,
      author_association: this.association(r.user),
      _links: { html: { href: html }, pull_request: { href: pr } },
      commit_id: r.commit_id,
    };
    if (r.submitted_at) obj.submitted_at = r.submitted_at;
    return obj;
  }

  reviewCommentObject(repo: RepoCtx, rc: ReviewCommentState): any {
    const url = this.repoApi(repo, `/pulls/comments/${rc.id}`);
    const pr = this.repoApi(repo, `/pulls/${rc.pull}`);
    const html = `${this.htmlBase}/${repo.fullName}/pull/${rc.pull}#discussion_r${rc.id}`;
    const o: any = {
      url,
      pull_request_review_id: rc.review_id,
      id: rc.id,
      node_id: nodeId("PullRequestReviewComment", rc.id),
      diff_hunk: rc.diff_hunk,
      path: rc.path,
      commit_id: rc.commit_id,
      original_commit_id: rc.commit_id,
      user: this.user(rc.user),
      body: rc.body,
      created_at: rc.created_at,
      updated_at: rc.updated_at,
      html_url: html,
      pull_request_url: pr,
      author_association: this.association(rc.user),
      _links: { self: { href: url }, html: { href: html }, pull_request: { href: pr } },
      reactions: {
        url: `${url}/reactions`,
        total_count: 0,
        "+1": 0,
        "-1": 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
      subject_type: rc.subject_type ?? "line",
    };
    if (rc.subject_type !== "file") {
      Object.assign(o, {
        position: rc.position,
        original_position: rc.position,
        start_line: rc.start_line ?? null,
        original_start_line: rc.start_line ?? null,
        start_side: rc.start_line !== undefined ? (rc.start_side ?? "RIGHT") : null,
        line: rc.line,
        original_line: rc.line,
        side: rc.side ?? "RIGHT",
      });
    }
    if (rc.in_reply_to_id !== undefined) o.in_reply_to_id = rc.in_reply_to_id;
    return o;
  }

  /** The diff a review comment is checked against: the PR at `commitId`. */
  private reviewDiff(
    p: PullState,
    commitId: string | undefined,
  ): { files: DiffFile[]; commit: string } {
    const { base, head } = this.pullShas(p);
    if (commitId === undefined || commitId === head) {
      const mb = this.mergeBase(base, head) ?? base;
      return { files: this.diff(mb, head), commit: head };
    }
    const sha = SHA_RE.test(commitId) && this.objectType(commitId) === "commit" ? commitId : null;
    if (!sha)
      throw new HttpError(
        422,
        this.error(422, "Unprocessable Entity", undefined, {
          errors: [`No commit found for SHA: ${commitId}`],
        }),
        `limit: review on unknown commit_id ${commitId}`,
      );
    const mb = this.mergeBase(base, sha) ?? base;
    if (!this.isAncestor(sha, head) || sha === mb) {
      throw new HttpError(
        422,
        this.error(422, "Unprocessable Entity", undefined, {
          errors: ["commit_id is not part of the pull request"],
        }),
        `limit: review commit_id ${commitId} is not part of pull request #${p.spec.number}`,
      );
    }
    return { files: this.diff(mb, sha), commit: sha };
  }

  /**
   * Places one review comment in the diff as GitHub does, or returns GitHub's error: the path must
   * be in the diff, `line` (and `start_line`) inside a hunk on its side, a range inside one hunk.
   */
  private placeComment(
    files: DiffFile[],
    cm: any,
  ): { error: string } | { position?: number; diff_hunk: string; file: DiffFile } {
    const file = files.find((f) => f.filename === cm.path);
    if (!file) return { error: "Path could not be resolved" };
    if (cm.subject_type === "file") {
      return {
        file,
        diff_hunk: file.patchLines.slice(0, Math.min(file.patchLines.length, 4)).join("\n"),
      };
    }
    if (cm.line === undefined && cm.position !== undefined) {
      const pos: number = cm.position;
      const hunk = file.hunks.find((h) => h.lines.some((l) => l.position === pos));
      if (!hunk) return { error: "Position could not be resolved" };
      return {
        file,
        position: pos,
        diff_hunk: file.patchLines.slice(hunk.headerIndex, pos + 1).join("\n"),
      };
    }
    if (cm.line === undefined) return { error: "Line could not be resolved" };
    const side: string = cm.side ?? "RIGHT";
    const find = (line: number, s: string): { hunk: Hunk; pos: number } | null => {
      for (const h of file.hunks) {
        for (const l of h.lines) {
          if (l.kind === "\\") continue;
          const n = s === "LEFT" ? l.oldLine : l.newLine;
          if (n === line && (s === "LEFT" ? l.kind !== "+" : l.kind !== "-"))
            return { hunk: h, pos: l.position };
        }
      }
      return null;
    };
    if (side !== "LEFT" && side !== "RIGHT") return { error: `side must be LEFT or RIGHT` };
    const end = find(cm.line, side);
    if (!end) return { error: "Line could not be resolved" };
    if (cm.start_line !== undefined) {
      const startSide: string = cm.start_side ?? side;
      const start = find(cm.start_line, startSide);
      if (!start) return { error: "Start line could not be resolved" };
      if (start.hunk !== end.hunk)
        return {
          error: "pull_request_review_thread.start_line must be part of the same hunk as the line.",
        };
      if (start.pos >= end.pos)
        return { error: "pull_request_review_thread.start_line must precede the end line." };
    }
    return {
      file,
      position: end.pos,
      diff_hunk: file.patchLines.slice(end.hunk.headerIndex, end.pos + 1).join("\n"),
    };
  }

  private checkBodyLength(body: unknown, what: string): void {
    if (typeof body === "string" && body.length > BODY_LIMIT) {
      throw new HttpError(
        422,
        this.error(422, "Validation Failed", undefined, {
          errors: [
            {
              resource: what,
              code: "custom",
              field: "body",
              message: `body is too long (maximum is ${BODY_LIMIT} characters)`,
            },
          ],
        }),
        `limit: ${what} body has ${body.length} characters (at most ${BODY_LIMIT})`,
      );
    }
  }

  listReviews(c: Ctx): Result {
    const p = this.pull(c);
    const list = this.state.reviews.filter((r) => r.pull === p.spec.number);
    const page = this.paginate(c, list);
    return {
      status: 200,
      body: page.items.map((r) => this.reviewObject(c.repo, r)),
      headers: page.headers,
    };
  }

  createReview(c: Ctx): Result {
    const p = this.pull(c);
    const b = c.body;
    const login = c.token!.login;
    const event: string = b.event ?? "PENDING";
    this.checkBodyLength(b.body, "PullRequestReview");
    const comments: any[] = b.comments ?? [];
    const simpleError = (errors: string[], violation?: string): never => {
      throw new HttpError(
        422,
        this.error(422, "Unprocessable Entity", undefined, { errors }),
        violation,
      );
    };
    if (event === "APPROVE" && login === "github-actions[bot]")
      simpleError(["GitHub Actions is not permitted to approve pull requests."]);
    if (
      (event === "APPROVE" || event === "REQUEST_CHANGES") &&
      login === (p.spec.user ?? "octocat")
    ) {
      simpleError([
        `Review Can not ${event === "APPROVE" ? "approve" : "request changes on"} your own pull request`,
      ]);
    }
    if ((event === "REQUEST_CHANGES" || event === "COMMENT") && !b.body && comments.length === 0) {
      simpleError(
        [`Review body is required when the event is ${event}.`],
        `limit: pulls/create-review: ${event} without body or comments`,
      );
    }
    if (
      event === "PENDING" &&
      this.state.reviews.some(
        (r) => r.pull === p.spec.number && r.user === login && r.event === "PENDING",
      )
    ) {
      simpleError(["User can only have one pending review per pull request"]);
    }
    const { files, commit } = this.reviewDiff(p, b.commit_id);
    const placed = comments.map((cm, i) => {
      this.checkBodyLength(cm.body, "PullRequestReviewComment");
      const r = this.placeComment(files, cm);
      if ("error" in r) {
        simpleError(
          [r.error],
          `limit: pulls/create-review: comments[${i}] (${cm.path}${cm.start_line !== undefined ? `:${cm.start_line}-` : ":"}${cm.line ?? cm.position ?? "file"} ${cm.side ?? "RIGHT"}): ${r.error} - GitHub rejects the whole review`,
        );
      }
      return r as Exclude<typeof r, { error: string }>;
    });
    const now = isoNow();
    const review: ReviewState = {
      id: this.nextId++,
      pull: p.spec.number,
      event,
      body: b.body ?? "",
      comments: [],
      user: login,
      commit_id: commit,
      ...(event !== "PENDING" ? { submitted_at: now } : {}),
    };
    comments.forEach((cm, i) => {
      const pl = placed[i]!;
      const rc: ReviewCommentState = {
        id: this.nextId++,
        pull: p.spec.number,
        path: cm.path,
        body: cm.body,
        commit_id: commit,
        user: login,
        review_id: review.id,
        diff_hunk: pl.diff_hunk,
        created_at: now,
        updated_at: now,
        ...(cm.subject_type === "file" ? { subject_type: "file" } : { subject_type: "line" }),
        ...(cm.subject_type !== "file"
          ? {
              line: cm.line ?? this.lineAtPosition(pl.file, pl.position!),
              side: cm.side ?? "RIGHT",
              position: pl.position,
              ...(cm.start_line !== undefined
                ? { start_line: cm.start_line, start_side: cm.start_side ?? cm.side ?? "RIGHT" }
                : {}),
            }
          : {}),
      };
      this.state.reviewComments.push(rc);
      review.comments.push(rc.id);
    });
    this.state.reviews.push(review);
    return { status: 200, body: this.reviewObject(c.repo, review) };
  }

  private lineAtPosition(file: DiffFile, pos: number): number | undefined {
    for (const h of file.hunks)
      for (const l of h.lines) if (l.position === pos) return l.newLine ?? l.oldLine;
    return undefined;
  }

  listReviewComments(c: Ctx): Result {
    const p = this.pull(c);
    let list = this.state.reviewComments.filter((x) => x.pull === p.spec.number);
    if (c.query.since) list = list.filter((x) => x.updated_at >= c.query.since!);
    const key = c.query.sort === "updated" ? "updated_at" : "created_at";
    list = [...list].sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id - b.id));
    if (c.query.direction === "desc") list.reverse();
    const page = this.paginate(c, list);
    return {
      status: 200,
      body: page.items.map((x) => this.reviewCommentObject(c.repo, x)),
      headers: page.headers,
    };
  }

  createReviewComment(c: Ctx): Result {
    const p = this.pull(c);
    const b = c.body;
    const login = c.token!.login;
    this.checkBodyLength(b.body, "PullRequestReviewComment");
    const now = isoNow();
    if (b.in_reply_to !== undefined) {
      const parent = this.state.reviewComments.find(
        (x) => x.id === b.in_reply_to && x.pull === p.spec.number,
      );
      if (!parent) throw new HttpError(404, this.error(404, "Not Found"));
      const rc: ReviewCommentState = {
        ...parent,
        id: this.nextId++,
        body: b.body,
        user: login,
        in_reply_to_id: parent.in_reply_to_id ?? parent.id,
        created_at: now,
        updated_at: now,
        review_id: this.nextId++,
      };
      this.state.reviewComments.push(rc);
      return { status: 201, body: this.reviewCommentObject(c.repo, rc) };
    }
    const { files, commit } = this.reviewDiff(p, b.commit_id);
    const r = this.placeComment(files, b);
    if ("error" in r) {
      const field = /start/i.test(r.error)
        ? "pull_request_review_thread.start_line"
        : /Path/.test(r.error)
          ? "pull_request_review_thread.path"
          : "pull_request_review_thread.line";
      const message =
        r.error === "Line could not be resolved"
          ? "pull_request_review_thread.line must be part of the diff"
          : r.error === "Start line could not be resolved"
            ? "pull_request_review_thread.start_line must be part of the diff"
            : r.error;
      throw new HttpError(
        422,
        this.error(422, "Validation Failed", undefined, {
          errors: [{ resource: "PullRequestReviewComment", code: "custom", field, message }],
        }),
        `limit: pulls/create-review-comment (${b.path}:${b.line ?? "file"}): ${message}`,
      );
    }
    const review: ReviewState = {
      id: this.nextId++,
      pull: p.spec.number,
      event: "COMMENT",
      body: "",
      comments: [],
      user: login,
      commit_id: commit,
      submitted_at: now,
    };
    const rc: ReviewCommentState = {
      id: this.nextId++,
      pull: p.spec.number,
      path: b.path,
      body: b.body,
      commit_id: commit,
      user: login,
      review_id: review.id,
      diff_hunk: r.diff_hunk,
      created_at: now,
      updated_at: now,
      subject_type: b.subject_type === "file" ? "file" : "line",
      ...(b.subject_type !== "file"
        ? {
            line: b.line ?? this.lineAtPosition(r.file, r.position!),
            side: b.side ?? "RIGHT",
            position: r.position,
            ...(b.start_line !== undefined
              ? { start_line: b.start_line, start_side: b.start_side ?? b.side ?? "RIGHT" }
              : {}),
          }
        : {}),
    };
    review.comments.push(rc.id);
    this.state.reviews.push(review);
    this.state.reviewComments.push(rc);
    return { status: 201, body: this.reviewCommentObject(c.repo, rc) };
  }

  reviewComment(c: Ctx): ReviewCommentState {
    const rc = this.state.reviewComments.find((x) => x.id === Number(c.params.comment_id));
    if (!rc || c.repo.fork) throw new HttpError(404, this.error(404, "Not Found"));
    return rc;
  }

  getReviewComment(c: Ctx): Result {
    return { status: 200, body: this.reviewCommentObject(c.repo, this.reviewComment(c)) };
  }

  updateReviewComment(c: Ctx): Result {
    const rc = this.reviewComment(c);
    this.checkBodyLength(c.body.body, "PullRequestReviewComment");
    rc.body = c.body.body;
    rc.updated_at = isoNow();
    return { status: 200, body: this.reviewCommentObject(c.repo, rc) };
  }

  deleteReviewComment(c: Ctx): Result {
    const rc = this.reviewComment(c);
    this.state.reviewComments.splice(this.state.reviewComments.indexOf(rc), 1);
    for (const r of this.state.reviews) r.comments = r.comments.filter((id) => id !== rc.id);
    return { status: 204 };
  }

  // --- issue comments --------------------------------------------------------------------------

  issueCommentObject(repo: RepoCtx, ic: IssueCommentState): any {
    const url = this.repoApi(repo, `/issues/comments/${ic.id}`);
    return {
      id: ic.id,
      node_id: nodeId("IssueComment", ic.id),
      url,
      html_url: `${this.htmlBase}/${repo.fullName}/pull/${ic.issue}#issuecomment-${ic.id}`,
      body: ic.body,
      user: this.user(ic.user),
      created_at: ic.created_at,
      updated_at: ic.updated_at,
      issue_url: this.repoApi(repo, `/issues/${ic.issue}`),
      author_association: this.association(ic.user),
      performed_via_github_app: null,
      reactions: {
        url: `${url}/reactions`,
        total_count: 0,
        "+1": 0,
        "-1": 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
    };
  }

  listIssueComments(c: Ctx): Result {
    const p = this.pull(c);
    let list = this.state.issueComments.filter((x) => x.issue === p.spec.number);
    if (c.query.since) list = list.filter((x) => x.updated_at >= c.query.since!);
    const page = this.paginate(c, list);
    return {
      status: 200,
      body: page.items.map((x) => this.issueCommentObject(c.repo, x)),
      headers: page.headers,
    };
  }

  createIssueComment(c: Ctx): Result {
    const p = this.pull(c);
    this.checkBodyLength(c.body.body, "IssueComment");
    const now = isoNow();
    const ic: IssueCommentState = {
      id: this.nextId++,
      issue: p.spec.number,
      body: c.body.body,
      user: c.token!.login,
      created_at: now,
      updated_at: now,
    };
    this.state.issueComments.push(ic);
    const body = this.issueCommentObject(c.repo, ic);
    return { status: 201, body, headers: { location: body.url } };
  }

  issueComment(c: Ctx): IssueCommentState {
    const ic = this.state.issueComments.find((x) => x.id === Number(c.params.comment_id));
    if (!ic || c.repo.fork) throw new HttpError(404, this.error(404, "Not Found"));
    return ic;
  }

  getIssueComment(c: Ctx): Result {
    return { status: 200, body: this.issueCommentObject(c.repo, this.issueComment(c)) };
  }

  updateIssueComment(c: Ctx): Result {
    const ic = this.issueComment(c);
    this.checkBodyLength(c.body.body, "IssueComment");
    ic.body = c.body.body;
    ic.updated_at = isoNow();
    return { status: 200, body: this.issueCommentObject(c.repo, ic) };
  }

  deleteIssueComment(c: Ctx): Result {
    const ic = this.issueComment(c);
    this.state.issueComments.splice(this.state.issueComments.indexOf(ic), 1);
    return { status: 204 };
  }

  // --- misc ------------------------------------------------------------------------------------

  collaboratorPermission(c: Ctx): Result {
    const login = c.params.username ?? "";
    let role: string =
      this.options.collaborators?.[login] ??
      (login.toLowerCase() === this.main.owner.toLowerCase()
        ? "admin"
        : this.options.private
          ? "none"
          : "read");
    if (c.repo.fork) role = login.toLowerCase() === c.repo.owner.toLowerCase() ? "admin" : "read";
    const permission =
      {
        admin: "admin",
        maintain: "write",
        write: "write",
        triage: "read",
        read: "read",
        none: "none",
      }[role] ?? "none";
    const perms = {
      admin: role === "admin",
      maintain: role === "admin" || role === "maintain",
      push: ["admin", "maintain", "write"].includes(role),
      triage: ["admin", "maintain", "write", "triage"].includes(role),
      pull: role !== "none",
    };
    return {
      status: 200,
      body: {
        permission,
        role_name: role,
        user: { ...this.user(login), permissions: perms, role_name: role },
      },
    };
  }

  rateLimitStatus(c: Ctx): Result {
    const r = this.rateState(c.token?.token ?? "");
    const core = {
      limit: r.limit,
      remaining: Math.max(0, r.limit - r.used),
      reset: r.reset,
      used: r.used,
      resource: "core",
    };
    const other = (limit: number, resource: string): any => ({
      limit,
      remaining: limit,
      reset: r.reset,
      used: 0,
      resource,
    });
    return {
      status: 200,
      body: {
        resources: {
          core,
          search: other(30, "search"),
          graphql: other(1000, "graphql"),
          integration_manifest: other(5000, "integration_manifest"),
        },
        rate: core,
      },
    };
  }
}

const paramValidators = new Map<string, ValidateFunction>();

function checkParam(p: OpParam, value: string): string | null {
  const s = p.schema ?? {};
  let v: unknown = value;
  if (s.type === "integer") {
    if (!/^-?\d+$/.test(value)) return `not an integer`;
    v = Number(value);
  } else if (s.type === "number") {
    if (value.trim() === "" || Number.isNaN(Number(value))) return `not a number`;
    v = Number(value);
  } else if (s.type === "boolean") {
    if (value !== "true" && value !== "false") return `not a boolean`;
    v = value === "true";
  } else if (s.type === "array") {
    v = value.split(",");
  }
  const key = JSON.stringify(s);
  let validate = paramValidators.get(key);
  if (!validate) {
    validate = ajv().compile(toJsonSchema(s));
    paramValidators.set(key, validate);
  }
  if (!validate(v)) return formatErrors(validate.errors, "").join("; ");
  return null;
}

/** Starts the server on 127.0.0.1 (a free port). */
export async function startGitHubServer(options: GitHubServerOptions): Promise<GitHubServer> {
  loadSpec();
  if (!fs.existsSync(options.gitDir)) throw new Error(`no repository at ${options.gitDir}`);
  const s = new ServerImpl(options);
  for (const p of options.pulls ?? []) {
    for (const b of [p.base, p.head]) {
      if (!revParse(s.gitDir, `refs/heads/${b}`))
        throw new Error(`pull #${p.number}: no branch ${b} in ${options.gitDir}`);
    }
  }
  await s.listen();
  return s;
}
