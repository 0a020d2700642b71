/** Set by proxy.ts on every page request: the path and query the visitor asked for. */
export const PATH_HEADER = "x-tierline-path";
