// Reviews that have had the issue-17 editorial pass: the editorial unit tests and the TL;DR e2e
// check iterate over this list. Each editor adds their review when it passes; the lead extends it
// to all four at merge (and then makes `tldr` required in schema.ts).
export const EDITED_REVIEWS: readonly string[] = ['qwen'];
