/**
 * One error type for the whole domain layer, and one table from error code to HTTP status.
 * Services throw DomainError and never import HTTP types; the error handler turns it into
 * `{ error: { code, key, message, details } }`.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_CSRF: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_IN_PROGRESS: 409,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RULE_VIOLATION: 422,
  AUTH_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  // pact
  MEMBER_STATE_EXISTS: 409,
  AGENCY_NOT_FOUND: 404,
  OFFICE_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  USER_EMAIL_TAKEN: 409,
  TOKEN_NOT_FOUND: 404,
  TOKEN_SCOPE_NOT_HELD: 422,
  OFFICE_AGENCY_MISMATCH: 422,
  // registry
  HOUSEHOLD_NOT_FOUND: 404,
  PERSON_NOT_FOUND: 404,
  PERSON_VERSION_CONFLICT: 409,
  CONSENT_NOT_FOUND: 404,
  CONSENT_ALREADY_WITHDRAWN: 409,
  // pathways
  PROGRAMME_NOT_FOUND: 404,
  CONSENT_REQUIRED: 422,
  RULE_VERSION_INVALID: 422,
  RULE_VERSION_EXISTS: 409,
  JOB_NOT_FOUND: 404,
  // cases
  CASE_NOT_FOUND: 404,
  CASE_PROGRAMME_NOT_FOUND: 404,
  CASE_HOUSEHOLD_NOT_FOUND: 404,
  CASE_WORKFLOW_NOT_FOUND: 404,
  CASE_TASK_NOT_FOUND: 404,
  CASE_INTERVIEW_NOT_FOUND: 404,
  CASE_DECISION_NOT_FOUND: 404,
  CASE_DOCUMENT_NOT_FOUND: 404,
  CASE_VERSION_CONFLICT: 409,
  CASE_CLOSED: 409,
  CASE_ALREADY_OPEN: 409,
  CASE_APPROVAL_PENDING: 409,
  CASE_DECISION_NOT_PENDING: 409,
  CASE_TASK_NOT_OPEN: 409,
  CASE_INTERVIEW_NOT_SCHEDULED: 409,
  CASE_STAGE_ROLE_REQUIRED: 403,
  CASE_OWN_APPROVAL: 403,
  CASE_MOVE_NOT_ALLOWED: 422,
  CASE_REQUIREMENTS_UNMET: 422,
  CASE_PROGRAMME_NOT_ACCEPTING: 422,
  CASE_NO_OFFICE: 422,
  CASE_ASSIGNEE_INVALID: 422,
  CASE_FACT_INVALID: 422,
  CASE_DOCUMENT_TOO_LARGE: 413,
  CASE_DOCUMENT_TYPE_REFUSED: 415,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? code);
    this.code = code;
    this.details = details;
  }

  /** The translation key the web app shows: errors.<CODE>. */
  get key(): string {
    return errorKey(this.code);
  }
}

export function errorKey(code: string): string {
  return `errors.${code}`;
}

export function statusOf(code: ErrorCode): number {
  return ERROR_STATUS[code];
}
