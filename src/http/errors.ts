import type { ErrorRequestHandler, RequestHandler } from 'express';

/** What every non-GraphQL failure answers: the GraphQL error shape, so one client parser reads both. */
export interface HttpErrorBody {
  errors: { message: string; extensions: { code: string; [key: string]: unknown } }[];
}

function body(code: string, message: string, extra: Record<string, unknown> = {}): HttpErrorBody {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}

/** The status a body parser or router gave an error (http-errors' `status`), if a client's one. */
function clientStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const given = typeof status === 'number' ? status : statusCode;
  return typeof given === 'number' && given >= 400 && given < 500 ? given : undefined;
}

/**
 * The last handler of the app: every error Express would answer with its HTML page (and, unless
 * NODE_ENV is production, the stack trace and absolute paths) becomes JSON with a stable code
 * instead, whatever the mode. A malformed body is 400 BAD_USER_INPUT, one over the size limit
 * 413 LIMIT_EXCEEDED; anything else a client did 4xx BAD_USER_INPUT; the rest 500 INTERNAL with
 * nothing of the fault but its report in the log.
 */
export function jsonErrors(log: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = clientStatus(error);
    const type = (error as { type?: unknown }).type;
    if (status === 413) {
      // body-parser's error carries the limit it applied.
      const limit = (error as { limit?: unknown }).limit;
      const over = typeof limit === 'number' ? `the limit of ${limit} bytes` : 'the limit';
      res.status(413).json(
        body('LIMIT_EXCEEDED', `The request body is over ${over}.`, {
          ...(typeof limit === 'number' ? { limit } : {}),
        }),
      );
    } else if (status !== undefined && type === 'entity.parse.failed') {
      res.status(400).json(body('BAD_USER_INPUT', 'The request body is not valid JSON.'));
    } else if (status !== undefined) {
      const message = error instanceof Error && status !== 500 ? error.message : 'Bad request.';
      res.status(status).json(body('BAD_USER_INPUT', message));
    } else {
      log(error);
      res.status(500).json(body('INTERNAL', 'Internal error.'));
    }
  };
}

/** Unknown paths: 404 in JSON, as every other answer. */
export const jsonNotFound: RequestHandler = (req, res) => {
  res.status(404).json(body('NOT_FOUND', `No such path: ${req.method} ${req.path}`));
};
