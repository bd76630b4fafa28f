/**
 * The one error class of crosscheck (after h3's H3Error): a code a program can switch on, the stage that
 * failed, the source it failed on, and the cause. Batch drivers catch it per item, report it and go on.
 */
export type ErrorCode =
  | 'NOT_FOUND' | 'EMPTY' | 'BINARY' | 'BAD_ENCODING' | 'BAD_GZIP' | 'TOO_LARGE' | 'BAD_JSON'
  | 'BAD_RECORD' | 'NO_TEXT' | 'USAGE' | 'STORE' | 'INTERNAL';

export class CrosscheckError extends Error {
  readonly code: ErrorCode;
  readonly stage: string;
  readonly source?: string;
  override readonly cause?: unknown;

  constructor(code: ErrorCode, stage: string, message: string, opts: { source?: string; cause?: unknown } = {}) {
    super(message);
    this.name = 'CrosscheckError';
    this.code = code;
    this.stage = stage;
    this.source = opts.source;
    this.cause = opts.cause;
  }

  /** One line for stderr: `path: reason (CODE)`. */
  toLine(): string {
    return `${this.source ?? '(input)'}: ${this.message} (${this.code})`;
  }

  toJSON() {
    return { code: this.code, stage: this.stage, source: this.source ?? null, message: this.message };
  }
}
