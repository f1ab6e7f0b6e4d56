import pkg from "../package.json" with { type: "json" };

/** The version of harden-units, from package.json (inlined by the bundler). */
export const VERSION: string = pkg.version;
