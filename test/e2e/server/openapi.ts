/**
 * GitHub's OpenAPI description (@octokit/openapi, api.github.com.deref.json): an index of every
 * operation (to tell an unknown path from one this server does not answer), the whole description
 * of the operations it answers, and ajv validators of their parameters, request and response bodies.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { Ajv, type ValidateFunction, type ErrorObject } from "ajv";
import { HANDLERS } from "./handlers.js";

/** An OpenAPI 3.0 schema object (the dereferenced description: no $ref). */
export interface SchemaObject {
  type?: string;
  nullable?: boolean;
  properties?: Record<string, SchemaObject>;
  patternProperties?: Record<string, SchemaObject>;
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  allOf?: SchemaObject[];
  [keyword: string]: unknown;
}

/** The parts of the description this server reads. */
interface RawParam {
  name: string;
  in: string;
  required?: boolean;
  schema?: SchemaObject;
}
interface RawOperation {
  operationId?: string;
  parameters?: RawParam[];
  externalDocs?: { url?: string };
  requestBody?: { required?: boolean; content?: Record<string, { schema?: SchemaObject }> };
  responses?: Record<string, { content?: Record<string, { schema?: SchemaObject }> } | undefined>;
}
type RawPathItem = { parameters?: RawParam[] } & {
  [method in "get" | "post" | "put" | "patch" | "delete" | "head"]?: RawOperation;
};

export interface OpParam {
  name: string;
  in: string;
  required: boolean;
  schema: SchemaObject;
}

export interface OpIndex {
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
  requestSchema?: SchemaObject;
  requestRequired: boolean;
  /** status -> application/json schema (null for a status without a body). */
  responses: Record<string, SchemaObject | null>;
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

/** What this server keeps of the description: every operation's place, the answered ones whole. */
interface Extract {
  ops: { method: string; template: string; operationId: string }[];
  full: OpFull[];
}

/** Reads the whole description (73 MB of JSON) and keeps what the server uses. */
function extract(): Extract {
  const doc = JSON.parse(fs.readFileSync(specFile(), "utf8")) as {
    paths: Record<string, RawPathItem>;
  };
  const ops: Extract["ops"] = [];
  const full: OpFull[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of ["get", "post", "put", "patch", "delete", "head"] as const) {
      const op = item[method];
      if (!op || typeof op.operationId !== "string") continue;
      ops.push({ method: method.toUpperCase(), template, operationId: op.operationId });
      if (!HANDLERS[op.operationId]) continue;
      const parameters: OpParam[] = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(
        (p) => ({
          name: p.name,
          in: p.in,
          required: !!p.required,
          schema: p.schema ?? {},
        }),
      );
      const responses: Record<string, SchemaObject | null> = {};
      for (const [status, r] of Object.entries(op.responses ?? {})) {
        // null, not undefined: a status without a body is documented all the same (and JSON keeps it)
        responses[status] = r?.content?.["application/json"]?.schema ?? null;
      }
      full.push({
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
  return { ops, full };
}

/**
 * The extract, from a cache file next to node_modules' other caches when the description and the
 * answered operations are those it was made from. Reading and parsing the whole description takes
 * seconds (more on a busy machine), once per test worker; the extract is a few hundred kilobytes.
 */
function cachedExtract(): Extract {
  const file = specFile();
  const stat = fs.statSync(file);
  const key = createHash("sha256")
    .update(JSON.stringify([file, stat.size, stat.mtimeMs, Object.keys(HANDLERS).sort()]))
    .digest("hex")
    .slice(0, 16);
  const dir = path.resolve(import.meta.dirname, "../../../node_modules/.cache/harden-units-e2e");
  const cache = path.join(dir, `openapi-${key}.json`);
  try {
    return JSON.parse(fs.readFileSync(cache, "utf8")) as Extract;
  } catch {
    const fresh = extract();
    // written whole, then renamed: a worker reading at the same time sees all of it or none
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${cache}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(fresh));
    fs.renameSync(tmp, cache);
    return fresh;
  }
}

/** Loads (once per process) the index of GitHub's operations and keeps the implemented ones whole. */
export function loadSpec(): Spec {
  if (specCache) return specCache;
  const { ops, full } = cachedExtract();
  specCache = {
    ops: ops.map((op) => ({ ...op, ...compileTemplate(op.template) })),
    full: new Map(full.map((op) => [op.operationId, op])),
  };
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
function toJsonSchema(schema: unknown, memo = new Map<object, unknown>()): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, memo));
  if (schema === null || typeof schema !== "object") return schema;
  const hit = memo.get(schema);
  if (hit) return hit;
  const out: Record<string, unknown> = {};
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
      const props: Record<string, unknown> = {};
      for (const [pk, pv] of Object.entries(v as Record<string, unknown>))
        props[pk] = toJsonSchema(pv, memo);
      out[k] = props;
    } else if (k === "oneOf") {
      out.anyOf = toJsonSchema(v, memo);
    } else {
      out[k] = toJsonSchema(v, memo);
    }
  }
  if ((schema as SchemaObject).nullable === true) {
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
function validator(
  key: string,
  schema: () => SchemaObject | null | undefined,
): ValidateFunction | null {
  if (!validatorCache.has(key)) {
    const s = schema();
    validatorCache.set(key, s == null ? null : ajv().compile(toJsonSchema(s) as object));
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
    const params = e.params as { allowedValues?: unknown; additionalProperty?: string };
    if (e.keyword === "enum") msg += ` ${JSON.stringify(params.allowedValues)}`;
    if (e.keyword === "additionalProperties") msg += ` (${params.additionalProperty})`;
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
export function unknownProperties(
  schema: SchemaObject | undefined,
  data: unknown,
  where: string,
  out: string[],
): void {
  if (!schema || data === null || typeof data !== "object") return;
  if (Array.isArray(data)) {
    const items =
      schema.items ??
      [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].find((v) => v?.items)?.items;
    if (items) data.forEach((d, i) => unknownProperties(items, d, `${where}[${i}]`, out));
    return;
  }
  // the properties described by the schema and its variants (one level of oneOf/anyOf/allOf)
  const known = new Map<string, SchemaObject>();
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
    for (const [k, v] of Object.entries(s.properties ?? {})) if (!known.has(k)) known.set(k, v);
  }
  if (open || known.size === 0) return;
  for (const [k, v] of Object.entries(data)) {
    const ps = known.get(k);
    if (!ps) out.push(`${where}.${k}`);
    else unknownProperties(ps, v, `${where}.${k}`, out);
  }
}

const paramValidators = new Map<string, ValidateFunction>();

export function checkParam(p: OpParam, value: string): string | null {
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
    validate = ajv().compile(toJsonSchema(s) as object);
    paramValidators.set(key, validate);
  }
  if (!validate(v)) return formatErrors(validate.errors, "").join("; ");
  return null;
}
