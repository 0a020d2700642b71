// "server-only" throws when bundled for the browser; under Vitest (Node) there is no bundle.
export {};
