// Reviews that have had the issue-17 editorial pass: the editorial unit tests and the TL;DR e2e
// check iterate over this list. All four reviews have had it, and `tldr` is required.
export const EDITED_REVIEWS: readonly string[] = ['qwen', 'pangu-pi-pro', 'llama-2', 'deepseek-llm'];
