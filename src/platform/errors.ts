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
