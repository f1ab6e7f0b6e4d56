/**
 * The local stand-in for api.github.com that the end-to-end tests run the action against: one
 * module per resource under ./server/ (see server/index.ts). Tests import it from here.
 */
export * from "./server/index.js";
