/**
 * The local stand-in for api.github.com: its state (the backing repository, pull requests, check
 * runs, reviews, comments), the request pipeline around the router, and what the handlers share
 * (the repository's branches and commits as a client of a repository sees them, pagination).
 *
 * Everything the server does with git is synchronous (spawnSync): requests are handled one at a
 * time, in arrival order, and a client in the same process simply waits. A client in a child
 * process must be started with the asynchronous `spawn`/`execFile`, never `spawnSync`, or the
 * server could not answer it.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { git, gitRaw, revParse } from "../git-fixture.js";
import type { Ctx, RepoCtx, Schema } from "./context.js";
import { computeDiff, type DiffFile } from "./diff.js";
import { Faults } from "./faults.js";
import { loadSpec, validateResponse } from "./openapi.js";
import { mergeSha, pullObject, pullShas } from "./pulls.js";
import { fullRepoObject } from "./repos.js";
import { route } from "./router.js";
import type {
  CheckRunState,
  Fault,
  GitHubServer,
  GitHubServerOptions,
  Hold,
  IssueCommentState,
  PullRequestEventPayload,
  PullSpec,
  RecordedRequest,
  ReviewCommentState,
  ReviewState,
} from "./types.js";
import {
  BODY_LIMIT,
  errorBody,
  HttpError,
  parsePerson,
  SHA_RE,
  stableInt,
  type RawCommit,
} from "./util.js";

export interface PullState {
  lastHead?: string;
  spec: PullSpec;
  id: number;
  createdAt: string;
}

export interface CheckRunInternal extends CheckRunState {
  status: Schema<"check-run">["status"];
  conclusion: Schema<"check-run">["conclusion"];
  started_at: string | null;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  check_suite_id: number;
}

export class ServerImpl implements GitHubServer {
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
  readonly faults = new Faults();
  readonly server: http.Server;
  nextId = 1_000_001;
  readonly diffCache = new Map<string, DiffFile[]>();
  readonly mergeCache = new Map<string, string | null>();
  readonly verified = new Set<string>();
  readonly rate = new Map<string, { used: number; reset: number }>();
  inflight = 0;
  inflightWrites = 0;
  readonly writeTimes: number[] = [];
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
    this.faults.add(f);
  }

  hold(match: { method?: string; path: RegExp }): Hold {
    return this.faults.hold(match);
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
  ): PullRequestEventPayload {
    const p = this.pulls.find((x) => x.spec.number === number);
    if (!p) throw new Error(`no pull request #${number}`);
    const pr = pullObject(this, p);
    return {
      action,
      number,
      pull_request: pr,
      repository: fullRepoObject(this, this.main),
      sender: pr.user,
      ...extra,
    };
  }

  pullRequestEnv(number: number): Record<string, string> {
    const p = this.pulls.find((x) => x.spec.number === number);
    if (!p) throw new Error(`no pull request #${number}`);
    const { base, head } = pullShas(this, p);
    const merge = mergeSha(this, p, base, head);
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
    this.faults.releaseAll();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // --- request pipeline ------------------------------------------------------------------------

  async readBody(req: http.IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  rateState(key: string): { limit: number; used: number; reset: number } {
    const limit = key === "" ? 60 : (this.options.rateLimit ?? 1000);
    let r = this.rate.get(key);
    const now = Math.floor(Date.now() / 1000);
    if (!r || r.reset <= now) {
      r = { used: 0, reset: now + 3600 };
      this.rate.set(key, r);
    }
    return { limit, ...r };
  }

  rateHeaders(key: string): Record<string, string> {
    const r = this.rateState(key);
    return {
      "x-ratelimit-limit": String(r.limit),
      "x-ratelimit-remaining": String(Math.max(0, r.limit - r.used)),
      "x-ratelimit-reset": String(r.reset),
      "x-ratelimit-used": String(r.used),
      "x-ratelimit-resource": "core",
    };
  }

  async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
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
    // closes when the answer is sent, or when the client gives up (a timeout) before it
    const gone = new Promise<void>((resolve) => res.once("close", () => resolve()));
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

      const result = await route(
        this,
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
        gone,
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
        !rec.fault &&
        (documented || result.status < 300)
      ) {
        const errs = validateResponse(rec.operationId, result.status, result.body);
        for (const e of errs) this.responseViolations.push(`${method} ${fullPath}: ${e}`);
      }
      if (res.destroyed) {
        rec.abandoned = true;
        return;
      }
      if (result.body === undefined) {
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

  // --- object builders -------------------------------------------------------------------------

  api(p: string): string {
    return `${this.url}${p}`;
  }

  repoApi(repo: RepoCtx, p = ""): string {
    return `${this.url}/repos/${repo.fullName}${p}`;
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

  readonly commitCache = new Map<string, RawCommit>();
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

  /** Answers about two commits never change: remembered by their shas (not by ref names). */
  private readonly ancestry = new Map<string, string | boolean | null>();
  private remembered<T extends string | boolean | null>(
    key: string,
    shas: string[],
    f: () => T,
  ): T {
    if (!shas.every((x) => SHA_RE.test(x))) return f();
    if (!this.ancestry.has(key)) this.ancestry.set(key, f());
    return this.ancestry.get(key) as T;
  }

  mergeBase(a: string, b: string): string | null {
    return this.remembered(`base ${a} ${b}`, [a, b], () => {
      const r = gitRaw(["merge-base", a, b], { gitDir: this.gitDir, okCodes: [0, 1] });
      return r.status === 0 ? r.stdout.toString("utf8").trim() : null;
    });
  }

  isAncestor(a: string, b: string): boolean {
    return this.remembered(
      `ancestor ${a} ${b}`,
      [a, b],
      () =>
        gitRaw(["merge-base", "--is-ancestor", a, b], { gitDir: this.gitDir, okCodes: [0, 1] })
          .status === 0,
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

  checkBodyLength(body: unknown, what: string): void {
    if (typeof body === "string" && body.length > BODY_LIMIT) {
      throw new HttpError(
        422,
        errorBody(422, "Validation Failed", undefined, {
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
}
