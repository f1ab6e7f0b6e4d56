/** What a handler of the local GitHub API server gets (the request, checked) and gives back. */
import type { components, operations } from "@octokit/openapi-types";
import type { OpFull } from "./openapi.js";
import type { ServerImpl } from "./server.js";
import type { TokenSpec } from "./types.js";

export type Scope =
  "contents" | "checks" | "pullRequests" | "issues" | "issuesOrPulls" | "metadata";

export interface Access {
  scope: Scope;
  level: "read" | "write";
}

export interface TokenInfo {
  token: string;
  spec: TokenSpec;
  login: string;
}

export interface RepoCtx {
  owner: string;
  name: string;
  fullName: string;
  id: number;
  fork: boolean;
}

/** A schema of GitHub's OpenAPI description, as @octokit/openapi-types types it. */
export type Schema<N extends keyof components["schemas"]> = components["schemas"][N];

/** The JSON request body of an operation (by operationId). */
export type BodyOf<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;

/** A request, checked: the router has validated `body` against the operation's request schema. */
export interface Ctx<B = unknown> {
  method: string;
  op: OpFull;
  params: Record<string, string>;
  query: Record<string, string>;
  body: B;
  token: TokenInfo | null;
  repo: RepoCtx;
  accept: string;
  /** Path after /repos/{owner}/{repo}, percent-encoded (for Link headers). */
  restPath: string;
  rawQuery: string;
}

export interface Result {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw body (media types other than JSON). */
  raw?: { contentType: string; data: Buffer };
}

/** A handler takes any request body type: the router gives each the body its operation describes. */
export type Handler = (s: ServerImpl, c: Ctx<never>) => Result;
