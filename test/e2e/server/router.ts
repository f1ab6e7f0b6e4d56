/**
 * The request pipeline of the local GitHub API server, in GitHub's order: injected faults,
 * authentication, the operation (GitHub's OpenAPI description), the rate limits, the request's
 * parameters and body against the description, the repository, the token's permissions, and
 * then the operation's handler.
 */
import type http from "node:http";
import type { Access, Ctx, RepoCtx, Result, TokenInfo } from "./context.js";
import { faultResult } from "./faults.js";
import { HANDLERS } from "./handlers.js";
import {
  checkParam,
  loadSpec,
  matchOperation,
  unknownProperties,
  validateRequestBody,
} from "./openapi.js";
import type { ServerImpl } from "./server.js";
import type { Permission, RecordedRequest } from "./types.js";
import { errorBody, GENERIC_DOCS, HttpError } from "./util.js";

const SCOPE_HEADER: Record<Access["scope"], string> = {
  contents: "contents",
  checks: "checks",
  pullRequests: "pull_requests",
  issues: "issues",
  issuesOrPulls: "issues",
  metadata: "metadata",
};

export async function route(
  s: ServerImpl,
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
  gone: Promise<void>,
): Promise<Result> {
  // faults come first: they stand for GitHub failing whatever the request
  const fault = s.faults.match(method, fullPath);
  if (fault) {
    fault.arrived?.(rec);
    if (fault.gate) await fault.gate;
    if (fault.hang) {
      rec.fault = true;
      await gone;
      return { status: 0 };
    }
    if (fault.status >= 300) {
      rec.fault = true;
      return faultResult(fault);
    }
  }
  if (!fullPath.startsWith(s.prefix + "/") && fullPath !== s.prefix) {
    return { status: 404, body: errorBody(404, "Not Found") };
  }
  let apiPath = fullPath.slice(s.prefix.length) || "/";

  // authentication
  let token: TokenInfo | null = null;
  if (tokenString !== undefined) {
    const spec = s.options.tokens[tokenString];
    if (!spec) return { status: 401, body: errorBody(401, "Bad credentials") };
    token = { token: tokenString, spec, login: spec.login ?? "github-actions[bot]" };
  }
  if (!req.headers["user-agent"]) {
    s.violations.push(
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
    s.violations.push(
      `openapi: ${method} ${fullPath}: unsupported X-GitHub-Api-Version ${String(apiVersion)}`,
    );
    return {
      status: 400,
      body: errorBody(400, `API version '${String(apiVersion)}' is not supported.`),
    };
  }

  // /repositories/{id}/... (the form of GitHub's Link headers) is /repos/{owner}/{repo}/...
  const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(apiPath);
  if (byId) {
    const r = [s.main, ...s.forks.values()].find((x) => x.id === Number(byId[1]));
    if (!r) return { status: 404, body: errorBody(404, "Not Found") };
    apiPath = `/repos/${r.owner}/${r.name}${byId[2] ?? ""}`;
  }

  const match = matchOperation(method, apiPath);
  if (!match) {
    s.violations.push(
      `openapi: no operation in GitHub's OpenAPI description for ${method} ${apiPath}`,
    );
    return { status: 404, body: errorBody(404, "Not Found") };
  }
  rec.operationId = match.op.operationId;
  rec.params = match.params;
  const handler = HANDLERS[match.op.operationId];
  const full = loadSpec().full.get(match.op.operationId);
  if (!handler || !full) {
    s.violations.push(`unimplemented: ${method} ${apiPath} (${match.op.operationId})`);
    return { status: 404, body: errorBody(404, "Not Found") };
  }
  const docs = full.docsUrl;

  // rate limit (GET /rate_limit is free)
  const rateKey = token ? token.token : "";
  if (match.op.operationId !== "rate-limit/get") {
    const r = s.rateState(rateKey);
    if (r.used >= r.limit) {
      s.violations.push(
        `limit: primary rate limit exhausted (${r.limit} requests per hour) at ${method} ${apiPath}`,
      );
      return {
        status: 403,
        body: errorBody(
          403,
          token
            ? "API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID."
            : "API rate limit exceeded for 127.0.0.1.",
          "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
        ),
      };
    }
    s.rate.get(rateKey)!.used++;
  }
  if (isWrite) {
    const now = Date.now();
    s.writeTimes.push(now);
    while (s.writeTimes.length > 0 && s.writeTimes[0]! < now - 60_000) s.writeTimes.shift();
    if (s.writeTimes.length > 80) {
      s.violations.push(
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
    s.violations.push(
      `openapi: ${method} ${apiPath} (${full.operationId}): ${problems.join("; ")}`,
    );
    return { status: 404, body: errorBody(404, "Not Found", docs) };
  }
  const queryParams = new Map(
    full.parameters.filter((x) => x.in === "query").map((p) => [p.name, p]),
  );
  for (const [k, v] of Object.entries(query)) {
    const p = queryParams.get(k);
    if (!p) {
      s.violations.push(
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
    s.violations.push(
      `limit: ${method} ${apiPath}: per_page=${query.per_page} (GitHub's maximum is 100)`,
    );
  }
  if (isWrite && badJson) {
    s.violations.push(`openapi: ${method} ${apiPath} (${full.operationId}): the body is not JSON`);
    return { status: 400, body: errorBody(400, "Problems parsing JSON", docs) };
  }
  if (isWrite && full.requestSchema) {
    const errs = validateRequestBody(full.operationId, body ?? {});
    problems.push(...errs);
    const unknown: string[] = [];
    unknownProperties(full.requestSchema, body ?? {}, "body", unknown);
    for (const u of unknown)
      s.warnings.push(
        `${method} ${apiPath} (${full.operationId}): ${u} is not in GitHub's OpenAPI description and is ignored by GitHub`,
      );
  } else if (isWrite && body !== undefined && !full.requestSchema && method !== "DELETE") {
    s.warnings.push(
      `${method} ${apiPath} (${full.operationId}): a body is sent but the operation takes none`,
    );
  }
  if (problems.length > 0) {
    s.violations.push(
      `openapi: ${method} ${apiPath} (${full.operationId}): ${problems.join("; ")}`,
    );
    return {
      status: 422,
      body: errorBody(422, `Invalid request.\n\n${problems.join("\n")}`, docs),
    };
  }

  // the repository
  let repo: RepoCtx | undefined;
  if (match.params.owner !== undefined) {
    const fullName = `${match.params.owner}/${match.params.repo}`.toLowerCase();
    repo = fullName === s.main.fullName.toLowerCase() ? s.main : s.forks.get(fullName);
    if (!repo) {
      s.warnings.push(
        `${method} ${apiPath}: repository ${match.params.owner}/${match.params.repo} is not served (404)`,
      );
      return { status: 404, body: errorBody(404, "Not Found", docs) };
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
    return { status: 401, body: errorBody(401, "Requires authentication", docs), headers };
  }
  if (!allowed(s, token, access, repo)) {
    return {
      status: 403,
      body: errorBody(403, "Resource not accessible by integration", docs),
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
    repo: repo ?? s.main,
    accept: String(req.headers.accept ?? ""),
    restPath: rest,
    rawQuery,
  };
  try {
    // the body is valid against the operation's request schema: the handler's body type
    const result = handler.run(s, ctx as Ctx<never>);
    result.headers = { ...headers, ...(result.headers ?? {}) };
    return result;
  } catch (e) {
    if (e instanceof HttpError) {
      if (e.violation) s.violations.push(`${e.violation} (${method} ${apiPath})`);
      const b = { ...e.body };
      if (b.documentation_url === undefined || b.documentation_url === GENERIC_DOCS)
        b.documentation_url = docs;
      if (b.status === undefined) b.status = String(e.status);
      return { status: e.status, body: b, headers: { ...headers, ...e.headers } };
    }
    throw e;
  }
}

function allowed(
  s: ServerImpl,
  token: TokenInfo | null,
  access: Access,
  repo: RepoCtx | undefined,
): boolean {
  if (access.level === "write" && repo?.fork) return false; // a GITHUB_TOKEN never writes to a fork
  const level = (p: Permission | undefined): number => (p === "write" ? 2 : p === "read" ? 1 : 0);
  const need = access.level === "write" ? 2 : 1;
  if (access.level === "read" && !s.options.private) return true;
  if (access.scope === "metadata") return token !== null;
  if (!token) return false;
  const t = token.spec;
  switch (access.scope) {
    case "contents":
      return level(t.contents) >= need;
    case "checks":
      return level(t.checks) >= need;
    case "pullRequests":
      return level(t.pullRequests) >= need;
    case "issues":
      return level(t.issues) >= need;
    case "issuesOrPulls":
      return level(t.issues) >= need || level(t.pullRequests) >= need;
  }
}
