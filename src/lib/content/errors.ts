/** One thing wrong with one piece of content: where it is, which field, and what was expected. */
export interface ContentIssue {
  file: string;
  field: string;
  expected: string;
  line?: number;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return `${where} → ${issue.field}: ${issue.expected}`;
}

/** Thrown once with every issue found, so an author fixes them in one pass. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(
      `콘텐츠 오류 ${issues.length}건 (invalid content):\n` + issues.map((i) => '  - ' + formatIssue(i)).join('\n'),
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}
